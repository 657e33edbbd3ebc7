// End-to-end tests of crash recovery: the plain-JavaScript recovery screen
// (public/recovery.js) when the app fails to start or panics, with a
// backup read straight from IndexedDB; and an import interrupted by a
// renderer crash in the middle of its IndexedDB transaction, which must
// leave all of the plan or none of it.
//
// What each test proves:
// - "a start that fails": with the wasm answered 404, the screen comes up
//   by itself (no start, a load error), in Indonesian; its backup, read by
//   recovery.js alone, is a plan file with the spec's top level (format,
//   version, exported_at, exported_by, workspace, every kind), holds every
//   stored record of every kind sorted by id, tombstones included, a record
//   field for field as stored, and the app's own importer accepts it as
//   "nothing new"; "Muat ulang" with the wasm back starts the app on the
//   same data.
// - "a panic": the screen covers a running app when the event the panic
//   hook (src/browser/panic.rs) dispatches arrives, shows its message,
//   offers a backup of a fresh install; in English when the device chose
//   English; an uncaught WebAssembly.RuntimeError (a trap) shows it too.
//   No real Rust panic is caused: the app has no natural panic path and no
//   test-only trigger is built in, so the hook's own dispatch is covered by
//   clippy and review, not by this test.
// - "with nothing stored": the backup of a profile without a database says
//   so and does not create an empty database the app would then migrate
//   wrongly; the app then starts with its defaults.
// - "an import cut short by a crash": a 3,000-post import whose renderer is
//   killed (CDP Page.crash) halfway through queuing the posts, or just after
//   the transaction asked to commit, leaves the post store with all or none
//   of the new posts and every earlier post (halfway: none).
//
// The service worker is blocked in these tests: page.route does not see
// requests a service worker answers from its cache, and the failures here
// are made by routing the wasm file.
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
const KINDS = ['members', 'pillars', 'posts', 'ideas', 'coverage', 'special_days', 'slots'];
const WASM = /\.wasm$/;

/** Keys and ids of every record store, straight from IndexedDB. */
async function storedIds(page) {
  return page.evaluate(async (kinds) => {
    const db = await new Promise((res, rej) => {
      const r = indexedDB.open('siar');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const out = {};
    for (const store of kinds) {
      out[store] = await new Promise((res) => {
        const r = db.transaction(store).objectStore(store).getAllKeys();
        r.onsuccess = () => res(r.result);
      });
    }
    db.close();
    return out;
  }, KINDS);
}

/** Whether a database named `siar` exists, without creating one. */
async function databaseExists(page) {
  return page.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'siar'));
}

let server;
before(async () => {
  server = await startStaticServer();
});
after(async () => {
  await server?.stop();
});

describe('recovery screen', () => {
  let browser, page, shell, files;
  beforeEach(async () => {
    browser = await launchBrowser({ serviceWorkers: 'block' });
    page = await browser.context.newPage();
    shell = new Shell(page);
    files = new PlanFiles(page);
  });
  afterEach(async () => {
    await browser.close();
  });

  test('a start that fails shows the screen in Indonesian; its backup holds every record; Muat ulang brings the app back', async (t) => {
    const errors = watchErrors(page);
    await page.goto(server.url('#/kalender'));
    await shell.heading('Kalender').waitFor();
    await files.chooseFile(FIXTURE);
    await files.preview().waitFor();
    await files.apply();
    // One post deleted by a colleague: the tombstone must reach the backup.
    const gone = fixture.posts[0];
    const tombstone = { ...gone, deleted: true, updated_at: '2026-11-28T00:00:00Z' };
    await files.chooseContent('hapus.json', JSON.stringify({ ...fixture, posts: [tombstone] }));
    await files.preview().waitFor();
    assert.equal((await files.counts('posts')).deleted, 1);
    await files.apply();
    const stored = await storedIds(page);
    assert.equal(stored.posts.length, fixture.posts.length);
    assert.deepEqual(errors, []);

    // The wasm file is missing (a half-finished deployment, a cut download).
    await page.route(WASM, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }));
    await page.reload();
    const screen = page.getByTestId('recovery');
    await screen.waitFor({ timeout: 15_000 });
    assert.equal(await screen.getAttribute('data-reason'), 'start');
    assert.equal(await screen.getAttribute('lang'), 'id');
    await screen.getByRole('heading', { level: 1, name: 'Siar tidak dapat dimulai' }).waitFor();
    await screen.getByText('Data yang sudah tersimpan di perangkat ini tidak terhapus.', { exact: false }).waitFor();
    assert.equal(await shell.nav().count(), 0, 'the app never mounted');
    await screen.getByText('Keterangan teknis', { exact: true }).click();
    const details = await screen.locator('details pre').innerText();
    assert.match(details, /wasm|WebAssembly/i, details);
    t.diagnostic(`technical details of the failed start: ${details.replace(/\n/g, ' | ')}`);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      screen.getByRole('button', { name: 'Unduh cadangan' }).click(),
    ]);
    const name = download.suggestedFilename();
    assert.match(name, /^siar-[a-z0-9-]+-\d{8}\.json$/);
    const text = readFileSync(await download.path(), 'utf8');
    const backup = JSON.parse(text);
    const live = fixture.posts.filter((p) => !p.deleted && p.id !== gone.id);
    await screen.getByTestId('recovery-status').getByText(`Cadangan diunduh: ${name} (${live.length} konten).`).waitFor();

    // The spec's top level: format and version exactly, then the rest.
    assert.equal(backup.format, 'siar.plan');
    assert.equal(backup.version, 1);
    assert.match(backup.exported_at, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    assert.equal(backup.exported_by, null);
    assert.deepEqual(Object.keys(backup), ['format', 'version', 'exported_at', 'exported_by', 'workspace', ...KINDS]);
    assert.equal(backup.workspace.id, fixture.workspace.id);
    assert.equal(backup.workspace.name, fixture.workspace.name);
    // Every stored record of every kind, sorted by id, tombstones kept.
    for (const kind of KINDS) {
      const ids = backup[kind].map((r) => r.id);
      assert.deepEqual(ids, [...stored[kind]].sort(), kind);
      for (const record of fixture[kind]) assert.ok(ids.includes(record.id), `${kind} ${record.id}`);
    }
    assert.deepEqual(
      backup.posts.filter((p) => !p.deleted).map((p) => p.id).sort(),
      live.map((p) => p.id).sort(),
    );
    const kept = backup.posts.find((p) => p.id === gone.id);
    assert.equal(kept.deleted, true);
    assert.equal(kept.title, gone.title);
    const sample = fixture.posts[1];
    assert.deepEqual(
      backup.posts.find((p) => p.id === sample.id),
      { ...sample },
      'a record comes back field for field',
    );

    // The wasm is back: Muat ulang starts the app with the data.
    await page.unroute(WASM);
    await Promise.all([
      page.waitForEvent('load'),
      screen.getByRole('button', { name: 'Muat ulang' }).click(),
    ]);
    await shell.heading('Kalender').waitFor();
    assert.equal(await screen.count(), 0);
    assert.deepEqual(await storedIds(page), stored);
    await page.goto(server.url(`#/kalender?tampilan=agenda&bulan=2026-12`));
    await page.getByRole('heading', { name: 'Desember 2026', exact: true }).waitFor();
    const december = live.filter((p) => p.date.startsWith('2026-12'));
    await page.getByTestId('agenda').getByTestId('post-chip').first().waitFor();
    assert.equal(await page.getByTestId('agenda').getByTestId('post-chip').count(), december.length);

    // And the backup is a plan file the app itself accepts: importing it
    // changes nothing.
    await files.chooseContent(name, text);
    await files.preview().waitFor();
    assert.deepEqual(await files.counts('posts'), { added: 0, updated: 0, unchanged: fixture.posts.length, deleted: 0 });
    await files.close();
  });

  test('a panic shows the screen over the app, in the language chosen on the device', async () => {
    const errors = watchErrors(page);
    await page.goto(server.url('#/kalender'));
    await shell.heading('Kalender').waitFor();
    // What the panic hook (src/browser/panic.rs) dispatches before the abort.
    await page.evaluate(() => {
      window.dispatchEvent(new CustomEvent('siar-panic', { detail: 'panicked at src/ui/x.rs:1:1:\nuji' }));
    });
    const screen = page.getByTestId('recovery');
    await screen.waitFor();
    assert.equal(await screen.getAttribute('data-reason'), 'panic');
    await screen.getByRole('heading', { level: 1, name: 'Siar berhenti karena kesalahan' }).waitFor();
    assert.equal(await shell.heading('Kalender').isVisible(), false, 'the dead app is hidden');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'siar-recovery-title');
    await screen.getByText('Keterangan teknis', { exact: true }).click();
    await screen.getByText('panicked at src/ui/x.rs:1:1:', { exact: false }).waitFor();

    // A fresh install: the backup holds the defaults and no post.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      screen.getByRole('button', { name: 'Unduh cadangan' }).click(),
    ]);
    const backup = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.equal(backup.format, 'siar.plan');
    assert.equal(backup.posts.length, 0);
    assert.equal(backup.pillars.length, 8);
    assert.equal(backup.workspace.id, 'workspace');

    // In English when the device chose English.
    await page.evaluate(() => localStorage.setItem('siar.language', JSON.stringify('en')));
    await page.reload();
    await shell.heading('Calendar').waitFor();
    // A trap of the wasm instance that no hook announced (what an abort
    // leaves when the hook could not run) is recognised too.
    await page.evaluate(() => {
      setTimeout(() => {
        throw new WebAssembly.RuntimeError('unreachable');
      });
    });
    await screen.getByRole('heading', { level: 1, name: 'Siar stopped because of an error' }).waitFor();
    assert.equal(await screen.getAttribute('data-reason'), 'panic');
    assert.equal(await screen.getAttribute('lang'), 'en');
    await screen.getByRole('button', { name: 'Download backup' }).waitFor();
    await screen.getByRole('button', { name: 'Reload' }).click();
    await shell.heading('Calendar').waitFor();
    assert.equal(await screen.count(), 0);
    assert.deepEqual(
      errors.filter((e) => !/unreachable/.test(e)),
      [],
    );
  });

  test('with nothing stored, a failed start offers no backup and creates no database', async () => {
    await page.route(WASM, (route) => route.abort('failed'));
    await page.goto(server.url('#/kalender'));
    const screen = page.getByTestId('recovery');
    await screen.waitFor({ timeout: 15_000 });
    await screen.getByRole('button', { name: 'Unduh cadangan' }).click();
    await screen
      .getByTestId('recovery-status')
      .getByText('Tidak ada data tersimpan di perangkat ini', { exact: false })
      .waitFor();
    assert.equal(await databaseExists(page), false, 'the backup did not create an empty database');

    // The app then starts normally and makes its database as usual.
    await page.unroute(WASM);
    await Promise.all([page.waitForEvent('load'), screen.getByRole('button', { name: 'Muat ulang' }).click()]);
    await shell.heading('Kalender').waitFor();
    await page.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === 'siar' && d.version >= 5));
    const ids = await storedIds(page);
    assert.equal(ids.pillars.length, 8, 'migrations ran from the start: defaults are there');
  });
});

/** A valid plan of `count` new posts shaped like the fixture's. */
function bigPlan(count) {
  const base = fixture.posts[0];
  const posts = [];
  for (let i = 0; i < count; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    posts.push({
      ...base,
      id: `bulk-${String(i).padStart(5, '0')}`,
      title: `Konten massal ${i + 1}`,
      date: `2027-01-${day}`,
      caption: `Keterangan konten massal nomor ${i + 1}. ${base.caption}`,
      coverage_id: null,
      created_at: '2026-11-20T01:00:00Z',
      updated_at: '2026-11-20T01:00:00Z',
    });
  }
  return { ...fixture, exported_at: '2026-11-29T00:00:00Z', posts };
}

/**
 * Makes the page stop inside the import's IndexedDB transaction: at the
 * `hold`-th post put (or right after commit() when `hold` is "commit"), a
 * synchronous request to `__siar-hold` blocks the page's main thread; the
 * test answers it never and crashes the renderer instead. Observes only:
 * no write is changed, added or left out.
 */
function holdInsideImport(hold) {
  const isImport = (names) => names.includes('posts') && names.includes('workspace');
  const transaction = IDBDatabase.prototype.transaction;
  const put = IDBObjectStore.prototype.put;
  const commit = IDBTransaction.prototype.commit;
  const marked = new WeakSet();
  let puts = 0;
  const block = () => {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', '__siar-hold', false);
    try {
      xhr.send();
    } catch (_) {
      /* the page is gone before this returns */
    }
  };
  IDBDatabase.prototype.transaction = function (names, mode, ...rest) {
    const tx = transaction.call(this, names, mode, ...rest);
    const list = typeof names === 'string' ? [names] : Array.from(names);
    if (mode === 'readwrite' && isImport(list)) marked.add(tx);
    return tx;
  };
  IDBObjectStore.prototype.put = function (...args) {
    const request = put.apply(this, args);
    if (marked.has(this.transaction) && this.name === 'posts' && ++puts === hold) block();
    return request;
  };
  IDBTransaction.prototype.commit = function () {
    const result = commit.call(this);
    if (hold === 'commit' && marked.has(this)) block();
    return result;
  };
}

describe('an import cut short by a crash', () => {
  const COUNT = 3000;
  const plan = bigPlan(COUNT);
  let browser;
  beforeEach(async () => {
    browser = await launchBrowser({ serviceWorkers: 'block' });
  });
  afterEach(async () => {
    await browser.close();
  });

  for (const [label, hold] of [
    ['halfway through the posts being written', COUNT / 2],
    ['right after the transaction asked to commit', 'commit'],
  ]) {
    test(`stores all of the plan or none of it: crash ${label}`, async (t) => {
      const context = browser.context;
      const page = await context.newPage();
      const shell = new Shell(page);
      const files = new PlanFiles(page);
      await page.goto(server.url('#/kalender'));
      await shell.heading('Kalender').waitFor();
      await files.chooseFile(FIXTURE);
      await files.preview().waitFor();
      await files.apply();
      const before = await storedIds(page);
      assert.equal(before.posts.length, fixture.posts.length);

      const cdp = await context.newCDPSession(page);
      await page.evaluate(holdInsideImport, hold);
      let held;
      const holding = new Promise((res) => {
        held = res;
      });
      await page.route('**/__siar-hold', () => held()); // never answered
      await files.chooseContent('besar.json', JSON.stringify(plan));
      await files.preview().waitFor({ timeout: 30_000 });
      assert.equal((await files.counts('posts')).added, COUNT);
      // The click does not return: the page stops inside its handler's task.
      files.dialog().getByRole('button', { name: 'Terapkan' }).click({ noWaitAfter: true }).catch(() => {});
      await holding;

      // The renderer dies with the transaction open.
      const crashed = page.waitForEvent('crash');
      cdp.send('Page.crash').catch(() => {});
      await crashed;
      await page.close().catch(() => {});

      // Same profile, a new page: the app opens with a whole plan.
      const again = await context.newPage();
      const errors = watchErrors(again);
      await again.goto(server.url('#/kalender'));
      await new Shell(again).heading('Kalender').waitFor();
      const after = await storedIds(again);
      const bulk = after.posts.filter((id) => id.startsWith('bulk-')).length;
      assert.ok(bulk === 0 || bulk === COUNT, `all or none of the new posts, not ${bulk}`);
      if (hold !== 'commit') {
        // Stopped before the task that queued the writes ended, the
        // transaction could not commit: half of it was written, none kept.
        assert.equal(bulk, 0);
      }
      for (const id of before.posts) assert.ok(after.posts.includes(id), `kept ${id}`);
      assert.equal(after.posts.length, before.posts.length + bulk);
      // The test reports which way it went (node --test prints diagnostics).
      t.diagnostic(`after the crash: ${bulk === 0 ? 'none' : 'all'} of the ${COUNT} new posts stored`);
      assert.deepEqual(errors, []);
    });
  }
});
