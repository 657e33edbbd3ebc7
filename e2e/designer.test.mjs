// End-to-end tests of the graphic designer: a template filled and exported
// as PNG at the preset's size, text that does not fit named, saved designs
// reopened and duplicated, a photo cropped, and a design attached to a
// post that shows it after a reload.
import assert from 'node:assert/strict';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { launchBrowser, startStaticServer, watchErrors } from './support/harness.mjs';
import { PlanFiles } from './pages/plan_files.mjs';
import { CalendarPage } from './pages/calendar.mjs';
import { DesignerPage, pngSize } from './pages/designer.mjs';
import { makeJpeg } from './pages/coverage.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const FIXTURE = resolve(here, '../../shared/fixtures/plan-bengkayang-2026-12.json');

let server;
before(async () => {
  server = await startStaticServer();
});
after(async () => {
  await server?.stop();
});

describe('designer', () => {
  let browser, page, errors, des;
  beforeEach(async () => {
    browser = await launchBrowser();
    page = await browser.context.newPage();
    errors = watchErrors(page);
    des = new DesignerPage(page, server);
    await des.open();
  });
  afterEach(async () => {
    await browser.close();
  });

  test('fill the announcement template and export a PNG of the chosen size that is not blank', async () => {
    await des.choose('Ukuran', 'Instagram potret (1080×1350)');
    await page.waitForFunction(() => document.querySelector('[data-testid="design-canvas"]').height === 1350);
    const blank = await des.samples();
    await des.type('Judul', 'Pemadaman listrik bergilir di Kecamatan Bengkayang');
    await des.type('Isi', 'PLN ULP Bengkayang melakukan pemeliharaan jaringan. Mohon maaf atas ketidaknyamanannya.');
    await des.type('Tanggal', 'Sabtu, 12 Desember 2026');
    const filled = await des.samples();
    const changed = filled.filter((c, i) => c !== blank[i]).length;
    assert.ok(changed > 20, `typing the texts changed only ${changed} sampled pixels`);
    assert.ok(new Set(filled).size >= 3, 'the design has a ground, a band and text');

    const png = await des.downloadPng();
    assert.match(png.name, /^siar-.*-1080x1350\.png$/);
    assert.equal(png.bytes.subarray(1, 4).toString('latin1'), 'PNG');
    assert.deepEqual(pngSize(png.bytes), { width: 1080, height: 1350 });
    // The file itself is not blank: decode it and compare with the ground.
    const distinct = await page.evaluate(async (b64) => {
      // Decoded from bytes: the app's CSP allows no data: images.
      const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
      const img = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const g = c.getContext('2d');
      g.drawImage(img, 0, 0);
      const { data } = g.getImageData(0, 0, c.width, c.height);
      const seen = new Set();
      for (let i = 0; i < data.length; i += 4 * 997) seen.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
      return seen.size;
    }, png.bytes.toString('base64'));
    assert.ok(distinct >= 3, `the PNG has ${distinct} colours`);
    assert.equal(await page.getByTestId('design-overflow').isVisible(), false);
    assert.deepEqual(errors, []);
  });

  test('text that does not fit is named, not cut silently', async () => {
    await des.choose('Ukuran', 'Facebook / X mendatar (1200×630)');
    await des.type('Judul', 'Sangat panjang '.repeat(60));
    await page.getByTestId('design-overflow').getByText(/Teks tidak muat walau sudah diperkecil: Judul/).waitFor();
    await des.type('Judul', 'Singkat');
    await page.getByTestId('design-overflow').waitFor({ state: 'hidden' });
  });

  test('a saved design reopens after a reload and is duplicated for a series', async () => {
    await des.choose('Templat', 'Infografis angka');
    await des.type('Angka', '1.250');
    await des.type('Keterangan angka', 'KTP-el dicetak bulan ini');
    await des.type('Nama desain', 'Capaian KTP-el Desember');
    await page.getByTestId('design-save').click();
    await page.getByTestId('saved-design').filter({ hasText: 'Capaian KTP-el Desember' }).waitFor();

    await page.reload();
    await page.getByRole('button', { name: 'Buka desain Capaian KTP-el Desember' }).click();
    assert.equal(await des.field('Angka').inputValue(), '1.250');
    assert.equal(await des.field('Templat').inputValue(), 'number');

    await page.getByRole('button', { name: 'Duplikat desain Capaian KTP-el Desember' }).click();
    assert.equal(await des.field('Nama desain').inputValue(), 'Capaian KTP-el Desember (salinan)');
    await des.type('Angka', '1.400');
    await page.getByTestId('design-save').click();
    await page.getByTestId('saved-design').filter({ hasText: '(salinan)' }).waitFor();
    assert.equal(await page.getByTestId('saved-design').count(), 2);
  });

  test('a photo from the device is drawn and cropped with zoom', async () => {
    await des.choose('Templat', 'Agenda / liputan kegiatan');
    await des.type('Judul', 'Bupati meresmikan jembatan desa');
    const before = await des.samples();
    const differs = (a, b) => a.filter((c, i) => c !== b[i]).length;
    await page.getByTestId('design-photo-file').setInputFiles({ name: 'jembatan.jpg', mimeType: 'image/jpeg', buffer: await makeJpeg(page, 1600, 1000) });
    await des.field('Perbesar').waitFor();
    let withPhoto = await des.samples();
    for (let i = 0; i < 50 && differs(withPhoto, before) <= 50; i++) {
      await page.waitForTimeout(100);
      withPhoto = await des.samples();
    }
    assert.ok(withPhoto.filter((c, i) => c !== before[i]).length > 50, 'the photo is drawn');
    await des.field('Perbesar').fill('3');
    const zoomed = await des.samples();
    assert.ok(zoomed.filter((c, i) => c !== withPhoto[i]).length > 10, 'zooming changes the crop');
  });

  test('a design attached to a post is there after a reload', async () => {
    const files = new PlanFiles(page);
    await files.chooseFile(FIXTURE);
    await files.preview().waitFor();
    await files.apply();
    await des.open();
    await des.type('Judul', 'Jadwal pemadaman listrik bergilir');
    const post = page.locator('#design-attach-post option', { hasText: 'Jadwal pemadaman listrik bergilir' }).first();
    const value = await post.getAttribute('value');
    const label = await post.innerText();
    await page.locator('#design-attach-post').selectOption(value);
    await page.getByTestId('design-attach').click();
    await page.getByTestId('design-attach-status').getByText(/Gambar dilampirkan ke “Jadwal pemadaman listrik bergilir”/).waitFor();

    await page.reload();
    const date = label.match(/(\d+) Desember 2026/)[1].padStart(2, '0');
    const cal = new CalendarPage(page, server);
    await cal.open('tampilan=bulan&tanggal=2026-12-01');
    await cal.day(`2026-12-${date}`).getByRole('button', { name: /Jadwal pemadaman listrik bergilir/ }).first().click();
    const editor = page.getByTestId('post-editor');
    await editor.waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll('.post-photos [data-testid="photo-thumb"]')].some((i) => i.naturalWidth > 0));
    assert.ok(await editor.locator('.post-photos [data-testid="photo-thumb"]').count() >= 1);
  });

  test('the page fits a 360 px wide phone', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await des.open();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
  });
});
