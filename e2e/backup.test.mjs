// End-to-end tests of backups ("Cadangan"): the reminder to download one
// while the data lives only in this browser, and the automatic snapshots
// on Pengaturan that put the data back as it was ("Pulihkan").
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { launchBrowser, startStaticServer, watchErrors } from './support/harness.mjs';
import { Shell } from './pages/shell.mjs';
import { PlanFiles } from './pages/plan_files.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const FIXTURE = join(resolve(here, '../../shared/fixtures'), 'plan-bengkayang-2026-12.json');
const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8'));
const POSTS = fixture.posts.filter((p) => !p.deleted).length;

/** How many entries each record store holds, straight from IndexedDB. */
async function storedCounts(page) {
  return page.evaluate(async () => {
    const db = await new Promise((res, rej) => {
      const r = indexedDB.open('siar');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const out = {};
    for (const store of ['members', 'posts', 'ideas', 'coverage']) {
      out[store] = await new Promise((res) => {
        const r = db.transaction(store).objectStore(store).count();
        r.onsuccess = () => res(r.result);
      });
    }
    const ws = await new Promise((res) => {
      const r = db.transaction('workspace').objectStore('workspace').get('workspace');
      r.onsuccess = () => res(r.result?.record);
    });
    out.workspace = ws?.name;
    db.close();
    return out;
  });
}

let server;
before(async () => {
  server = await startStaticServer();
});
after(async () => {
  await server?.stop();
});

describe('backups', () => {
  let browser, page, errors, shell, files;
  beforeEach(async () => {
    browser = await launchBrowser();
    page = await browser.context.newPage();
    errors = watchErrors(page);
    shell = new Shell(page);
    files = new PlanFiles(page);
    await page.goto(server.url('#/pengaturan'));
    await shell.heading('Pengaturan').waitFor();
  });
  afterEach(async () => {
    await browser.close();
  });

  test('restore a snapshot: the data is back as it was, also after a reload', async () => {
    const section = page.getByTestId('snapshots');
    await section.getByText('Belum ada cadangan otomatis.').waitFor();
    assert.equal(await page.getByTestId('backup-banner').count(), 0, 'nothing changed yet: no reminder');

    // Importing first keeps the state before it (a fresh install).
    await files.chooseFile(FIXTURE);
    await files.preview().waitFor();
    await files.apply();
    const rows = section.getByTestId('snapshot');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 1);
    assert.match(await rows.first().innerText(), /0 konten, 0 liputan, 0 ide, 0 anggota/);
    const imported = await storedCounts(page);
    assert.equal(imported.posts, fixture.posts.length);
    assert.equal(imported.workspace, fixture.workspace.name);

    // Restoring that empty snapshot replaces the data; the imported state
    // is kept first as a new snapshot.
    await rows.first().getByRole('button', { name: /^Pulihkan cadangan / }).click();
    const dialog = page.locator('dialog[open]');
    await dialog.getByText('Data sekarang diganti dengan cadangan ini.', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Ya, pulihkan' }).click();
    await page.getByText(/^Cadangan .* dipulihkan\.$/).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await rows.nth(1).waitFor();
    assert.equal(await rows.count(), 2);
    const emptied = await storedCounts(page);
    assert.deepEqual([emptied.members, emptied.posts, emptied.ideas, emptied.coverage], [0, 0, 0, 0]);
    assert.notEqual(emptied.workspace, fixture.workspace.name);
    assert.notEqual(await page.getByTestId('workspace-name').innerText(), fixture.workspace.name);

    // The newest snapshot holds the imported plan: restoring it brings
    // every record back.
    // Matched on the counts line alone: the row's text runs the time into
    // it ("pukul 08.04" + "0 konten" reads "…08.040 konten").
    const newest = rows.filter({ has: page.locator('.hint', { hasText: new RegExp(`^${POSTS} konten`) }) });
    assert.equal(await newest.count(), 1);
    await newest.getByRole('button', { name: /^Pulihkan cadangan / }).click();
    await dialog.getByRole('button', { name: 'Ya, pulihkan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('workspace-name').getByText(fixture.workspace.name).waitFor();
    assert.deepEqual(await storedCounts(page), imported);
    assert.equal(await rows.count(), 3);

    await page.reload();
    await shell.heading('Pengaturan').waitFor();
    await page.getByTestId('workspace-name').getByText(fixture.workspace.name).waitFor();
    assert.deepEqual(await storedCounts(page), imported);
    await page.goto(server.url('#/kalender?tampilan=agenda&bulan=2026-12'));
    await page.getByRole('heading', { name: 'Desember 2026', exact: true }).waitFor();
    assert.ok((await page.getByTestId('agenda').getByTestId('post-chip').count()) > 0, 'posts are shown again');
    assert.deepEqual(errors, []);
  });

  test('the reminder shows with changes and no backup, goes after a download, and returns after 7 days', async () => {
    await files.chooseFile(FIXTURE);
    await files.preview().waitFor();
    await files.apply();
    const banner = page.getByTestId('backup-banner');
    await banner.getByText('belum pernah dicadangkan', { exact: false }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      banner.getByRole('button', { name: 'Unduh cadangan' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /\.json$/);
    const plan = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.equal(plan.posts.length, fixture.posts.length);
    await banner.waitFor({ state: 'detached' });
    await page.reload();
    await shell.heading('Pengaturan').waitFor();
    await page.getByTestId('workspace-name').getByText(fixture.workspace.name).waitFor();
    assert.equal(await banner.count(), 0, 'a fresh backup: no reminder');

    // Nine days ago, with changes since: the reminder is back.
    await page.evaluate(() => {
      const old = new Date(Date.now() - 9 * 86_400_000).toISOString();
      localStorage.setItem('siar.last_backup', JSON.stringify(old));
    });
    await page.reload();
    await shell.heading('Pengaturan').waitFor();
    const last = new Date(Date.now() - 9 * 86_400_000).toISOString();
    const changedAfter = [...fixture.posts, ...fixture.ideas].some((r) => r.updated_at > last);
    await page.getByTestId('workspace-name').getByText(fixture.workspace.name).waitFor();
    if (changedAfter) {
      await banner.getByText('Cadangan terakhir: 9 hari lalu.', { exact: false }).waitFor();
    } else {
      // Nothing changed after that backup: no reminder, however old.
      await page.waitForTimeout(300);
      assert.equal(await banner.count(), 0, 'no change since the last backup');
    }

    // Long ago, and the fixture changed since: the reminder shows.
    await page.evaluate(() => {
      localStorage.setItem('siar.last_backup', JSON.stringify('2020-01-01T00:00:00Z'));
    });
    await page.reload();
    await shell.heading('Pengaturan').waitFor();
    await banner.getByText(/Cadangan terakhir: \d+ hari lalu\./).waitFor();
    await page.setViewportSize({ width: 360, height: 740 });
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'no sideways scroll at 360 px');
    await banner.getByRole('button', { name: 'Nanti' }).click();
    await banner.waitFor({ state: 'detached' });
    assert.deepEqual(errors, []);
  });
});
