// End-to-end tests of "Tugas saya": the coverage and posts of the member
// chosen in "Saya", day by day; the explanation when nobody is chosen; a
// post opening the editor; phones; the keyboard. Also the calendar's flag
// on posts that still lack documentation.
//
// Expectations are worked out here from the fixture and the contract of
// `domain::tasks::my_tasks` (planned, live coverage whose crew holds the
// member; live posts assigned to them that are neither published nor
// cancelled; by date) and `domain::documentation`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { launchBrowser, startStaticServer, watchErrors } from './support/harness.mjs';
import { PlanFiles } from './pages/plan_files.mjs';
import { Shell } from './pages/shell.mjs';
import { TasksPage } from './pages/tasks.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const FIXTURE = resolve(here, '../../shared/fixtures/plan-bengkayang-2026-12.json');
const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8'));
const ID = JSON.parse(readFileSync(resolve(here, '../locales/id.json'), 'utf8'));

// Glossary of ux.md.
const NEED_ID = { photo: 'Foto', video: 'Video', interview: 'Wawancara', drone: 'Drone', quote: 'Kutipan' };
const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const WEEKDAYS_ID = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];

const member = (name) => fixture.members.find((m) => m.name === name);

/** "Senin, 7 Desember 2026". */
function longDateId(iso) {
  const d = new Date(`${iso}T00:00:00Z`);
  return `${WEEKDAYS_ID[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS_ID[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** Today in the workspace's zone (Asia/Pontianak, UTC+7), at `now` ms. */
function todayWib(now = Date.now()) {
  return new Date(now + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

/** "13:00" → "13.00"; no time → "Tanpa jam". */
const timeId = (t) => (t ? t.replace(':', '.') : ID.tasks.no_time);

/** What `my_tasks` should return for `memberId`, as { date: { coverage, posts } }. */
function expectedTasks(memberId) {
  const byDate = new Map();
  const day = (date) => {
    if (!byDate.has(date)) byDate.set(date, { coverage: [], posts: [] });
    return byDate.get(date);
  };
  for (const c of fixture.coverage) {
    if (!c.deleted && c.status === 'planned' && c.crew_ids.includes(memberId)) day(c.date).coverage.push(c);
  }
  for (const p of fixture.posts) {
    if (!p.deleted && p.assignee_id === memberId && !['published', 'cancelled'].includes(p.status)) day(p.date).posts.push(p);
  }
  return new Map([...byDate.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

let server;
before(async () => {
  server = await startStaticServer();
});
after(async () => {
  await server?.stop();
});

async function importFixture(page, content) {
  const files = new PlanFiles(page);
  if (content) await files.chooseContent('rencana.json', content);
  else await files.chooseFile(FIXTURE);
  await files.preview().waitFor();
  await files.apply();
}

describe('Tugas saya', () => {
  let browser, page, errors, tasks;
  beforeEach(async () => {
    browser = await launchBrowser();
    page = await browser.context.newPage();
    errors = watchErrors(page);
    tasks = new TasksPage(page, server);
  });
  afterEach(async () => {
    await browser.close();
  });

  test('with nobody chosen, the page says what it is for and where to choose', async () => {
    await tasks.open();
    await importFixture(page);
    const nobody = tasks.nobody();
    await nobody.waitFor();
    await nobody.getByText('Pilih nama Anda di kolom Saya di atas').waitFor();
    // The button takes the keyboard to the "Saya" select.
    await nobody.getByRole('button', { name: 'Pilih nama' }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'who-am-i');
    // Choosing a name replaces the explanation.
    await tasks.chooseMe('Mahasiswa Magang 1');
    await nobody.waitFor({ state: 'detached' });
    // … and choosing nobody again brings it back.
    await tasks.whoAmI().selectOption('');
    await tasks.nobody().waitFor();
    assert.deepEqual(errors, []);
  });

  test('a member with nothing to do is told so, kindly', async () => {
    // The fixture with one more intern, who has no coverage and no posts.
    const plan = structuredClone(fixture);
    plan.members.push({
      ...member('Mahasiswa Magang 2'),
      id: '0b8f5a52-2f0a-4c55-9d2e-3f1c2a7e9b10',
      name: 'Mahasiswa Magang 3',
    });
    await tasks.open();
    await importFixture(page, JSON.stringify(plan));
    await tasks.chooseMe('Mahasiswa Magang 3');
    const empty = tasks.empty();
    await empty.waitFor();
    await empty.getByRole('heading', { level: 2, name: ID.tasks.empty_title }).waitFor();
    await empty.getByText('Mahasiswa Magang 3').waitFor();
    assert.equal(await tasks.days().count(), 0);
    assert.deepEqual(errors, []);
  });

  // Needs domain::tasks::my_tasks.
  test("an intern's coverage, day by day: when, where, who and what to capture", async () => {
    const intern = member('Mahasiswa Magang 1');
    const expected = expectedTasks(intern.id);
    assert.ok([...expected.values()].some((d) => d.coverage.length > 0), 'the fixture gives the intern coverage');
    await tasks.open();
    await importFixture(page);
    await tasks.chooseMe('Mahasiswa Magang 1');
    await tasks.days().first().waitFor();

    assert.deepEqual(await tasks.dayDates(), [...expected.keys()]);
    const today = todayWib();
    for (const [date, want] of expected) {
      // "Senin, 7 Desember 2026", marked when it is today or past.
      let heading = longDateId(date);
      if (date === today) heading += ` ${ID.tasks.today}`;
      if (date < today) heading += ` ${ID.tasks.overdue}`;
      assert.equal(await tasks.dayHeading(date), heading);

      const ids = await tasks.coverageItems(date).evaluateAll((els) => els.map((e) => e.dataset.coverageId));
      assert.deepEqual(ids.sort(), want.coverage.map((c) => c.id).sort(), date);
      for (const c of want.coverage) {
        assert.deepEqual(await tasks.coverageShown(c.id), {
          href: `#/liputan?buka=${c.id}`,
          time: timeId(c.time),
          title: c.title,
          location: c.location,
          officials: c.officials,
          needs: c.needs.map((n) => NEED_ID[n]),
          overdue: c.date < today,
        });
      }
      assert.equal(await tasks.postItems(date).count(), want.posts.length, date);
    }
    // Covered coverage is done: not a task.
    const covered = fixture.coverage.find((c) => c.status === 'covered' && c.crew_ids.includes(intern.id));
    assert.ok(covered);
    assert.equal(await tasks.coverageItem(covered.id).count(), 0);
    const count = (k) => [...expected.values()].reduce((n, d) => n + d[k].length, 0);
    assert.equal((await tasks.summary().innerText()).trim(), `Liputan: ${count('coverage')} · Konten: ${count('posts')}`);

    // A coverage opens its record on the Liputan page.
    const first = [...expected.values()][0].coverage[0];
    await tasks.coverageItem(first.id).getByRole('link').click();
    await page.waitForURL((url) => url.hash === `#/liputan?buka=${first.id}`);
    assert.deepEqual(errors, []);
  });

  // Needs domain::tasks::my_tasks.
  test("an intern's posts show time, status and platforms, and open the editor", async () => {
    const intern = member('Mahasiswa Magang 2');
    const expected = expectedTasks(intern.id);
    const posts = [...expected.values()].flatMap((d) => d.posts);
    assert.ok(posts.length >= 2, 'the fixture gives the intern posts');
    await tasks.open();
    await importFixture(page);
    await tasks.chooseMe('Mahasiswa Magang 2');
    await tasks.days().first().waitFor();

    assert.deepEqual(await tasks.dayDates(), [...expected.keys()]);
    for (const [date, want] of expected) {
      const ids = await tasks.postItems(date).evaluateAll((els) => els.map((e) => e.dataset.postId));
      assert.deepEqual(ids.sort(), want.posts.map((p) => p.id).sort(), date);
    }
    for (const p of posts) {
      assert.deepEqual(await tasks.postShown(p.id), {
        time: timeId(p.time),
        title: p.title,
        status: ID.status[p.status],
        platforms: p.platforms.map((k) => ID.platform[k]),
      });
    }
    // Published posts are done.
    const published = fixture.posts.find((p) => p.assignee_id === intern.id && p.status === 'published');
    assert.equal(await tasks.postItem(published.id).count(), 0);

    // A post opens the editor on it.
    const post = posts[0];
    await tasks.postItem(post.id).getByRole('button', { name: new RegExp(post.title.replace(/[[\]]/g, '\\$&')) }).click();
    const editor = page.getByTestId('post-editor');
    await editor.waitFor();
    assert.equal(await page.locator('#post-title').inputValue(), post.title);
    await editor.getByRole('button', { name: 'Batal', exact: true }).click();
    await editor.waitFor({ state: 'hidden' });
    assert.deepEqual(errors, []);
  });

  // Needs domain::tasks::my_tasks and domain::documentation::is_overdue.
  test('on a day in December, today and overdue coverage are marked', async () => {
    // 19 December 2026, 10.00 WIB.
    const now = Date.parse('2026-12-19T03:00:00Z');
    await page.clock.setFixedTime(now);
    const intern = member('Mahasiswa Magang 1');
    const expected = expectedTasks(intern.id);
    const today = todayWib(now);
    assert.equal(today, '2026-12-19');
    const past = [...expected.entries()].find(([d, w]) => d < today && w.coverage.length);
    assert.ok(past && expected.has(today), 'the fixture has past and same-day coverage');
    await tasks.open();
    await importFixture(page);
    await tasks.chooseMe('Mahasiswa Magang 1');
    await tasks.days().first().waitFor();

    assert.equal(await tasks.dayHeading(today), `${longDateId(today)} ${ID.tasks.today}`);
    assert.equal(await tasks.dayHeading(past[0]), `${longDateId(past[0])} ${ID.tasks.overdue}`);
    const late = await tasks.coverageShown(past[1].coverage[0].id);
    assert.equal(late.overdue, true);
    const onTime = await tasks.coverageShown(expected.get(today).coverage[0].id);
    assert.equal(onTime.overdue, false);
    assert.deepEqual(errors, []);
  });

  test('the navigation link works from the keyboard, in both languages', async () => {
    const shell = new Shell(page);
    await page.goto(server.url('#/kalender'));
    await shell.heading('Kalender').waitFor();
    // "Tugas saya" comes right after Kalender.
    const labels = await shell.navLabels();
    assert.equal(labels[labels.indexOf('Kalender') + 1], 'Tugas saya');
    await shell.link('Kalender').focus();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Tugas saya');
    await page.keyboard.press('Enter');
    await tasks.heading().waitFor();
    assert.match(page.url(), /#\/tugas$/);
    await shell.expectCurrent('Tugas saya');
    assert.equal(await page.title(), 'Tugas saya · Siar');

    await shell.chooseLanguage('en');
    await shell.heading('My tasks').waitFor();
    await shell.expectCurrent('My tasks');
    await page.getByText('Choose your name in the I am field above').waitFor();
    await shell.chooseLanguage('id');
    assert.deepEqual(errors, []);
  });

  // Fully meaningful once domain::tasks::my_tasks lists the tasks.
  test('fits a 360 px wide phone, with nobody chosen and with tasks', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await tasks.open();
    await importFixture(page);
    await tasks.nobody().waitFor();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok((await overflow()) <= 0, `nobody chosen: scrolls sideways by ${await overflow()}px`);
    // The navigation stays two rows high with seven pages.
    const nav = await page.getByRole('navigation').boundingBox();
    assert.ok(nav.height <= 2 * 48, `navigation is ${nav.height}px high`);

    for (const name of ['Mahasiswa Magang 1', 'Fotografer Dinas']) {
      await tasks.chooseMe(name);
      await tasks.days().first().waitFor();
      assert.ok((await overflow()) <= 0, `${name}: scrolls sideways by ${await overflow()}px`);
      // "Saya" stays on screen with a long name in it (a select wider than
      // its column would spill off the left edge, which no scroll reveals).
      const who = await tasks.whoAmI().boundingBox();
      assert.ok(who.x >= 0 && who.x + who.width <= 360, `"Saya" fits: ${JSON.stringify(who)}`);
      for (const item of await page.locator('.task-item').all()) {
        const box = await item.boundingBox();
        assert.ok(box.x >= 0 && box.x + box.width <= 360, `item fits: ${JSON.stringify(box)}`);
      }
      // Tap targets are at least 44 px high.
      for (const open of await page.locator('.task-open').all()) {
        assert.ok((await open.boundingBox()).height >= 44);
      }
    }
    assert.deepEqual(errors, []);
  });
});

describe('calendar flag for posts without documentation', () => {
  let browser, page, errors;
  beforeEach(async () => {
    browser = await launchBrowser();
    page = await browser.context.newPage();
    errors = watchErrors(page);
  });
  afterEach(async () => {
    await browser.close();
  });

  /** The contract of `lacks_documentation`, over the fixture. */
  function lacksDocumentation(post) {
    if (!['photo', 'carousel', 'video'].includes(post.format)) return false;
    if (post.links.length) return false;
    const coverage = fixture.coverage.find((c) => c.id === post.coverage_id && !c.deleted);
    return !(coverage && (coverage.links.length || (coverage.photos ?? []).length));
  }

  // Needs domain::documentation::lacks_documentation.
  test('the agenda marks exactly the photo and video posts with no documentation', async () => {
    await page.goto(server.url('#/kalender?tampilan=agenda&bulan=2026-12'));
    await page.getByRole('heading', { level: 1, name: 'Kalender' }).waitFor();
    await importFixture(page);
    await page.getByTestId('agenda').waitFor();
    const live = fixture.posts.filter((p) => !p.deleted && p.date.startsWith('2026-12'));
    const flagged = live.filter(lacksDocumentation).map((p) => p.id).sort();
    assert.ok(flagged.length > 0 && flagged.length < live.length, 'the fixture has both kinds');
    const shown = await page
      .getByTestId('post-chip')
      .filter({ has: page.getByRole('img', { name: 'Belum ada dokumentasi' }) })
      .evaluateAll((els) => els.map((e) => e.dataset.postId));
    assert.deepEqual(shown.sort(), flagged);
    assert.deepEqual(errors, []);
  });
});
