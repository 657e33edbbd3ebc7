// End-to-end tests of two tabs of Siar open in one browser: what one tab
// stores shows in the other within a second, and a post edited in one tab
// after the other opened it is never silently overwritten.
import assert from 'node:assert/strict';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { launchBrowser, startStaticServer, watchErrors } from './support/harness.mjs';
import { CalendarPage } from './pages/calendar.mjs';
import { PlanFiles } from './pages/plan_files.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const FIXTURE = join(resolve(here, '../../shared/fixtures'), 'plan-bengkayang-2026-12.json');
// Two posts are titled "Ucapan Hari Ibu"; this is the one at 12.00.
const ID = '7f9880a6-e73c-49ea-8437-1ff3a60741f3';
const MONTH = 'bulan=2026-12&tampilan=bulan';

describe('two tabs', () => {
  let server;
  let browser;
  let a;
  let b;
  let errors;

  before(async () => {
    server = await startStaticServer();
  });
  after(async () => {
    await server.stop();
  });
  beforeEach(async () => {
    browser = await launchBrowser();
    a = await browser.context.newPage();
    b = await browser.context.newPage();
    errors = [...[a, b].map(watchErrors)];
    await new CalendarPage(a, server).open(MONTH);
    await new CalendarPage(b, server).open(MONTH);
  });
  afterEach(async () => {
    await browser.close();
    assert.deepEqual(errors.flat(), []);
  });

  /** The chip of the post, by id. */
  const chip = (page) => page.locator(`[data-testid="post-chip"][data-post-id="${ID}"]`);

  /** Opens the post in the editor of `page`. */
  async function openPost(page) {
    await chip(page).locator('.chip-open').click();
    await page.getByTestId('post-editor').waitFor();
  }

  /** Imports the fixture in tab A; tab B shows it within a second. */
  async function importInA() {
    const files = new PlanFiles(a);
    await files.chooseFile(FIXTURE);
    await files.preview().waitFor();
    await files.apply();
    await chip(b).waitFor({ timeout: 1000 });
  }

  /** B opens the post and types `inB`; then A saves `inA` over it. */
  async function editInBothSavingA(inB, inA) {
    await openPost(b);
    await b.locator('#post-title').fill(inB);
    await saveTitleIn(a, inA);
    await new CalendarPage(b, server).chip(inA).waitFor({ timeout: 1000 });
  }

  /** Opens the post in `page`, gives it `title` and saves. */
  async function saveTitleIn(page, title) {
    await openPost(page);
    await page.locator('#post-title').fill(title);
    await page.getByTestId('post-save').click();
    await page.locator('dialog[open][data-testid="post-editor"]').waitFor({ state: 'hidden' });
  }

  test('an import and an edit in one tab show in the other within a second', async () => {
    await importInA();
    const calB = new CalendarPage(b, server);

    await saveTitleIn(a, 'Ucapan Hari Ibu 2026');
    const started = Date.now();
    await calB.chip('Ucapan Hari Ibu 2026').waitFor({ timeout: 1000 });
    assert.ok(Date.now() - started < 1000);
    assert.equal(await chip(b).locator('.chip-title').innerText(), 'Ucapan Hari Ibu 2026');

    // Both agree after a reload: the change was stored once.
    await b.reload();
    await calB.chip('Ucapan Hari Ibu 2026').waitFor();
  });

  test('saving over a change made in another tab asks which version to keep', async () => {
    await importInA();
    // B opens the post, then A changes and saves it.
    await editInBothSavingA('Judul dari tab B', 'Judul dari tab A');

    // B saves: not silently; the person is told and chooses.
    await b.getByTestId('post-save').click();
    const conflict = b.getByTestId('post-conflict');
    await conflict.waitFor();
    assert.match(await conflict.innerText(), /tab atau jendela lain/);
    assert.equal(await b.locator('#post-title').inputValue(), 'Judul dari tab B', 'what B typed is kept');

    // "Pakai versi tersimpan" puts A's version in the form ...
    await conflict.getByRole('button', { name: 'Pakai versi tersimpan' }).click();
    assert.equal(await b.locator('#post-title').inputValue(), 'Judul dari tab A');
    // ... and typing over it again then saving needs no second question.
    await b.locator('#post-title').fill('Judul akhir dari B');
    await b.getByTestId('post-save').click();
    await b.locator('dialog[open][data-testid="post-editor"]').waitFor({ state: 'hidden' });
    await new CalendarPage(a, server).chip('Judul akhir dari B').waitFor({ timeout: 1000 });
  });

  test('"Simpan versi saya" keeps this tab\'s text over the other tab\'s', async () => {
    await importInA();
    await editInBothSavingA('Versi B menang', 'Versi A');

    await b.getByTestId('post-save').click();
    await b.getByTestId('post-conflict').getByRole('button', { name: 'Simpan versi saya' }).click();
    await b.locator('dialog[open][data-testid="post-editor"]').waitFor({ state: 'hidden' });
    await new CalendarPage(a, server).chip('Versi B menang').waitFor({ timeout: 1000 });
    await a.reload();
    await new CalendarPage(a, server).chip('Versi B menang').waitFor();
    assert.equal(await new CalendarPage(a, server).chip('Versi A').count(), 0);
  });
});
