// End-to-end tests of the Liputan page: planning coverage, the needs
// checklist, photos attached from a file (resized, kept after a reload),
// posts made from a coverage, overdue marks and refusals that lose nothing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { launchBrowser, startStaticServer, watchErrors } from './support/harness.mjs';
import { CalendarPage } from './pages/calendar.mjs';
import { CoveragePage, makeJpeg } from './pages/coverage.mjs';
import { PlanFiles } from './pages/plan_files.mjs';
import { PostEditor as PostEditorPage } from './pages/post_editor.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const fixture = JSON.parse(readFileSync(join(resolve(here, '../../shared/fixtures'), 'plan-bengkayang-2026-12.json'), 'utf8'));

let server;
before(async () => {
  server = await startStaticServer();
});
after(async () => {
  await server?.stop();
});

const TITLE = 'Peresmian jembatan Desa Sahan';

describe('coverage', () => {
  let browser, page, errors, cov;
  beforeEach(async () => {
    browser = await launchBrowser();
    page = await browser.context.newPage();
    errors = watchErrors(page);
    cov = new CoveragePage(page, server);
    await cov.open();
  });
  afterEach(async () => {
    await browser.close();
  });

  test('plan a coverage, tick its checklist, attach a photo and see it after a reload', async () => {
    await page.getByTestId('coverage-empty').waitFor();
    await cov.plan({
      title: TITLE, date: '2026-12-09', time: '09:00',
      location: 'Desa Sahan, Kecamatan Seluas', officials: 'Bupati Bengkayang', needs: ['Kutipan'],
    });
    await cov.editor().waitFor({ state: 'hidden' });
    const card = cov.card(TITLE);
    await card.waitFor();
    assert.match(await card.innerText(), /Rabu, 9 Desember 2026 · 09\.00/);
    assert.match(await card.innerText(), /Daftar periksa \(0\/2\)/);
    await card.getByRole('checkbox', { name: 'Foto' }).check();
    await card.getByText('Daftar periksa (1/2)').waitFor();

    await cov.edit(TITLE);
    const jpeg = await makeJpeg(page, 3000, 2000);
    await cov.editor().getByTestId('photo-file').setInputFiles({ name: 'jembatan.jpg', mimeType: 'image/jpeg', buffer: jpeg });
    await cov.editor().getByTestId('photo-status').getByText('“jembatan.jpg” ditambahkan.').waitFor();
    await cov.photos().first().getByText('2048 × 1365 px').waitFor();
    await cov.photos().first().getByLabel('Keterangan foto').fill('Bupati menggunting pita');
    await cov.photos().first().getByLabel('Keterangan foto').press('Tab');
    await cov.photos().first().getByLabel('Boleh dipublikasikan').check();
    await page.getByTestId('storage-use').getByText(/foto \d/).waitFor();

    await page.reload();
    await cov.card(TITLE).getByText('Foto: 1').waitFor();
    await cov.card(TITLE).getByText('Daftar periksa (1/2)').waitFor();
    await cov.edit(TITLE);
    await cov.photos().first().waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="photo-thumb"]')].every((i) => i.naturalWidth > 0));
    assert.deepEqual(await cov.thumbWidths(), [320]);
    assert.equal(await cov.photos().first().getByLabel('Keterangan foto').inputValue(), 'Bupati menggunting pita');
    assert.ok(await cov.photos().first().getByLabel('Boleh dipublikasikan').isChecked());
    assert.deepEqual(errors, []);
  });

  test('a file that is not an image is refused and nothing is lost', async () => {
    await cov.plan({ title: TITLE, date: '2026-12-09' });
    await cov.editor().waitFor({ state: 'hidden' });
    await cov.edit(TITLE);
    await cov.editor().getByTestId('photo-file').setInputFiles({ name: 'catatan.txt', mimeType: 'text/plain', buffer: Buffer.from('bukan gambar') });
    await cov.editor().getByTestId('photo-status').getByText(/“catatan\.txt” tidak bisa dibaca sebagai gambar/).waitFor();
    assert.equal(await cov.photos().count(), 0);
    assert.equal(await cov.editor().getByLabel('Judul kegiatan').inputValue(), TITLE);
  });

  test('bad input gets a message beside the field and saves nothing', async () => {
    await page.getByTestId('coverage-new').click();
    const ed = cov.editor();
    await ed.getByLabel('Judul kegiatan').fill('   ');
    await ed.getByRole('button', { name: 'Tambah tautan' }).click();
    await ed.getByLabel('Alamat tautan 1').fill('javascript:alert(1)');
    await ed.getByTestId('coverage-save').click();
    await ed.locator('#coverage-title-error').getByText(/kosong/i).waitFor();
    assert.ok(await ed.locator('#coverage-link-url-0-error').isVisible());
    await ed.getByLabel('Judul kegiatan').fill(TITLE);
    await ed.getByLabel('Alamat tautan 1').fill('https://drive.example.go.id/liputan/sahan');
    await ed.getByTestId('coverage-save').click();
    await ed.waitFor({ state: 'hidden' });
    await cov.card(TITLE).getByRole('link', { name: 'https://drive.example.go.id/liputan/sahan' }).waitFor();
  });

  test('a planned coverage past its date is marked overdue, and the month view lists it', async () => {
    await cov.plan({ title: 'Rapat koordinasi camat', date: '2026-11-02' });
    await cov.editor().waitFor({ state: 'hidden' });
    await cov.card('Rapat koordinasi camat').getByTestId('coverage-overdue').waitFor();
    await page.getByRole('heading', { name: /^Terlambat/ }).waitFor();
    await cov.card('Rapat koordinasi camat').getByRole('button', { name: 'Tandai sudah diliput' }).click();
    await page.getByRole('heading', { name: 'Sudah diliput' }).waitFor();
    assert.equal(await cov.card('Rapat koordinasi camat').getByTestId('coverage-overdue').count(), 0);

    await cov.open('tampilan=bulan&bulan=2026-11');
    await page.getByTestId('coverage-period').getByText('November 2026').waitFor();
    await page.locator('[data-date="2026-11-02"]').getByRole('button', { name: /Rapat koordinasi camat/ }).click();
    await cov.editor().waitFor();
  });

  test('Buat konten makes one draft post per platform, found on the calendar', async () => {
    await cov.plan({ title: TITLE, date: '2026-12-09', location: 'Desa Sahan', officials: 'Bupati Bengkayang' });
    await cov.editor().waitFor({ state: 'hidden' });
    await cov.card(TITLE).getByRole('button', { name: `Buat konten dari liputan ${TITLE}` }).click();
    const dialog = page.getByTestId('make-posts');
    await dialog.waitFor();
    await dialog.getByRole('checkbox', { name: 'X' }).check();
    await dialog.getByRole('radio', { name: 'Satu konten per platform' }).check();
    await dialog.getByTestId('make-posts-confirm').click();
    await dialog.waitFor({ state: 'hidden' });

    const cal = new CalendarPage(page, server);
    await cal.open('tampilan=bulan&tanggal=2026-12-01');
    const chips = cal.day('2026-12-09').getByTestId('post-chip').filter({ hasText: TITLE });
    assert.equal(await chips.count(), 3);
    await chips.first().getByRole('button').first().click();
    const caption = await page.locator('#post-caption').inputValue();
    assert.match(caption, /Bupati Bengkayang menghadiri/);
    assert.match(caption, /Desa Sahan, Rabu, 9 Desember 2026/);
    assert.match(await page.locator('#post-coverage option:checked').innerText(), new RegExp(TITLE));
    // A photo post from a coverage without photos or links is flagged, in the editor and on the calendar.
    await page.getByTestId('post-documentation').getByText('Dokumentasi liputan: 0 foto (0 boleh dipublikasikan), 0 tautan.').waitFor();
    await page.getByTestId('post-no-documentation').waitFor();
    assert.equal(await chips.getByLabel('Belum ada dokumentasi').count(), 3);
  });

  test('export with photos, import the .zip into a fresh browser and see the photo; JSON alone lists it as not included', async () => {
    await cov.plan({ title: TITLE, date: '2026-12-09' });
    await cov.editor().waitFor({ state: 'hidden' });
    await cov.edit(TITLE);
    await cov.editor().getByTestId('photo-file').setInputFiles({ name: 'sahan.jpg', mimeType: 'image/jpeg', buffer: await makeJpeg(page, 1200, 900) });
    await cov.photos().first().getByText('1200 × 900 px').waitFor();
    await cov.editor().getByRole('button', { name: 'Batal' }).first().click();

    const files = new PlanFiles(page);
    await files.openExport();
    const zip = await files.download(/^Ekspor dengan foto/);
    const json = await files.download(/^Unduh JSON$/);
    await files.close();
    assert.match(zip.name, /\.zip$/);
    assert.equal(zip.bytes.subarray(0, 4).toString('latin1'), 'PK\x03\x04');
    const plan = JSON.parse(json.bytes.toString('utf8'));
    const [photo] = plan.coverage.find((c) => c.title === TITLE).photos;
    assert.equal(photo.width, 1200);
    assert.ok(zip.bytes.includes(Buffer.from(`photos/${photo.id}.jpg`)));

    // A colleague's fresh browser: the .zip brings the photo.
    const other = await launchBrowser();
    try {
      const p2 = await other.context.newPage();
      const cov2 = new CoveragePage(p2, server);
      await cov2.open();
      const files2 = new PlanFiles(p2);
      await p2.getByLabel('Impor rencana').setInputFiles({ name: zip.name, mimeType: 'application/zip', buffer: zip.bytes });
      await files2.preview().waitFor();
      await p2.getByTestId('import-photos').getByText('Berisi 1 foto.').waitFor();
      await files2.apply();
      await cov2.edit(TITLE);
      await p2.waitForFunction(() => [...document.querySelectorAll('[data-testid="photo-thumb"]')].some((i) => i.naturalWidth > 0));
      assert.deepEqual(await cov2.thumbWidths(), [320]);
    } finally {
      await other.close();
    }

    // Another fresh browser with the JSON only: the photo is listed as not here.
    const third = await launchBrowser();
    try {
      const p3 = await third.context.newPage();
      const cov3 = new CoveragePage(p3, server);
      await cov3.open();
      const files3 = new PlanFiles(p3);
      await files3.chooseContent(json.name, json.bytes.toString('utf8'));
      await files3.preview().waitFor();
      await files3.apply();
      await cov3.edit(TITLE);
      await p3.getByTestId('photo-missing').waitFor();
    } finally {
      await third.close();
    }
  });

  test('a damaged .zip is refused and nothing changes', async () => {
    const files = new PlanFiles(page);
    await page.getByLabel('Impor rencana').setInputFiles({ name: 'rusak.zip', mimeType: 'application/zip', buffer: Buffer.from('PK\x03\x04 rusak', 'latin1') });
    await files.error().getByText(/Berkas \.zip ini tidak bisa dibaca/).waitFor();
    await files.close();
    await page.getByTestId('coverage-empty').waitFor();
  });

  test('a .zip with an entry that climbs out of its folder is refused, naming it', async () => {
    const files = new PlanFiles(page);
    const zip = storedZip([
      ['plan.json', Buffer.from(JSON.stringify(fixture))],
      ['../../evil.jpg', Buffer.from('x')],
    ]);
    await page.getByLabel('Impor rencana').setInputFiles({ name: 'jahat.zip', mimeType: 'application/zip', buffer: zip });
    const error = files.error();
    await error.getByText(/Berkas \.zip ini tidak bisa dibaca/).waitFor();
    assert.match(await error.innerText(), /“\.\.\/\.\.\/evil\.jpg”/);
    await files.close();
    await page.getByTestId('coverage-empty').waitFor();
  });

  test('the post editor offers the coverage around the post and finds older ones by title or place', async () => {
    // Two activities a day for four months, and one from two years before.
    const base = fixture.coverage[0];
    const coverage = [];
    for (let n = 0; n < 240; n++) {
      const date = new Date(Date.UTC(2026, 9, 1) + Math.floor(n / 2) * 86_400_000).toISOString().slice(0, 10);
      coverage.push({ ...base, id: `c0000000-0000-4000-8000-${String(n).padStart(12, '0')}`, title: `Kegiatan ${n}`, date, location: 'Bengkayang' });
    }
    coverage.push({ ...base, id: 'c0000000-0000-4000-8000-999999999999', title: 'Festival budaya', date: '2024-05-01', location: 'Desa Sahan, Seluas' });
    const plan = { ...fixture, coverage, posts: fixture.posts.map(({ coverage_id, ...p }) => p) };
    const files = new PlanFiles(page);
    await files.chooseContent('liputan-banyak.json', JSON.stringify(plan));
    await files.preview().waitFor();
    await files.apply();

    const cal = new CalendarPage(page, server);
    await cal.open('tampilan=bulan&tanggal=2026-12-01');
    await cal.day('2026-12-09').getByRole('button', { name: /^Tambah konten pada/ }).click();
    const editor = page.getByTestId('post-editor');
    await editor.waitFor();
    const options = page.locator('#post-coverage option');
    // "Tanpa liputan" and the 50 activities closest to 9 December, newest first.
    assert.equal(await options.count(), 51);
    const labels = await options.allInnerTexts();
    assert.equal(labels[0], 'Tanpa liputan');
    assert.ok(labels.includes('Kegiatan 138 (9 Desember)'), labels.join(' | '));
    assert.ok(!labels.some((l) => l.startsWith('Festival')));
    await editor.getByTestId('coverage-choice-hint').getByText(/Liputan terdekat dengan tanggal konten \(paling jauh 30 hari\)/).waitFor();

    // Typing searches every date, by title or place, every word.
    const search = editor.getByLabel('Cari liputan');
    await search.fill('sahan festival');
    await editor.getByTestId('coverage-choice-hint').getByText('1 liputan cocok.').waitFor();
    assert.deepEqual(await options.allInnerTexts(), ['Tanpa liputan', 'Festival budaya (1 Mei)']);
    await page.locator('#post-coverage').selectOption({ label: 'Festival budaya (1 Mei)' });
    await search.fill('kegiatan');
    await editor.getByTestId('coverage-choice-hint').getByText('50 liputan terbaru yang cocok ditampilkan; 190 lagi juga cocok. Ketik lebih lengkap untuk mempersempit.').waitFor();
    // The chosen one stays offered and chosen while the list changes.
    assert.equal(await page.locator('#post-coverage option:checked').innerText(), 'Festival budaya (1 Mei)');
    await search.fill('banjir');
    await editor.getByTestId('coverage-choice-hint').getByText(/Tidak ada liputan yang cocok/).waitFor();

    await page.locator('#post-title').fill('Festival budaya, dua tahun lalu');
    await editor.getByRole('checkbox', { name: 'Instagram' }).check();
    await new PostEditorPage(page).save();
    await cal.chip('Festival budaya, dua tahun lalu').getByRole('button').first().click();
    await editor.waitFor();
    assert.equal(await page.locator('#post-coverage option:checked').innerText(), 'Festival budaya (1 Mei)');
    // Another post opens with an empty search.
    assert.equal(await editor.getByLabel('Cari liputan').inputValue(), '');
    assert.deepEqual(errors, []);
  });

  test('a long list shows twenty cards, then twenty more at a time', async () => {
    // 45 covered activities, one a day in October and November 2026.
    const base = fixture.coverage.find((c) => c.status === 'covered');
    const coverage = [];
    for (let n = 0; n < 45; n++) {
      const date = new Date(Date.UTC(2026, 9, 1) + n * 86_400_000).toISOString().slice(0, 10);
      coverage.push({ ...base, id: `c0000000-0000-4000-8000-${String(n).padStart(12, '0')}`, title: `Kegiatan ${n}`, date });
    }
    const plan = { ...fixture, coverage, posts: fixture.posts.map(({ coverage_id, ...p }) => p) };
    const files = new PlanFiles(page);
    await files.chooseContent('liputan-banyak.json', JSON.stringify(plan));
    await files.preview().waitFor();
    await files.apply();
    await cov.open();

    const section = page.locator('section[aria-labelledby="coverage-covered"]');
    const cards = section.getByTestId('coverage-card');
    const more = section.getByTestId('coverage-show-more');
    await more.waitFor();
    assert.equal(await cards.count(), 20);
    // The most recent first.
    assert.match(await cards.first().innerText(), /Kegiatan 44/);
    assert.equal(await more.innerText(), 'Tampilkan 20 liputan lagi (25 belum tampil)');

    // By keyboard, then by click.
    await more.focus();
    await page.keyboard.press('Enter');
    await section.getByText('Tampilkan 5 liputan lagi (5 belum tampil)').waitFor();
    assert.equal(await cards.count(), 40);
    await more.click();
    await more.waitFor({ state: 'detached' });
    assert.equal(await cards.count(), 45);
    assert.match(await cards.last().innerText(), /Kegiatan 0\b/);
    assert.deepEqual(errors, []);
  });

  test('the page fits a 360 px wide phone', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await cov.plan({ title: TITLE, date: '2026-12-09', location: 'Desa Sahan', needs: ['Video', 'Kutipan'] });
    await cov.editor().waitFor({ state: 'hidden' });
    for (const q of ['', 'tampilan=bulan&bulan=2026-12']) {
      await cov.open(q);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${q || 'list'} scrolls sideways by ${overflow}px`);
    }
  });
});

/** A zip archive of `entries` ([name, bytes]), every entry Stored. */
function storedZip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
