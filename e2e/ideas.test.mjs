// End-to-end tests of the idea board: quick capture, moving ideas across
// stages by dragging and by keyboard, "Jadikan konten" with the post found
// on the calendar, "Beri saya ide", filters in the address, phones.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { launchBrowser, startStaticServer, watchErrors } from './support/harness.mjs';
import { PlanFiles } from './pages/plan_files.mjs';
import { CalendarPage } from './pages/calendar.mjs';
import { IdeasPage } from './pages/ideas.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const FIXTURE = resolve(here, '../../shared/fixtures/plan-bengkayang-2026-12.json');
const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8'));

let server;
before(async () => {
  server = await startStaticServer();
});
after(async () => {
  await server?.stop();
});

describe('idea board', () => {
  let browser, page, errors, board;
  beforeEach(async () => {
    browser = await launchBrowser();
    page = await browser.context.newPage();
    errors = watchErrors(page);
    board = new IdeasPage(page, server);
    await board.open();
    const files = new PlanFiles(page);
    await files.chooseFile(FIXTURE);
    await files.preview().waitFor();
    await files.apply();
    await board.column('inbox').waitFor();
  });
  afterEach(async () => {
    await browser.close();
  });

  test('the five stages show the live ideas of the fixture', async () => {
    const stages = ['inbox', 'shortlist', 'ready', 'used', 'archived'];
    for (const stage of stages) {
      const expected = fixture.ideas.filter((i) => !i.deleted && i.stage === stage).map((i) => i.title).sort();
      assert.deepEqual((await board.titlesIn(stage)).sort(), expected, stage);
    }
    const headings = await page.locator('[data-testid="stage"] h2').allInnerTexts();
    assert.deepEqual(headings.map((h) => h.replace(/ \(\d+\)$/, '')), ['Kotak masuk', 'Pilihan', 'Siap', 'Terpakai', 'Arsip']);
    // The balance strip counts ready ideas per pillar.
    await page.getByTestId('pillar-balance').getByLabel('Klarifikasi Hoaks: 1 ide siap').waitFor();
    assert.deepEqual(errors, []);
  });

  test('an idea is captured, refused when empty, and moved by dragging and by keyboard', async () => {
    // Empty: the error sits next to the field.
    await board.capture('   ');
    await page.locator('#idea-capture-error').getByText(/kosong|wajib/i).waitFor();
    assert.equal(await board.captureField().getAttribute('aria-invalid'), 'true');

    // The shortcut focuses the field from elsewhere on the page.
    await page.getByRole('heading', { level: 1, name: 'Ide' }).click();
    await page.keyboard.press('n');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'idea-capture');
    await page.keyboard.type('Cerita penenun ikat Seluas');
    await page.keyboard.press('Enter');
    await board.cardIn('inbox', 'Cerita penenun ikat Seluas').waitFor();
    assert.equal(await board.captureField().inputValue(), '');
    assert.equal(await page.locator('#idea-capture-error').isVisible(), false);

    // Alt+I works even from another field.
    await page.getByRole('searchbox', { name: 'Filter tagar' }).focus();
    await page.keyboard.press('Alt+KeyI');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'idea-capture');

    // … and from any page: it opens the board with the field focused.
    await page.goto(server.url('#/tim'));
    await page.getByRole('heading', { level: 1, name: 'Tim' }).waitFor();
    await page.keyboard.press('Alt+KeyI');
    await page.waitForURL(/#\/ide/);
    await page.waitForFunction(() => document.activeElement?.id === 'idea-capture');
    await page.goto(server.url('#/ide'));
    await board.captureField().waitFor();

    // Drag to Pilihan.
    const title = 'Cerita penenun ikat Seluas';
    await board.drag(board.card(title), board.column('shortlist'));
    await board.cardIn('shortlist', title).waitFor();
    assert.ok(!(await board.titlesIn('inbox')).includes(title));

    // Keyboard: the stage menu of the card.
    const menu = page.getByLabel(`Pindahkan ${title} ke tahap`);
    await menu.focus();
    await menu.selectOption('ready');
    await board.cardIn('ready', title).waitFor();

    // Stored.
    await page.reload();
    await board.cardIn('ready', title).waitFor();
    const { plan } = await new PlanFiles(page).exportJson();
    const idea = plan.ideas.find((i) => i.title === title);
    assert.equal(idea.stage, 'ready');
    assert.deepEqual(errors, []);
  });

  test('"Jadikan konten" makes a linked post on a chosen date, shown on the calendar', async () => {
    const title = 'Wajah di balik layanan: bidan desa';
    await board.capture(title);
    await board.card(title).waitFor();
    await page.getByRole('button', { name: `Jadikan konten: ${title}` }).click();
    await page.getByLabel('Tanggal terbit').fill('2026-12-15');
    await page.getByLabel('Tanggal terbit').press('Enter');
    const editor = page.getByTestId('post-editor');
    await editor.waitFor();
    assert.equal(await page.locator('#post-title').inputValue(), title);
    assert.equal(await page.locator('#post-date').inputValue(), '2026-12-15');
    await editor.getByRole('button', { name: 'Batal', exact: true }).click();
    await editor.waitFor({ state: 'hidden' });

    const card = board.column('used').getByTestId('idea').filter({ hasText: title });
    await card.getByTestId('idea-used').waitFor();

    const { plan } = await new PlanFiles(page).exportJson();
    const idea = plan.ideas.find((i) => i.title === title);
    const post = plan.posts.find((p) => p.title === title);
    assert.equal(idea.stage, 'used');
    assert.equal(idea.post_id, post.id);
    assert.equal(post.idea_id, idea.id);
    assert.equal(post.date, '2026-12-15');

    const cal = new CalendarPage(page, server);
    await cal.open('tampilan=agenda&tanggal=2026-12-15');
    await cal.day('2026-12-15').getByText(title).waitFor();
    assert.deepEqual(errors, []);
  });

  test('"Beri saya ide" shows three prompts, never the same first twice, and adds one', async () => {
    const give = page.getByRole('button', { name: 'Beri saya ide' });
    await give.click();
    const prompts = page.getByTestId('prompt');
    await prompts.nth(2).waitFor();
    assert.equal(await prompts.count(), 3);
    let prev = await prompts.first().locator('.prompt-text').innerText();
    for (let i = 0; i < 3; i++) {
      await give.click();
      await page.waitForFunction(
        (p) => document.querySelector('[data-testid="prompt"] .prompt-text')?.textContent !== p,
        prev,
      );
      prev = await prompts.first().locator('.prompt-text').innerText();
    }
    const text = await prompts.first().locator('.prompt-text').innerText();
    await page.getByRole('button', { name: `Tambah ke Kotak masuk: ${text}` }).click();
    await board.column('inbox').getByTestId('idea').filter({ hasText: text }).waitFor();
    // Special days coming up are dated prompts too.
    assert.ok((await page.getByTestId('dated-prompts').count()) <= 1);
    assert.deepEqual(errors, []);
  });

  test('filters by pillar, tag and text live in the address', async () => {
    await page.getByRole('combobox', { name: 'Pilar konten' }).selectOption({ label: 'Klarifikasi Hoaks' });
    await page.waitForURL(/pilar=70eb9a0a/);
    const hoax = fixture.ideas.filter((i) => !i.deleted && i.pillar_id === '70eb9a0a-9626-4ae6-85e8-18fac0433cbd');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="idea"]').length === n, hoax.length);

    await page.getByRole('button', { name: 'Hapus semua filter' }).click();
    await page.getByRole('searchbox', { name: 'Filter tagar' }).fill('infografis');
    await page.getByRole('searchbox', { name: 'Filter tagar' }).press('Enter');
    await page.waitForURL(/tag=infografis/);
    const tagged = fixture.ideas.filter((i) => !i.deleted && i.tags.includes('infografis'));
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="idea"]').length === n, tagged.length);

    await page.getByLabel('Cari judul, keterangan, tagar').fill('KTP');
    await page.keyboard.press('Enter');
    await page.waitForURL(/cari=KTP/);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="idea"]').length === 1);
    // The same address in a new tab shows the same board.
    const other = await browser.context.newPage();
    await other.goto(page.url());
    await other.getByTestId('idea').filter({ hasText: 'KTP-el' }).waitFor();
    assert.equal(await other.getByTestId('idea').count(), 1);
    await other.close();
    await page.getByRole('button', { name: 'Hapus semua filter' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="idea"]').length > 1);
    assert.deepEqual(errors, []);
  });

  test('an idea is edited: description, pillar, tags and target date; "Jadikan konten" offers that date', async () => {
    const title = 'Profil puskesmas desa';
    await board.capture(title);
    await board.card(title).waitFor();
    await page.getByRole('button', { name: `Ubah ide ${title}` }).click();
    const form = page.getByTestId('idea-editor');
    await form.waitFor();
    await form.getByLabel('Keterangan').fill('Sehari bersama bidan desa.');
    await form.getByLabel('Pilar konten').selectOption({ label: 'Layanan Publik' });
    await form.getByLabel('Tagar', { exact: true }).fill('kesehatan, #desa, Kesehatan');
    await form.getByLabel('Tanggal target').fill('2026-12-18');
    await form.getByRole('button', { name: 'Simpan' }).click();
    await form.waitFor({ state: 'hidden' });
    const card = board.card(title);
    await card.getByText('Layanan Publik').waitFor();
    await card.getByText('#desa').waitFor();
    await card.getByText('Target Jumat, 18 Desember 2026').waitFor();
    const { plan } = await new PlanFiles(page).exportJson();
    const idea = plan.ideas.find((i) => i.title === title);
    assert.deepEqual(idea.tags, ['kesehatan', 'desa']);
    assert.equal(idea.description, 'Sehari bersama bidan desa.');
    assert.equal(idea.target_date, '2026-12-18');

    await page.getByRole('button', { name: `Jadikan konten: ${title}` }).click();
    assert.equal(await page.getByLabel('Tanggal terbit').inputValue(), '2026-12-18');
    await page.getByRole('button', { name: 'Buat konten' }).click();
    await page.getByTestId('post-editor').waitFor();
    assert.equal(await page.locator('#post-caption').inputValue(), 'Sehari bersama bidan desa.');
    assert.deepEqual(errors, []);
  });

  test('the board fits a 360 px phone, stages stacked', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await board.open();
    await page.getByRole('button', { name: 'Beri saya ide' }).click();
    await page.getByTestId('prompt').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `scrolls sideways by ${overflow}px`);
    const a = await board.column('inbox').boundingBox();
    const b = await board.column('shortlist').boundingBox();
    assert.ok(b.y > a.y, 'stacked');
  });
});
