// End-to-end tests of sharing plans as files: import through the picker
// and by dropping, the preview, refusals that change nothing, hostile text
// shown as text, and exports that round-trip.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { launchBrowser, startStaticServer, watchErrors } from './support/harness.mjs';
import { Shell } from './pages/shell.mjs';
import { PlanFiles } from './pages/plan_files.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = resolve(here, '../../shared/fixtures');
const FIXTURE = join(fixtures, 'plan-bengkayang-2026-12.json');
const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8'));
const KINDS = ['members', 'pillars', 'posts', 'ideas', 'coverage', 'special_days', 'slots'];

/** A plan file without its export time, for comparing two exports. */
function withoutExportTime(bytes) {
  const plan = JSON.parse(bytes.toString('utf8'));
  delete plan.exported_at;
  return JSON.stringify(plan);
}

let server;
before(async () => {
  server = await startStaticServer();
});
after(async () => {
  await server?.stop();
});

describe('plan files', () => {
  let browser, page, errors, files, shell;
  beforeEach(async () => {
    browser = await launchBrowser();
    page = await browser.context.newPage();
    errors = watchErrors(page);
    files = new PlanFiles(page);
    shell = new Shell(page);
    await page.goto(server.url('#/kalender'));
    await shell.heading('Kalender').waitFor();
  });
  afterEach(async () => {
    await browser.close();
  });

  test('the valid fixture imports whole through the file picker, after a preview', async () => {
    await files.chooseFile(FIXTURE);
    await files.preview().waitFor();
    for (const kind of KINDS) {
      const c = await files.counts(kind);
      const inFile = (fixture[kind] ?? []).length;
      assert.equal(c.added + c.updated + c.unchanged, inFile, `${kind}: ${JSON.stringify(c)}`);
      assert.equal(c.added, inFile, `${kind} are all new to a fresh install`);
    }
    await files.apply();
    await page.getByText(/^Rencana diimpor: \d+ ditambah/).waitFor();

    // Its posts are in the calendar's agenda for December 2026 …
    await page.goto(server.url('#/kalender?tampilan=agenda&bulan=2026-12'));
    await page.getByRole('heading', { name: 'Desember 2026', exact: true }).waitFor();
    const titles = await page.getByTestId('agenda').getByTestId('post-chip').locator('.chip-title').allTextContents();
    const expected = fixture.posts.filter((p) => !p.deleted && p.date.startsWith('2026-12')).map((p) => p.title);
    assert.deepEqual([...titles].sort(), [...expected].sort());
    // … its ideas on the idea page, and its members in the team.
    await shell.goTo('Ide');
    const ideas = await page.getByTestId('idea').locator('.idea-title').allInnerTexts();
    assert.deepEqual([...ideas].sort(), fixture.ideas.filter((i) => !i.deleted).map((i) => i.title).sort());
    assert.equal(await page.getByTestId('workspace-name').innerText(), fixture.workspace.name);

    // The export holds every record of the file, unchanged, and the file's
    // unknown fields.
    const { name, plan } = await files.exportJson();
    assert.match(name, /^siar-diskominfo-kabupaten-bengkayang-\d{8}\.json$/);
    assert.equal(plan.format, 'siar.plan');
    assert.equal(plan.version, 1);
    assert.deepEqual(plan.workspace, fixture.workspace);
    for (const kind of KINDS) {
      for (const record of fixture[kind] ?? []) {
        const out = plan[kind].find((r) => r.id === record.id);
        assert.deepEqual(out, { deleted: false, ...record }, `${kind} ${record.id}`);
      }
    }

    // Importing the same file again changes nothing.
    await files.chooseFile(FIXTURE);
    await files.preview().waitFor();
    for (const kind of KINDS) {
      const c = await files.counts(kind);
      assert.equal(c.added + c.updated + c.deleted, 0, `${kind} on re-import: ${JSON.stringify(c)}`);
    }
    await files.close();
    assert.deepEqual(errors, []);
  });

  test('export, import into an empty workspace, export again: the same file', async () => {
    await files.chooseFile(FIXTURE);
    await files.preview().waitFor();
    await files.apply();
    const first = await files.exportJson();

    const other = await launchBrowser();
    try {
      const page2 = await other.context.newPage();
      await page2.goto(server.url('#/kalender'));
      await new Shell(page2).heading('Kalender').waitFor();
      const files2 = new PlanFiles(page2);
      await files2.chooseContent(first.name, first.bytes.toString('utf8'));
      await files2.preview().waitFor();
      await files2.apply();
      const second = await files2.exportJson();
      assert.equal(withoutExportTime(second.bytes), withoutExportTime(first.bytes));
    } finally {
      await other.close();
    }
  });

  test('every invalid fixture is refused with its path, and nothing changes', async () => {
    await files.chooseFile(FIXTURE);
    await files.preview().waitFor();
    await files.apply();
    const before = await files.exportJson();

    const cases = JSON.parse(readFileSync(join(fixtures, 'invalid/expected.json'), 'utf8'));
    for (const { file, error_path_contains: path } of cases) {
      await files.chooseFile(join(fixtures, 'invalid', file));
      const alert = files.error();
      await alert.waitFor();
      assert.equal(await alert.getAttribute('role'), 'alert', file);
      const text = await alert.innerText();
      assert.ok(text.includes(path), `${file}: "${path}" not in ${text}`);
      assert.ok(text.includes('Tidak ada yang diubah'), file);
      await files.close();
    }

    const after = await files.exportJson();
    assert.equal(withoutExportTime(after.bytes), withoutExportTime(before.bytes));
    assert.deepEqual(errors, []);
  });

  test('a newer version is refused with a message that says so', async () => {
    await files.chooseFile(join(fixtures, 'invalid/future-version.json'));
    await files.error().getByText(/versi Siar yang lebih baru/).waitFor();
  });

  test('HTML and script in imported text are shown as text and never run', async () => {
    const hostile = structuredClone(fixture);
    hostile.posts[0].title = '<script>window.__pwned = 1</script>Judul';
    hostile.posts[0].caption = '<img src=x onerror="window.__pwned = 2">';
    hostile.posts[1].title = '<img src=x onerror="window.__pwned = 3">';
    hostile.ideas[0].title = '<b onmouseover="window.__pwned = 4">Ide</b>';
    hostile.workspace.name = '<i>Dinas</i><script>window.__pwned = 5</script>';
    await files.chooseContent('hostile.json', JSON.stringify(hostile));
    await files.preview().waitFor();
    await files.apply();

    await page.goto(server.url(`#/kalender?tampilan=agenda&bulan=${hostile.posts[0].date.slice(0, 7)}`));
    await page.getByText('<script>window.__pwned = 1</script>Judul').waitFor();
    await page.getByText('<img src=x onerror="window.__pwned = 3">').waitFor();
    await shell.goTo('Ide');
    await page.getByText('<b onmouseover="window.__pwned = 4">Ide</b>').waitFor();
    assert.equal(await page.getByTestId('workspace-name').innerText(), hostile.workspace.name);
    assert.equal(await page.locator('main img, main script, main b, header i').count(), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
  });

  test('a file dropped anywhere on the app opens the import preview', async () => {
    const text = readFileSync(FIXTURE, 'utf8');
    await page.evaluate((content) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], 'rencana.json', { type: 'application/json' }));
      const target = document.querySelector('main');
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, text);
    await files.preview().waitFor();
    assert.equal((await files.counts('posts')).added, fixture.posts.length);
    await files.close();
  });

  test('iCalendar and CSV downloads of a date range', async () => {
    await files.chooseFile(FIXTURE);
    await files.preview().waitFor();
    await files.apply();
    await files.openExport();
    await page.getByLabel(/^(Rentang tanggal)$/).check();
    await page.getByLabel('Dari tanggal').fill('2026-12-01');
    await page.getByLabel('Sampai tanggal').fill('2026-12-07');
    const ics = await files.download(/^Unduh iCalendar$/);
    const csv = await files.download(/^Unduh CSV$/);
    await files.close();

    assert.match(ics.name, /\.ics$/);
    const cal = ics.bytes.toString('utf8');
    assert.ok(cal.startsWith('BEGIN:VCALENDAR\r\n'));
    const inRange = fixture.posts.filter(
      (p) => !p.deleted && p.status !== 'cancelled' && p.date >= '2026-12-01' && p.date <= '2026-12-07',
    );
    assert.equal((cal.match(/^BEGIN:VEVENT\r$/gm) || []).length, inRange.length);
    for (const p of inRange) assert.ok(cal.includes(`UID:${p.id}@siar`), p.id);

    assert.match(csv.name, /\.csv$/);
    assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');

    // A reversed range is refused next to the dates.
    await files.openExport();
    await page.getByLabel(/^(Rentang tanggal)$/).check();
    await page.getByLabel('Dari tanggal').fill('2026-12-07');
    await page.getByLabel('Sampai tanggal').fill('2026-12-01');
    await files.dialog().getByRole('button', { name: 'Unduh JSON' }).click();
    await page.locator('#export-range-error').getByText('Tanggal akhir').waitFor();
    await files.close();
  });
});
