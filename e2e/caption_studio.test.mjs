// End-to-end tests of the caption studio in the post editor: live counters
// per platform that refuse approval over a limit, templates filled from a
// coverage record, hashtag and byline inserts, previews and "Salin".
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { launchBrowser, startStaticServer, watchErrors } from './support/harness.mjs';
import { PlanFiles } from './pages/plan_files.mjs';
import { CalendarPage } from './pages/calendar.mjs';
import { PostEditor } from './pages/post_editor.mjs';
import { CaptionSettings } from './pages/settings.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const FIXTURE = resolve(here, '../../shared/fixtures/plan-bengkayang-2026-12.json');
const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8'));
const BYLINE = fixture.workspace.byline;

let server;
before(async () => {
  server = await startStaticServer();
});
after(async () => {
  await server?.stop();
});

describe('caption studio', () => {
  let browser, page, errors, cal, editor;
  beforeEach(async () => {
    browser = await launchBrowser();
    page = await browser.context.newPage();
    errors = watchErrors(page);
    cal = new CalendarPage(page, server);
    editor = new PostEditor(page);
    await cal.open();
    const files = new PlanFiles(page);
    await files.chooseFile(FIXTURE);
    await files.preview().waitFor();
    await files.apply();
  });
  afterEach(async () => {
    await browser.close();
  });

  /** Opens the fixture's post "Capaian vaksinasi anak" of 2 December (X, Facebook, YouTube; in review). */
  async function openReviewPost() {
    await cal.open('tampilan=bulan&tanggal=2026-12-01');
    await cal.day('2026-12-02').getByRole('button', { name: /Capaian vaksinasi anak/ }).first().click();
    await editor.waitOpen();
  }

  test("a caption over X's limit turns the counter red and approval is refused", async () => {
    await page.getByLabel('Saya').selectOption({ label: 'Kepala Bidang IKP' });
    await openReviewPost();
    assert.equal(await editor.meter('x').getAttribute('data-level'), 'ok');
    assert.match(await editor.meter('x').innerText(), /\/280/);
    assert.match(await editor.meter('youtube', 'title').innerText(), /\/100/);
    await editor.readiness().getByText('Keterangan siap disetujui.').waitFor();

    // 230 characters of text + the byline + the two hashtags: over 280 on X, fine elsewhere.
    const long = `${'Vaksinasi anak di Bengkayang terus berjalan. '.repeat(5).trim()}\n\n${BYLINE}`;
    await editor.caption().fill(long);
    await editor.meter('x').and(page.locator('[data-level="over"]')).waitFor();
    assert.match(await editor.meter('x').innerText(), /melebihi batas/);
    assert.equal(await editor.meter('facebook').getAttribute('data-level'), 'ok');
    await editor.readiness().getByText(/Belum bisa disetujui: 1 hal/).waitFor();

    await editor.root.getByTestId('post-approve').click();
    await editor.workflowError().getByText(/Keterangan belum bisa disetujui/).waitFor();
    assert.equal(await editor.status().innerText(), 'Ditinjau');

    // Shortened: the counter goes back and approval goes through.
    await editor.caption().fill(`Vaksinasi anak di Bengkayang terus berjalan.\n\n${BYLINE}`);
    await editor.meter('x').and(page.locator('[data-level="ok"]')).waitFor();
    await editor.root.getByTestId('post-approve').click();
    await editor.status().getByText('Disetujui').waitFor();
    assert.deepEqual(errors, []);
  });

  test('the checklist names what fails, and a failing check refuses approval', async () => {
    await page.getByLabel('Saya').selectOption({ label: 'Kepala Bidang IKP' });
    await openReviewPost();
    await editor.caption().fill('Capaian vaksinasi anak\nDua  spasi di sini. http://contoh.go.id/a');
    await editor.hashtags().fill('#Vaksinasi');
    for (const key of ['official_hashtag', 'byline', 'https_links', 'spacing', 'title_first_line']) {
      await editor.check(key).and(page.locator('.fail')).waitFor();
    }
    assert.match(await editor.check('https_links').innerText(), /http:\/\/contoh\.go\.id\/a/);
    assert.match(await editor.check('spacing').innerText(), /baris 2/);
    await editor.root.getByTestId('post-approve').click();
    await editor.workflowError().getByText(/Keterangan belum bisa disetujui/).waitFor();

    // One click each: the official hashtags and the byline.
    await editor.root.getByTestId('add-official-hashtags').click();
    assert.match(await editor.hashtags().inputValue(), /^#Vaksinasi #DiskominfoBengkayang #BengkayangBumiSebalo$/);
    await editor.root.getByTestId('add-byline').click();
    assert.ok((await editor.caption().inputValue()).endsWith(`\n\n${BYLINE}`));
    await editor.check('official_hashtag').and(page.locator('.pass')).waitFor();
    await editor.check('byline').and(page.locator('.pass')).waitFor();
  });

  test('a template is filled from the coverage record, and an empty placeholder is flagged', async () => {
    await cal.open('tampilan=bulan&tanggal=2026-12-01');
    await cal.day('2026-12-11').getByRole('button', { name: /^Tambah konten pada/ }).click();
    await editor.waitOpen();
    await page.locator('#post-title').fill('Kunjungan kerja Bupati ke Sanggau Ledo');
    await page.getByRole('checkbox', { name: 'Instagram' }).check();

    // Without coverage: {lokasi} and {pejabat} have nothing to fill them.
    await editor.chooseTemplate('Kegiatan pimpinan');
    const warnings = editor.root.getByTestId('template-warnings');
    await warnings.getByText(/\{lokasi\} belum terisi/).waitFor();
    await editor.root.getByRole('button', { name: 'Batal', exact: true }).first().click();

    await page.getByLabel('Liputan', { exact: true }).selectOption({ label: 'Kunjungan kerja Bupati ke kecamatan (11 Desember)' });
    await editor.chooseTemplate('Kegiatan pimpinan');
    const text = await editor.root.getByTestId('template-text').innerText();
    assert.match(text, /Kecamatan Sanggau Ledo/);
    assert.match(text, /Jumat, 11 Desember 2026/);
    assert.match(text, /Bupati Bengkayang/);
    assert.doesNotMatch(text, /\{[a-z]+\}/);
    assert.equal(await warnings.count(), 0);
    await editor.root.getByTestId('template-apply').click();
    const caption = await editor.caption().inputValue();
    assert.equal(caption, text);
    await editor.check('placeholders').and(page.locator('.pass')).waitFor();

    await editor.save();
    await cal.day('2026-12-11').getByText('Kunjungan kerja Bupati ke Sanggau Ledo').waitFor();
    assert.deepEqual(errors, []);
  });

  test('Salin copies the caption with its hashtags; previews fold long captions', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url('').replace(/\/siar\/.*$/, '') });
    await openReviewPost();
    const caption = await editor.caption().inputValue();
    await editor.preview('x').getByRole('button', { name: 'Salin keterangan untuk X' }).click();
    await editor.preview('x').getByText('Tersalin.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, `${caption}\n\n#DiskominfoBengkayang #BengkayangBumiSebalo`);

    // Facebook folds a long caption on phones; hashtags are marked in the preview.
    assert.equal(await editor.preview('facebook').getByTestId('fold-marker').count(), 1);
    assert.deepEqual(
      await editor.preview('x').locator('.hashtag').allInnerTexts(),
      ['#DiskominfoBengkayang', '#BengkayangBumiSebalo'],
    );
    assert.equal(await editor.preview('x').getByTestId('fold-marker').count(), 0);
  });

  test("a hashtag set and the office's own template made in Pengaturan are one click away", async () => {
    await page.goto(server.url('#/pengaturan'));
    const settings = new CaptionSettings(page);
    await settings.addHashtagSet('Pariwisata', '#WisataBengkayang #PesonaKalbar #RiamPangar #ExploreBengkayang');
    await settings.hashtagSetName('Pariwisata').waitFor();
    await settings.addTemplate('Info wisata', 'Yuk berkunjung ke {judul} di {lokasi}!\n\n{byline}');
    await settings.templateName('Info wisata').waitFor();

    await openReviewPost();
    await page.getByRole('checkbox', { name: 'Instagram' }).check();
    await editor.root.getByRole('button', { name: /^Tambahkan set tagar Pariwisata/ }).click();
    assert.equal(
      await editor.hashtags().inputValue(),
      '#DiskominfoBengkayang #BengkayangBumiSebalo #WisataBengkayang #PesonaKalbar #RiamPangar #ExploreBengkayang',
    );
    // Six hashtags: over Instagram's five.
    await editor.meter('instagram', 'hashtags').and(page.locator('[data-level="over"]')).waitFor();
    assert.match(await editor.meter('instagram', 'hashtags').innerText(), /6\/5/);

    await editor.chooseTemplate('Info wisata');
    await editor.root.getByTestId('template-warnings').getByText(/\{lokasi\} belum terisi/).waitFor();
    assert.match(await editor.root.getByTestId('template-text').innerText(), /^Yuk berkunjung ke Capaian vaksinasi anak di \{lokasi\}!/);
  });

  test('the studio fits a 360 px wide phone', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await openReviewPost();
    await editor.root.getByTestId('caption-meters').waitFor();
    const overflow = await page.evaluate(() => {
      const d = document.querySelector('[data-testid="post-editor"]');
      return d.scrollWidth - d.clientWidth;
    });
    assert.ok(overflow <= 0, `the editor scrolls sideways by ${overflow}px`);
  });
});
