// End-to-end tests of the app shell, the Tim and Pengaturan pages and
// storage, on the release build served by a plain static server under a
// sub-path, in Debian's Chromium.
import assert from 'node:assert/strict';
import { after, before, beforeEach, afterEach, describe, test } from 'node:test';
import { launchBrowser, startStaticServer, watchErrors } from './support/harness.mjs';
import { Shell } from './pages/shell.mjs';
import { TeamPage } from './pages/team.mjs';
import { SettingsPage } from './pages/settings.mjs';

const NAV_ID = ['Kalender', 'Tugas saya', 'Ide', 'Liputan', 'Desain', 'Evaluasi', 'Tim', 'Pengaturan'];
const NAV_EN = ['Calendar', 'My tasks', 'Ideas', 'Coverage', 'Design', 'Evaluation', 'Team', 'Settings'];

let server;
before(async () => {
  server = await startStaticServer();
});
after(async () => {
  await server?.stop();
});

describe('app shell', () => {
  let browser, page, errors;
  beforeEach(async () => {
    browser = await launchBrowser();
    page = await browser.context.newPage();
    errors = watchErrors(page);
  });
  afterEach(async () => {
    await browser.close();
  });

  test('the first load is the shell and the calendar; pages load when opened, the calendar dialogs in the background', async () => {
    const shell = new Shell(page);
    const fetched = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => new URL(e.name).pathname)
          .filter((p) => p.includes('/split/')),
      );
    const has = (paths, name) => paths.some((p) => new RegExp(`/split/split_${name}_[0-9]+-[0-9a-f]{16}\\.wasm$`).test(p));
    await page.goto(server.url());
    await shell.heading('Kalender').waitFor();
    const atStart = await fetched();
    assert.ok(atStart.some((p) => /\/split\/link-[0-9a-f]{16}\.js$/.test(p)), `the link file loads: ${atStart}`);
    assert.ok(!has(atStart, 'pages'), 'no page but the calendar at the start');

    // Opening a post or importing a plan does not wait for its chunk.
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((e) => /\/split\/split_dialogs_/.test(e.name)),
    );
    assert.ok(!has(await fetched(), 'pages'), 'the pages still wait');
    await page.getByRole('link', { name: 'Desain' }).click();
    await shell.heading('Desain').waitFor();
    assert.ok(has(await fetched(), 'pages'), 'the pages arrive when one is opened');

    await page.getByRole('link', { name: 'Kalender' }).click();
    await page.getByRole('button', { name: /^Konten baru$/ }).click();
    await page.getByTestId('post-editor').waitFor();
    await page.locator('#post-title').fill('Dari modul terpisah');
    assert.deepEqual(errors, []);
  });

  test('opens in Indonesian on the calendar, with every page in the navigation', async () => {
    const shell = new Shell(page);
    await page.goto(server.url());
    await shell.heading('Kalender').waitFor();
    assert.match(page.url(), /\/siar\/#\/kalender$/);
    assert.deepEqual(await shell.navLabels(), NAV_ID);
    assert.equal(await page.getAttribute('html', 'lang'), 'id');
    await shell.expectCurrent('Kalender');
    for (const name of NAV_ID) {
      await shell.goTo(name);
      await shell.expectCurrent(name);
      // Evaluasi is no longer a placeholder: its indicators show.
      if (name === 'Evaluasi') {
        await page.getByRole('heading', { level: 2, name: 'Konsistensi' }).waitFor();
      }
    }
    assert.deepEqual(errors, []);
  });

  test('switches to English and remembers the choice after a reload', async () => {
    const shell = new Shell(page);
    await page.goto(server.url('#/tim'));
    await shell.heading('Tim').waitFor();
    await shell.chooseLanguage('en');
    await shell.heading('Team').waitFor();
    assert.deepEqual(await shell.navLabels(), NAV_EN);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await page.reload();
    await shell.heading('Team').waitFor();
    assert.deepEqual(await shell.navLabels(), NAV_EN);
    await shell.chooseLanguage('id');
    await shell.heading('Tim').waitFor();
    assert.deepEqual(errors, []);
  });

  test('a deep link reloads on a plain static server under a sub-path', async () => {
    const shell = new Shell(page);
    await page.goto(server.url('#/pengaturan'));
    await shell.heading('Pengaturan').waitFor();
    await page.reload();
    await shell.heading('Pengaturan').waitFor();
    await shell.expectCurrent('Pengaturan');
    // A second tab opened from a shared link lands on the same page.
    const other = await browser.context.newPage();
    await other.goto(server.url('#/liputan'));
    await new Shell(other).heading('Liputan').waitFor();
    // Back and forward move between pages.
    await shell.goTo('Tim');
    await page.goBack();
    await shell.heading('Pengaturan').waitFor();
    // An address that names no page lands on the last page used.
    await page.goto(server.url('#/tidak-ada'));
    await shell.heading('Pengaturan').waitFor();
    assert.deepEqual(errors, []);
  });

  test('every control has an accessible name', async () => {
    for (const hash of ['#/tim', '#/pengaturan']) {
      await page.goto(server.url(hash));
      await new Shell(page).waitUntilLoaded();
      const unnamed = await page.evaluate(() => {
        const controls = [...document.querySelectorAll('input, select, button, a[href], textarea')];
        return controls
          .filter((el) => {
            const labelled = el.labels && el.labels.length > 0;
            const aria = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
            const text = el.tagName === 'BUTTON' || el.tagName === 'A' ? el.textContent.trim() : '';
            return !labelled && !aria && !text;
          })
          .map((el) => el.outerHTML.slice(0, 120));
      });
      assert.deepEqual(unnamed, [], `unnamed controls on ${hash}`);
    }
  });
});

describe('team and settings', () => {
  let browser, page, errors;
  beforeEach(async () => {
    browser = await launchBrowser();
    page = await browser.context.newPage();
    errors = watchErrors(page);
  });
  afterEach(async () => {
    await browser.close();
  });

  test('a member and a pillar added are still there after a reload', async () => {
    const shell = new Shell(page);
    const team = new TeamPage(page);
    const settings = new SettingsPage(page);
    await page.goto(server.url('#/tim'));
    await shell.heading('Tim').waitFor();
    await page.getByText('Belum ada anggota').waitFor();

    await team.addMember('Mahasiswa Magang 1', 'intern');
    await page.getByText('Mahasiswa Magang 1 ditambahkan ke tim.').waitFor();
    assert.deepEqual(await team.memberNames(), ['Mahasiswa Magang 1']);
    assert.equal(await team.nameInput().inputValue(), '', 'the form is cleared once saved');

    await shell.goTo('Pengaturan');
    assert.equal((await settings.pillarNames()).length, 8, 'the eight default pillars');
    await settings.addPillar('Pariwisata Daerah', '#0a7ea4', 2);
    await page.getByText('Pilar Pariwisata Daerah ditambahkan.').waitFor();

    await page.reload();
    await shell.heading('Pengaturan').waitFor();
    const pillars = await settings.pillarNames();
    assert.equal(pillars.length, 9);
    assert.ok(pillars.includes('Pariwisata Daerah'));
    await shell.goTo('Tim');
    assert.deepEqual(await team.memberNames(), ['Mahasiswa Magang 1']);
    assert.equal(await page.getByLabel('Peran Mahasiswa Magang 1').inputValue(), 'intern');
    assert.deepEqual(errors, []);
  });

  test('an empty name is refused next to the field and nothing changes', async () => {
    const team = new TeamPage(page);
    await page.goto(server.url('#/tim'));
    await new Shell(page).heading('Tim').waitFor();
    await team.addMember('   ');
    await assert.doesNotReject(team.nameError().getByText('Nama wajib diisi.').waitFor());
    assert.equal(await team.nameError().getAttribute('role'), 'alert');
    assert.equal(await team.nameInput().getAttribute('aria-invalid'), 'true');
    assert.equal(await team.rows().count(), 0);
    await team.addMember('x'.repeat(201));
    await team.nameError().getByText('Nama paling banyak 200 karakter.').waitFor();
    assert.equal(await team.nameInput().inputValue(), 'x'.repeat(201), 'what was typed is kept');
    assert.equal(await team.rows().count(), 0);
  });

  test('renaming, changing role, deactivating and deleting a member persist', async () => {
    const shell = new Shell(page);
    const team = new TeamPage(page);
    await page.goto(server.url('#/tim'));
    await shell.heading('Tim').waitFor();
    await team.addMember('Fotografer Dinas', 'editor');
    await team.addMember('Kepala Bidang IKP', 'reviewer');
    await page.getByLabel('Nama Kepala Bidang IKP').waitFor();

    // Keyboard only: rename, then move on with Tab.
    const nameField = page.getByLabel('Nama Fotografer Dinas');
    await nameField.fill('Fotografer Diskominfo');
    await nameField.press('Tab');
    await page.getByLabel('Nama Fotografer Diskominfo').waitFor();
    await page.getByLabel('Peran Fotografer Diskominfo').selectOption('admin');
    await page.getByRole('button', { name: 'Nonaktifkan' }).first().click();
    await page.getByText('Nonaktif', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Hapus Kepala Bidang IKP' }).click();
    await page.getByText('Hapus Kepala Bidang IKP dari tim?').waitFor();
    await page.getByRole('group').getByRole('button', { name: 'Hapus', exact: true }).click();
    await page.getByText('Kepala Bidang IKP dihapus dari tim.').waitFor();

    await page.reload();
    await shell.heading('Tim').waitFor();
    assert.deepEqual(await team.memberNames(), ['Fotografer Diskominfo']);
    assert.equal(await page.getByLabel('Peran Fotografer Diskominfo').inputValue(), 'admin');
    await page.getByText('Nonaktif', { exact: true }).waitFor();
    // The deletion is a tombstone: still stored, marked deleted.
    const stored = await page.evaluate(async () => {
      const db = await new Promise((res, rej) => {
        const r = indexedDB.open('siar');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const all = await new Promise((res) => {
        const r = db.transaction('members').objectStore('members').getAll();
        r.onsuccess = () => res(r.result);
      });
      db.close();
      return all.map((e) => ({ name: e.record.name, deleted: e.record.deleted, schema: e.schema }));
    });
    stored.sort((a, b) => a.name.localeCompare(b.name));
    assert.deepEqual(stored, [
      { name: 'Fotografer Diskominfo', deleted: false, schema: 1 },
      { name: 'Kepala Bidang IKP', deleted: true, schema: 1 },
    ]);
    assert.deepEqual(errors, []);
  });

  test('workspace settings are saved and shown after a reload', async () => {
    const shell = new Shell(page);
    const settings = new SettingsPage(page);
    await page.goto(server.url('#/pengaturan'));
    await shell.heading('Pengaturan').waitFor();
    await settings.workspaceName().fill('Diskominfo Kabupaten Bengkayang');
    await settings.byline().fill('(Diskominfo Bengkayang/RT)');
    await settings.hashtags().fill('DiskominfoBengkayang, #BengkayangBumiSebalo #diskominfobengkayang');
    await settings.followers('instagram').fill('12850');
    await settings.followers('facebook').fill('12.850');
    await settings.saveWorkspace();
    // A follower count with a thousands separator is refused, next to it.
    await page.locator('#followers-facebook-error').getByText('bilangan bulat').waitFor();
    assert.notEqual(await page.getByTestId('workspace-name').innerText(), 'Diskominfo Kabupaten Bengkayang');
    await settings.followers('facebook').fill('30410');
    await settings.saveWorkspace();
    await page.getByText('Pengaturan disimpan.').waitFor();
    assert.equal(await page.getByTestId('workspace-name').innerText(), 'Diskominfo Kabupaten Bengkayang');

    await page.reload();
    await shell.heading('Pengaturan').waitFor();
    assert.equal(await settings.workspaceName().inputValue(), 'Diskominfo Kabupaten Bengkayang');
    assert.equal(await settings.byline().inputValue(), '(Diskominfo Bengkayang/RT)');
    assert.equal(await settings.hashtags().inputValue(), '#DiskominfoBengkayang #BengkayangBumiSebalo');
    assert.equal(await settings.followers('instagram').inputValue(), '12850');
    assert.equal(await settings.followers('facebook').inputValue(), '30410');
    assert.equal(await settings.followers('tiktok').inputValue(), '');
    assert.deepEqual(errors, []);
  });

  test('the pages fit a 360 px wide phone', async () => {
    await page.setViewportSize({ width: 360, height: 640 });
    for (const hash of ['#/kalender', '#/tim', '#/pengaturan']) {
      await page.goto(server.url(hash));
      await new Shell(page).waitUntilLoaded();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${hash} scrolls sideways by ${overflow}px`);
    }
  });
});

describe('storage failures', () => {
  let browser, page;
  beforeEach(async () => {
    browser = await launchBrowser();
    page = await browser.context.newPage();
  });
  afterEach(async () => {
    await browser.close();
  });

  test('without IndexedDB the person is told, and can still work for the visit', async () => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    await page.goto(server.url('#/tim'));
    const banner = page.getByTestId('storage-banner');
    await banner.waitFor();
    assert.equal(await banner.getAttribute('role'), 'alert');
    assert.match(await banner.innerText(), /IndexedDB/);
    const team = new TeamPage(page);
    await team.addMember('Admin Humas');
    assert.deepEqual(await team.memberNames(), ['Admin Humas']);
  });

  test('a refused write (storage full) says so, keeps what was typed and what was stored', async () => {
    // Simulates a full disk: once armed, IndexedDB refuses every put.
    await page.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args) {
        if (window.__storageFull) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return put.apply(this, args);
      };
    });
    const shell = new Shell(page);
    const team = new TeamPage(page);
    await page.goto(server.url('#/tim'));
    await shell.heading('Tim').waitFor();
    await team.addMember('Admin Humas');
    await page.getByLabel('Nama Admin Humas').waitFor();

    await page.evaluate(() => (window.__storageFull = true));
    await team.addMember('Mahasiswa Magang 2');
    const alert = page.getByTestId('notice-error');
    await alert.waitFor();
    assert.equal(await alert.getAttribute('role'), 'alert');
    assert.match(await alert.innerText(), /ruang penyimpanan browser penuh/);
    assert.equal(await team.nameInput().inputValue(), 'Mahasiswa Magang 2', 'what was typed is kept');
    assert.deepEqual(await team.memberNames(), ['Admin Humas']);

    await page.evaluate(() => (window.__storageFull = false));
    await page.reload();
    await shell.heading('Tim').waitFor();
    assert.deepEqual(await team.memberNames(), ['Admin Humas']);
  });
});
