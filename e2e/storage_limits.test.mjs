// End-to-end tests of the storage's limits: a browser whose storage quota
// is used up (Chromium's own quota, lowered through the DevTools protocol,
// not a stubbed IndexedDB), and a browser where IndexedDB cannot be opened
// at all (private modes, policies).
//
// What each test proves:
// - "does not fit": with the origin's quota lowered below its usage
//   (Storage.overrideQuotaForOrigin; IndexedDB honours it after its cached
//   free space expires, about 30 s), saving a new post with a 60,000-
//   character caption shows the page's WriteFailed notice (storage.quota
//   reason) and the editor's own message, the editor keeps the title and
//   caption; an import is refused whole; every entry of every record store
//   is byte for byte as before; with room again the same import goes
//   through. It also reports whether the page's notice is visible above an
//   open modal dialog (it is not).
// - "without IndexedDB": with indexedDB.open throwing, the storage banner
//   shows its exact text; a plan file can still be opened and its December
//   posts are listed on the calendar (in memory); after a reload they are
//   gone, as the banner says.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { launchBrowser, startStaticServer, watchErrors } from './support/harness.mjs';
import { Shell } from './pages/shell.mjs';
import { PlanFiles } from './pages/plan_files.mjs';
import { PostEditor } from './pages/post_editor.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const FIXTURE = join(resolve(here, '../../shared/fixtures'), 'plan-bengkayang-2026-12.json');
const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8'));
const KINDS = ['members', 'pillars', 'posts', 'ideas', 'coverage', 'special_days', 'slots', 'workspace'];
const WRITE_FAILED =
  'Perubahan tidak tersimpan: ruang penyimpanan browser penuh. Data yang sudah tersimpan tetap utuh. ' +
  'Kosongkan sebagian ruang penyimpanan lalu coba lagi.';
const UNAVAILABLE =
  'Penyimpanan browser (IndexedDB) tidak tersedia, misalnya karena mode penyamaran. Anda tetap bisa bekerja, ' +
  'tetapi perubahan akan hilang saat halaman ditutup. Buka Siar di jendela biasa agar data tersimpan.';

/** Every entry of every store, straight from IndexedDB, as JSON text by store and key. */
async function storedEntries(page) {
  return page.evaluate(async (stores) => {
    const db = await new Promise((res, rej) => {
      const r = indexedDB.open('siar');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const out = {};
    for (const store of stores) {
      const os = db.transaction(store).objectStore(store);
      const [keys, values] = await Promise.all(
        [os.getAllKeys(), os.getAll()].map((r) => new Promise((res) => (r.onsuccess = () => res(r.result)))),
      );
      out[store] = Object.fromEntries(keys.map((k, i) => [k, JSON.stringify(values[i])]));
    }
    db.close();
    return out;
  }, KINDS);
}

/** Whether the middle of `locator` is what the person sees there (not covered by a modal dialog). */
async function onTop(locator) {
  return locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return el.contains(hit);
  });
}

let server;
before(async () => {
  server = await startStaticServer();
});
after(async () => {
  await server?.stop();
});

describe('storage full', () => {
  let browser, page, cdp;
  beforeEach(async () => {
    browser = await launchBrowser();
    page = await browser.context.newPage();
    cdp = await browser.context.newCDPSession(page);
  });
  afterEach(async () => {
    await browser.close();
  });

  test('a post or an import that does not fit: a clear message, the form keeps the text, nothing stored is lost', async (t) => {
    const errors = watchErrors(page);
    const shell = new Shell(page);
    const files = new PlanFiles(page);
    const editor = new PostEditor(page);
    await page.goto(server.url('#/kalender?tampilan=bulan&tanggal=2026-12-01'));
    await shell.heading('Kalender').waitFor();
    await files.chooseFile(FIXTURE);
    await files.preview().waitFor();
    await files.apply();
    const before = await storedEntries(page);
    assert.equal(Object.keys(before.posts).length, fixture.posts.length);

    // The origin's quota is now below what it already uses. Chromium's
    // IndexedDB keeps the space left in a cache for some seconds (about
    // 30 s here), so wait until a throwaway write to another database of
    // the same origin is refused; navigator.storage.estimate() does not
    // show overrides at all.
    const { usage } = await cdp.send('Storage.getUsageAndQuota', { origin: server.origin });
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.origin, quotaSize: Math.floor(usage / 2) });
    assert.equal((await cdp.send('Storage.getUsageAndQuota', { origin: server.origin })).overrideActive, true);
    const refused = () =>
      page.evaluate(async () => {
        const db = await new Promise((res, rej) => {
          const r = indexedDB.open('quota-probe');
          r.onupgradeneeded = () => r.result.createObjectStore('probe');
          r.onsuccess = () => res(r.result);
          r.onerror = () => rej(r.error);
        });
        const no = await new Promise((res) => {
          const tx = db.transaction('probe', 'readwrite');
          tx.objectStore('probe').put('x'.repeat(100_000), 'probe');
          tx.oncomplete = () => res(false);
          tx.onabort = () => res(tx.error?.name === 'QuotaExceededError');
        });
        db.close();
        return no;
      });
    const since = Date.now();
    while (!(await refused())) {
      assert.ok(Date.now() - since < 90_000, 'IndexedDB never honoured the lowered quota');
      await page.waitForTimeout(2000);
    }
    t.diagnostic(`IndexedDB refused writes ${Math.round((Date.now() - since) / 1000)} s after the quota was lowered`);

    // A new post with a long caption.
    const title = 'Laporan lengkap Musrenbang Kecamatan Seluas';
    const caption = 'Musyawarah perencanaan pembangunan tingkat kecamatan. '.repeat(1200).slice(0, 60_000);
    await page.getByTestId('new-post').click();
    await editor.waitOpen();
    await page.locator('#post-title').fill(title);
    await page.locator('#post-date').fill('2026-12-10');
    await editor.root.getByRole('checkbox', { name: 'Instagram' }).check();
    await editor.caption().fill(caption);
    await page.getByTestId('post-save').click();

    const alert = page.getByTestId('notice-error');
    await alert.waitFor();
    assert.equal((await alert.innerText()).replace(/\s*×\s*$/, ''), WRITE_FAILED);
    assert.equal(await alert.getAttribute('role'), 'alert');
    await editor.root.getByTestId('post-write-failed').waitFor();
    assert.ok(await editor.root.isVisible(), 'the editor stays open');
    assert.equal(await page.locator('#post-title').inputValue(), title);
    assert.equal(await editor.caption().inputValue(), caption);
    assert.deepEqual(await storedEntries(page), before, 'nothing stored changed');

    t.diagnostic(`the page's write-failed notice, with the post editor open, is ${(await onTop(alert)) ? 'on top' : 'under the modal editor'}`);

    // An import that does not fit: refused whole, the data as it was.
    // Closing the editor asks once about the unsaved post.
    await page.keyboard.press('Escape');
    await editor.root.getByRole('button', { name: 'Tutup tanpa menyimpan' }).click();
    await editor.root.waitFor({ state: 'hidden' });
    await alert.getByRole('button', { name: 'Tutup pesan' }).click();
    await alert.waitFor({ state: 'detached' });
    const incoming = {
      ...fixture,
      posts: fixture.posts.map((p, i) => ({ ...p, id: `penuh-${i}`, caption: caption.slice(0, 20_000) })),
    };
    await files.chooseContent('penuh.json', JSON.stringify(incoming));
    await files.preview().waitFor();
    await files.dialog().getByRole('button', { name: 'Terapkan' }).click();
    await alert.waitFor();
    assert.equal((await alert.innerText()).replace(/\s*×\s*$/, ''), WRITE_FAILED);
    assert.ok(await files.preview().isVisible(), 'the preview stays, to try again');
    // The page's notice is behind the modal backdrop: the dialog says it too.
    const inDialog = files.dialog().getByTestId('import-write-failed');
    await inDialog.waitFor();
    assert.equal(await inDialog.innerText(), WRITE_FAILED);
    assert.equal(await inDialog.getAttribute('role'), 'alert');
    await files.close();
    assert.deepEqual(await storedEntries(page), before, 'nothing stored changed');
    assert.equal(await page.getByTestId('post-chip').filter({ hasText: fixture.posts[1].title }).count() > 0, true);

    // Room again: the same import goes through.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.origin });
    await alert.getByRole('button', { name: 'Tutup pesan' }).click();
    await files.chooseContent('penuh.json', JSON.stringify(incoming));
    await files.preview().waitFor();
    await files.apply();
    const afterwards = await storedEntries(page);
    assert.equal(Object.keys(afterwards.posts).length, 2 * fixture.posts.length);
    for (const [key, value] of Object.entries(before.posts)) assert.equal(afterwards.posts[key], value);
    assert.equal(await alert.count(), 0);

    // The expected errors are the storage's own; the app threw nothing.
    assert.deepEqual(
      errors.filter((e) => !/Quota|quota/.test(e)),
      [],
    );
  });
});

describe('no storage', () => {
  let browser, page;
  beforeEach(async () => {
    browser = await launchBrowser();
    page = await browser.context.newPage();
  });
  afterEach(async () => {
    await browser.close();
  });

  test('without IndexedDB the banner says so, and a plan file can still be opened and its posts seen', async () => {
    // As in browsers that refuse IndexedDB (private modes, policies):
    // opening throws.
    await page.addInitScript(() => {
      IDBFactory.prototype.open = function () {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
    });
    const errors = watchErrors(page);
    const shell = new Shell(page);
    const files = new PlanFiles(page);
    await page.goto(server.url('#/kalender?tampilan=agenda&bulan=2026-12'));
    await shell.heading('Kalender').waitFor();
    const banner = page.getByTestId('storage-banner');
    await banner.waitFor();
    assert.equal(await banner.innerText(), UNAVAILABLE);
    assert.equal(await banner.getAttribute('role'), 'alert');

    await files.chooseFile(FIXTURE);
    await files.preview().waitFor();
    assert.equal((await files.counts('posts')).added, fixture.posts.length);
    await files.apply();
    await page.getByRole('heading', { name: 'Desember 2026', exact: true }).waitFor();
    const december = fixture.posts.filter((p) => !p.deleted && p.date.startsWith('2026-12'));
    const chips = page.getByTestId('agenda').getByTestId('post-chip');
    await chips.first().waitFor();
    assert.equal(await chips.count(), december.length);
    for (const post of december.slice(0, 5)) {
      assert.ok((await chips.filter({ hasText: post.title }).count()) > 0, post.title);
    }
    assert.ok(await banner.isVisible(), 'the banner stays');
    assert.equal(await page.getByTestId('notice-error').count(), 0, 'no write failure is claimed');

    // As the banner says, the work is gone after the page is closed.
    await page.reload();
    await shell.heading('Kalender').waitFor();
    await banner.waitFor();
    assert.equal(await page.getByTestId('post-chip').count(), 0);
    assert.deepEqual(
      errors.filter((e) => !/IndexedDB unavailable/.test(e)),
      [],
    );
  });
});
