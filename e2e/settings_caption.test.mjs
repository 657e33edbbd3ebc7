// End-to-end tests of the caption studio's settings on Pengaturan: hashtag
// sets ("Set tagar"), the office's own caption templates ("Templat
// keterangan") and the checks before approval. What is saved is stored in
// the workspace object, survives a reload and travels in an export; what
// is refused is told next to its field and stores nothing.
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { launchBrowser, startStaticServer, watchErrors } from './support/harness.mjs';
import { Shell } from './pages/shell.mjs';
import { CaptionSettings } from './pages/settings.mjs';
import { PlanFiles } from './pages/plan_files.mjs';

const TYPED = 'DiskominfoBengkayang, #bengkayangbumisebalo #diskominfobengkayang';
const RESMI = ['#DiskominfoBengkayang', '#bengkayangbumisebalo'];
const TEMPLATE = 'Rapat koordinasi';
const BODY = '{judul}\n\nBertempat di {lokasi}, {tanggal} pukul {waktu}.\n\n{tautan}\n{byline}';

let server;
before(async () => {
  server = await startStaticServer();
});
after(async () => {
  await server?.stop();
});

describe('caption settings on Pengaturan', () => {
  let browser, page, errors, shell, settings;
  beforeEach(async () => {
    browser = await launchBrowser();
    page = await browser.context.newPage();
    errors = watchErrors(page);
    shell = new Shell(page);
    settings = new CaptionSettings(page);
    await page.goto(server.url('#/pengaturan'));
    await shell.heading('Pengaturan').waitFor();
  });
  afterEach(async () => {
    await browser.close();
  });

  test('a hashtag set typed loosely is saved normalised, kept after a reload and exported', async () => {
    await settings.hashtagSets().getByText('Belum ada set tagar.').waitFor();
    await settings.addHashtagSet('Resmi', TYPED);
    await page.getByText('Set tagar Resmi ditambahkan.').waitFor();
    assert.equal(await settings.hashtagSetTags('Resmi').inputValue(), RESMI.join(' '), 'shown normalised');
    assert.equal(await settings.hashtagSetName('Resmi').inputValue(), 'Resmi');

    await page.reload();
    await shell.heading('Pengaturan').waitFor();
    assert.equal(await settings.hashtagSetRows().count(), 1);
    assert.equal(await settings.hashtagSetName('Resmi').inputValue(), 'Resmi');
    assert.equal(await settings.hashtagSetTags('Resmi').inputValue(), RESMI.join(' '));
    const ws = await settings.storedWorkspace();
    assert.deepEqual(ws.hashtag_sets, [{ name: 'Resmi', hashtags: RESMI }]);

    const { plan } = await new PlanFiles(page).exportJson();
    assert.deepEqual(plan.workspace.hashtag_sets, [{ name: 'Resmi', hashtags: RESMI }]);

    // Edited in place: the new hashtags replace the old, under the same name.
    await settings.hashtagSetTags('Resmi').fill('#BengkayangBumiSebalo');
    await settings.hashtagSetTags('Resmi').press('Enter');
    await page.getByText('Set tagar Resmi disimpan.').waitFor();
    assert.deepEqual((await settings.storedWorkspace()).hashtag_sets, [{ name: 'Resmi', hashtags: ['#BengkayangBumiSebalo'] }]);
    assert.deepEqual(errors, []);
  });

  test('an empty name, no hashtags or a name twice is refused next to the field; nothing is saved', async () => {
    const row = await settings.addHashtagSet('   ', TYPED);
    const nameError = row.locator('.field-error').filter({ hasText: 'Nama wajib diisi.' });
    await nameError.waitFor();
    assert.equal(await nameError.getAttribute('role'), 'alert');
    const name = row.getByLabel('Nama set', { exact: true });
    assert.equal(await name.getAttribute('aria-invalid'), 'true');
    assert.match(await name.getAttribute('aria-describedby'), new RegExp(await nameError.getAttribute('id')));
    assert.equal(await row.getByLabel('Tagar', { exact: true }).inputValue(), TYPED, 'what was typed is kept');
    assert.equal((await settings.storedWorkspace()).hashtag_sets, undefined, 'nothing stored');

    await name.fill('Resmi');
    await row.getByLabel('Tagar', { exact: true }).fill(' , #  ');
    await row.getByRole('button', { name: 'Simpan set tagar baru' }).click();
    await row.locator('.field-error').filter({ hasText: 'Isi paling sedikit satu tagar' }).waitFor();
    assert.equal(await nameError.isHidden(), true, 'the name is fine now');
    assert.equal((await settings.storedWorkspace()).hashtag_sets, undefined, 'nothing stored');

    await row.getByLabel('Tagar', { exact: true }).fill(TYPED);
    await row.getByRole('button', { name: 'Simpan set tagar baru' }).click();
    await page.getByText('Set tagar Resmi ditambahkan.').waitFor();

    // Another set with the same name in other letters is refused.
    const second = await settings.addHashtagSet('RESMI', '#lain');
    await second.locator('.field-error').filter({ hasText: 'Sudah ada set tagar bernama RESMI' }).waitFor();
    assert.deepEqual((await settings.storedWorkspace()).hashtag_sets, [{ name: 'Resmi', hashtags: RESMI }]);

    // A row never saved goes without a trace.
    await second.getByRole('button', { name: 'Hapus set tagar baru' }).click();
    await second.getByRole('group').getByRole('button', { name: 'Hapus', exact: true }).click();
    await settings.hashtagSetRows().nth(1).waitFor({ state: 'detached' });
    assert.equal(await settings.hashtagSetRows().count(), 1);

    // In English, the same refusal in English.
    await shell.chooseLanguage('en');
    const third = await settings.addHashtagSet('', '#a');
    await third.locator('.field-error').filter({ hasText: 'A name is required.' }).waitFor();
    await shell.chooseLanguage('id');

    await page.reload();
    await shell.heading('Pengaturan').waitFor();
    assert.equal(await settings.hashtagSetRows().count(), 1);
    assert.deepEqual(errors, []);
  });

  test('an own template and a switched-off check are kept after a reload', async () => {
    const builtins = page.getByTestId('builtin-templates').locator('details');
    if ((await builtins.count()) > 0) {
      // Built-in templates are read, not edited: the body shows as text.
      await builtins.first().locator('summary').click();
      const pre = builtins.first().locator('pre');
      await pre.waitFor();
      assert.equal(await pre.evaluate((e) => getComputedStyle(e).whiteSpace), 'pre-wrap');
    }
    await settings.captionTemplates().getByText('Belum ada templat kantor.').waitFor();
    const row = await settings.addTemplate(TEMPLATE, BODY);
    await page.getByText(`Templat ${TEMPLATE} ditambahkan.`).waitFor();
    await row.getByText(`${BODY.length} dari 2.000 karakter`).waitFor();

    const byline = settings.check('Byline ada');
    assert.equal(await byline.isChecked(), true, 'every check is on at first');
    await byline.uncheck();
    await page.getByText('Pemeriksaan “Byline ada” dimatikan.').waitFor();

    await page.reload();
    await shell.heading('Pengaturan').waitFor();
    assert.equal(await settings.templateRows().count(), 1);
    assert.equal(await settings.templateName(TEMPLATE).inputValue(), TEMPLATE);
    assert.equal(await settings.templateBody(TEMPLATE).inputValue(), BODY);
    assert.equal(await settings.check('Byline ada').isChecked(), false, 'still off');
    assert.equal(await settings.check('Tautan memakai https').isChecked(), true);
    const ws = await settings.storedWorkspace();
    assert.equal(ws.caption_templates.length, 1);
    assert.deepEqual([ws.caption_templates[0].name, ws.caption_templates[0].body], [TEMPLATE, BODY]);
    assert.match(ws.caption_templates[0].id, /^[0-9a-f-]{36}$/);
    assert.equal(ws.caption_checks.byline, false);

    // By keyboard: Space switches the check back on.
    await settings.check('Byline ada').focus();
    await page.keyboard.press('Space');
    await page.getByText('Pemeriksaan “Byline ada” dinyalakan.').waitFor();
    assert.equal((await settings.storedWorkspace()).caption_checks.byline, true);

    // A body over 2,000 characters is counted, refused and kept as typed.
    const long = 'a'.repeat(2001);
    await settings.templateBody(TEMPLATE).fill(long);
    const count = settings.templateRows().first().locator('.char-count');
    await count.getByText('2.001 dari 2.000 karakter').waitFor();
    assert.match(await count.getAttribute('class'), /\bover\b/);
    await page.getByRole('button', { name: `Simpan templat ${TEMPLATE}` }).click();
    await settings.templateRows().first().locator('.field-error').filter({ hasText: 'paling banyak 2.000 karakter' }).waitFor();
    assert.equal(await settings.templateBody(TEMPLATE).inputValue(), long, 'what was typed is kept');
    assert.equal((await settings.storedWorkspace()).caption_templates[0].body, BODY);

    // Deleting asks once.
    await page.getByRole('button', { name: `Hapus templat ${TEMPLATE}` }).click();
    await page.getByRole('group').filter({ hasText: `Hapus templat ${TEMPLATE}?` }).getByRole('button', { name: 'Hapus', exact: true }).click();
    await page.getByText(`Templat ${TEMPLATE} dihapus.`).waitFor();
    await settings.captionTemplates().getByText('Belum ada templat kantor.').waitFor();
    assert.equal((await settings.storedWorkspace()).caption_templates, undefined);
    assert.deepEqual(errors, []);
  });

  test('sets imported while the page is open show at once; a set being typed stays', async () => {
    await settings.addHashtagSet('Resmi', TYPED);
    await page.getByText('Set tagar Resmi ditambahkan.').waitFor();
    const draft = await settings.addHashtagSetRow();
    await draft.getByLabel('Nama set', { exact: true }).fill('Belum disimpan');

    // A plan file from another device whose workspace is newer.
    const files = new PlanFiles(page);
    const { plan } = await files.exportJson();
    plan.workspace.hashtag_sets = [
      { name: 'Resmi', hashtags: RESMI },
      { name: 'Wisata', hashtags: ['#WisataBengkayang'] },
    ];
    plan.workspace.updated_at = '2099-01-01T00:00:00Z';
    await files.chooseContent('rencana.json', JSON.stringify(plan));
    await files.preview().waitFor();
    await files.apply();

    await settings.hashtagSetTags('Wisata').waitFor();
    assert.equal(await settings.hashtagSetTags('Wisata').inputValue(), '#WisataBengkayang');
    assert.equal(await settings.hashtagSetRows().count(), 3);
    assert.equal(await settings.hashtagSetRows().last().getByLabel('Nama set', { exact: true }).inputValue(), 'Belum disimpan');

    // Saving a row after the import keeps the imported set.
    await settings.hashtagSetTags('Resmi').fill('#Resmi');
    await settings.hashtagSetTags('Resmi').press('Enter');
    await page.getByText('Set tagar Resmi disimpan.').waitFor();
    assert.deepEqual((await settings.storedWorkspace()).hashtag_sets, [
      { name: 'Resmi', hashtags: ['#Resmi'] },
      { name: 'Wisata', hashtags: ['#WisataBengkayang'] },
    ]);
    assert.deepEqual(errors, []);
  });

  test('every control is named, and the sections fit a phone', async () => {
    await settings.addHashtagSet('Resmi', TYPED);
    await page.getByText('Set tagar Resmi ditambahkan.').waitFor();
    await settings.addTemplate(TEMPLATE, BODY);
    await page.getByText(`Templat ${TEMPLATE} ditambahkan.`).waitFor();
    await settings.addHashtagSetRow();

    const sections = ['hashtag-sets', 'caption-templates', 'caption-check-settings'];
    const unnamed = await page.evaluate((ids) =>
      ids
        .flatMap((id) => [...document.querySelector(`[data-testid="${id}"]`).querySelectorAll('input, select, textarea, button')])
        .filter((el) => {
          const labelled = el.labels && el.labels.length > 0;
          const aria = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
          const text = el.tagName === 'BUTTON' ? el.textContent.trim() : '';
          return !labelled && !aria && !text;
        })
        .map((el) => el.outerHTML.slice(0, 120)),
    sections);
    assert.deepEqual(unnamed, []);
    assert.equal(await settings.check('Tidak ada spasi ganda atau spasi di akhir baris').count(), 1);
    assert.equal(await page.getByTestId('caption-check-settings').getByRole('checkbox').count(), 6);

    await page.setViewportSize({ width: 360, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the settings page scrolls sideways by ${overflow}px`);
    for (const section of sections) {
      const box = await page.getByTestId(section).boundingBox();
      assert.ok(box.x >= 0 && box.x + box.width <= 360, `${section} fits: ${JSON.stringify(box)}`);
    }
    assert.deepEqual(errors, []);
  });
});
