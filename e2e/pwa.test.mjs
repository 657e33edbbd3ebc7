// End-to-end tests of installing and working offline: the service worker
// caches the build after one visit, the app opens and saves with the
// network off, Chromium finds nothing in the way of installing it, no
// request leaves the app's own origin, and a new deployment is offered
// with "Muat ulang" rather than swapped in silently.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { launchBrowser, startStaticServer, watchErrors } from './support/harness.mjs';
import { CalendarPage } from './pages/calendar.mjs';
import { PlanFiles } from './pages/plan_files.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const FIXTURE = resolve(here, '../../shared/fixtures/plan-bengkayang-2026-12.json');

let server;
before(async () => {
  server = await startStaticServer();
});
after(async () => {
  await server?.stop();
});

/** Waits until the service worker controls the page (the shell is cached). */
async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
}

describe('install and offline', () => {
  let browser, page, errors;
  beforeEach(async () => {
    browser = await launchBrowser();
    page = await browser.context.newPage();
    errors = watchErrors(page);
  });
  afterEach(async () => {
    await browser.close();
  });

  test('after one visit the app opens and saves with the network off', async () => {
    const cal = new CalendarPage(page, server);
    await cal.open('tampilan=bulan&tanggal=2026-12-01');
    await controlled(page);
    await browser.context.setOffline(true);
    await page.reload();
    await cal.open('tampilan=bulan&tanggal=2026-12-01');
    await cal.day('2026-12-15').getByRole('button', { name: /^Tambah konten pada/ }).click();
    await page.locator('#post-title').fill('Siaran pers tanpa sinyal');
    await page.getByRole('checkbox', { name: 'Facebook' }).check();
    await page.getByTestId('post-save').click();
    await cal.day('2026-12-15').getByText('Siaran pers tanpa sinyal').waitFor();
    await page.reload();
    await cal.day('2026-12-15').getByText('Siaran pers tanpa sinyal').waitFor();
    // The designer's fonts come from the cache too.
    await page.goto(server.url('#/desain'));
    await page.getByRole('heading', { level: 1, name: 'Desain' }).waitFor();
    // (Desain adds the brand's faces once every weight has arrived.)
    await page.waitForFunction(() =>
      [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'Plus Jakarta Sans' && f.weight === '700' && f.status === 'loaded'),
    );
    assert.deepEqual(errors, []);
  });

  test('Chromium reports no installability errors', async () => {
    await page.goto(server.url());
    await controlled(page);
    const cdp = await browser.context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
    const manifest = await cdp.send('Page.getAppManifest');
    assert.deepEqual(manifest.errors, []);
    assert.match(manifest.url, /\/siar\/manifest\.webmanifest$/);
  });

  test('no request leaves the origin, on any page', async () => {
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(server.url());
    const files = new PlanFiles(page);
    await files.chooseFile(FIXTURE);
    await files.preview().waitFor();
    await files.apply();
    for (const hash of ['#/kalender', '#/tugas', '#/ide', '#/liputan', '#/desain', '#/evaluasi', '#/tim', '#/pengaturan']) {
      await page.goto(server.url(hash));
      await page.locator('main h1').first().waitFor();
    }
    const outside = requests.filter((u) => !u.startsWith(server.origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:'));
    assert.deepEqual(outside, []);
    assert.ok(requests.length > 5);
  });

  test('a new deployment is offered with "Muat ulang", and the old cache goes', async () => {
    await page.goto(server.url('#/kalender'));
    await controlled(page);
    const before = await page.evaluate(() => caches.keys());
    assert.equal(before.length, 1);
    // Deploy a new version: the same files, a new service worker.
    const sw = join(server.dir, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/const VERSION = '[^']+'/, "const VERSION = 'e2e-next'"));
    await page.reload();
    const prompt = page.getByTestId('update-prompt');
    await prompt.getByText('Versi baru Siar tersedia.').waitFor();
    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Muat ulang' }).click()]);
    await page.getByRole('heading', { level: 1, name: 'Kalender' }).waitFor();
    await page.waitForFunction(async () => (await caches.keys()).join() === 'siar-e2e-next');
    assert.equal(await prompt.count(), 0);
  });

  test('a plan is shared as a file where the phone can, and downloaded where it cannot', async () => {
    // A phone's share sheet, stood in for: it receives the file.
    await page.addInitScript(() => {
      window.__shared = [];
      navigator.canShare = (data) => Array.isArray(data.files) && data.files.length === 1;
      navigator.share = async (data) => {
        const f = data.files[0];
        window.__shared.push({ name: f.name, type: f.type, text: await f.text() });
      };
    });
    await page.goto(server.url());
    const files = new PlanFiles(page);
    await files.chooseFile(FIXTURE);
    await files.preview().waitFor();
    await files.apply();
    await files.openExport();
    await page.getByTestId('share-plan').click();
    await page.waitForFunction(() => window.__shared.length === 1);
    const [shared] = await page.evaluate(() => window.__shared);
    assert.match(shared.name, /\.json$/);
    assert.equal(shared.type, 'application/json');
    assert.equal(JSON.parse(shared.text).format, 'siar.plan');
  });

  test('without a share sheet, Bagikan downloads the plan file', async () => {
    await page.addInitScript(() => {
      delete Navigator.prototype.canShare;
      delete Navigator.prototype.share;
    });
    await page.goto(server.url());
    const files = new PlanFiles(page);
    await files.openExport();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('share-plan').click()]);
    assert.match(download.suggestedFilename(), /\.json$/);
  });

  test('a phone (360×640, touch) creates a post and moves it without dragging', async () => {
    await browser.close();
    browser = await launchBrowser({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });
    page = await browser.context.newPage();
    await page.goto(server.url('#/kalender'));
    // Narrow screens open on the agenda.
    await page.getByRole('button', { name: 'Agenda', exact: true, pressed: true }).waitFor();
    await page.getByTestId('new-post').tap();
    await page.locator('#post-title').fill('Info layanan keliling');
    await page.locator('#post-date').fill('2026-12-03');
    await page.getByRole('checkbox', { name: 'Instagram' }).tap();
    await page.getByTestId('post-save').tap();
    await page.getByTestId('post-editor').waitFor({ state: 'hidden' });
    await page.goto(server.url('#/kalender?tanggal=2026-12-01'));
    const chip = page.locator('[data-date="2026-12-03"]').getByTestId('post-chip').filter({ hasText: 'Info layanan keliling' });
    await chip.waitFor();
    // Tap targets are at least 44 px high in the navigation and the toolbar.
    for (const box of await page.locator('.mainnav a, .cal-toolbar button').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))) {
      assert.ok(box >= 43.5, `a control is ${box}px high`);
    }
    await chip.getByRole('button', { name: 'Pindahkan Info layanan keliling ke…' }).tap();
    await page.locator('dialog[open] input[type="date"]').fill('2026-12-05');
    await page.locator('dialog[open] input[type="date"]').press('Enter');
    await page.locator('[data-date="2026-12-05"]').getByText('Info layanan keliling').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the calendar scrolls sideways by ${overflow}px`);
  });
});
