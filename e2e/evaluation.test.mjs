// End-to-end tests of "Evaluasi": December 2026 against November 2026 from
// the fixture; the values are worked out here from the fixture and the
// contract of `domain::indicators` (live posts in the period that are not
// cancelled; "published" = status published; engagement by reach = mean
// of (likes + comments + shares + saves) / reach over published posts with
// reach > 0). Also the SVG charts and their tables, the CSV, printing and
// a phone's width.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { launchBrowser, startStaticServer, watchErrors } from './support/harness.mjs';
import { PlanFiles } from './pages/plan_files.mjs';
import { EvaluationPage } from './pages/evaluation.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const FIXTURE = resolve(here, '../../shared/fixtures/plan-bengkayang-2026-12.json');
const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8'));
const ID = JSON.parse(readFileSync(resolve(here, '../locales/id.json'), 'utf8'));

const QUERY = 'dari=2026-12-01&sampai=2026-12-31&banding_dari=2026-11-01&banding_sampai=2026-11-30';

/** `v` as Indonesian writes it with at most `places` decimals: "1.234,5". */
function decId(v, places) {
  let s = v.toFixed(places);
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  const [int, frac] = s.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac ? `${grouped},${frac}` : grouped;
}
const pctId = (share) => `${decId(share * 100, 1)}%`;

// What the fixture gives for December 2026, all platforms.
const inDec = fixture.posts.filter(
  (p) => !p.deleted && p.status !== 'cancelled' && p.date >= '2026-12-01' && p.date <= '2026-12-31',
);
const published = inDec.filter((p) => p.status === 'published');
const interactions = (m) => (m.likes ?? 0) + (m.comments ?? 0) + (m.shares ?? 0) + (m.saves ?? 0);
const measured = published.filter((p) => p.metrics);
const rates = measured.filter((p) => p.metrics.reach > 0).map((p) => interactions(p.metrics) / p.metrics.reach);
const rateByReach = rates.reduce((a, b) => a + b, 0) / rates.length;
const top = [...measured].sort(
  (a, b) => interactions(b.metrics) - interactions(a.metrics) || a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
);

let server;
before(async () => {
  server = await startStaticServer();
});
after(async () => {
  await server?.stop();
});

async function importFixture(page) {
  const files = new PlanFiles(page);
  await files.chooseFile(FIXTURE);
  await files.preview().waitFor();
  await files.apply();
}

describe('Evaluasi', () => {
  let browser, page, errors, evaluation;
  beforeEach(async () => {
    browser = await launchBrowser();
    page = await browser.context.newPage();
    errors = watchErrors(page);
    evaluation = new EvaluationPage(page, server);
    await evaluation.open();
    await importFixture(page);
    await evaluation.open(QUERY);
  });
  afterEach(async () => {
    await browser.close();
  });

  test('the fixture has published posts with metrics to evaluate', () => {
    assert.ok(published.length >= 5, 'published posts in December');
    assert.ok(measured.length >= 5, 'with metrics');
  });

  test('December against November: values, changes and the reason for "–"', async () => {
    assert.equal(await evaluation.value('konten'), decId(inDec.length, 0));
    assert.equal(await evaluation.value('terbit'), decId(published.length, 0));
    assert.equal(await evaluation.value('terbit', 'before'), '0');
    assert.equal(await evaluation.value('terbit', 'change'), `+${decId(published.length, 0)}`);
    assert.equal(await evaluation.value('terbit_per_minggu'), decId(published.length / (31 / 7), 2));
    // Every published_at is 02:00Z = 09:00 WIB on the planned date.
    assert.equal(await evaluation.value('tepat_waktu'), '100%');
    assert.equal(await evaluation.value('engagement_per_jangkauan'), pctId(rateByReach));
    // November has no published post: "–", with the reason on hover.
    const none = evaluation.card('engagement_per_jangkauan').getByTestId('before').locator('.eval-none');
    assert.equal((await none.innerText()).trim(), '–');
    assert.equal(await none.getAttribute('title'), ID.evaluation.why_reach);
    // No NaN or Infinity anywhere.
    const text = await page.locator('.eval-page').innerText();
    assert.doesNotMatch(text, /NaN|Infinity|inf/);
    // The periods stay in the address.
    assert.match(await page.evaluate(() => location.hash), /dari=2026-12-01&sampai=2026-12-31&banding_dari=2026-11-01/);
    assert.deepEqual(errors, []);
  });

  test('each indicator explains itself, also from the keyboard', async () => {
    const card = evaluation.card('tepat_waktu');
    const explain = card.locator('details.eval-explain');
    assert.equal(await explain.getAttribute('open'), null);
    await card.locator('summary').focus();
    await page.keyboard.press('Enter');
    await card.getByText(ID.evaluation.e_on_time).waitFor();
    assert.notEqual(await explain.getAttribute('open'), null);
  });

  test('charts are SVG with their numbers in a table', async () => {
    for (const id of ['chart-weeks', 'chart-pillars', 'chart-formats', 'chart-engagement']) {
      assert.equal(await evaluation.chart(id).locator('svg').count(), 1, id);
    }
    const weeks = await evaluation.chartTable('chart-weeks');
    // Weeks from Monday 30 November to Monday 28 December.
    assert.equal(weeks.length, 5);
    assert.equal(weeks.reduce((s, [, n]) => s + Number(n), 0), published.length);
    const pillars = await evaluation.chartTable('chart-pillars');
    const counts = pillars.map(([, t]) => Number(t.match(/\((\d+)\)/)[1]));
    assert.equal(counts.reduce((a, b) => a + b, 0), inDec.length);
    // The table opens on a tap.
    await evaluation.chart('chart-weeks').locator('summary').click();
    await evaluation.chart('chart-weeks').locator('table').waitFor();
    // Top 5 posts by interactions.
    const titles = await evaluation.topPosts().locator('tbody tr td:first-child').allInnerTexts();
    assert.deepEqual(titles, top.slice(0, 5).map((p) => p.title));
    // Fewer than 10 posts with metrics: best times say so.
    if (measured.length < 10) await page.getByTestId('best-not-enough').waitFor();
  });

  test('the CSV holds the indicators of both periods', async () => {
    const { name, bytes } = await evaluation.downloadCsv();
    assert.equal(name, 'siar-indikator-2026-12-01-2026-12-31.csv');
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    assert.equal(lines[0], 'indikator,satuan,periode,pembanding,nilai,nilai_pembanding,perubahan');
    const n = published.length;
    assert.ok(lines.includes(`terbit,konten,2026-12-01/2026-12-31,2026-11-01/2026-11-30,${n},0,${n}`), lines.join('\n'));
    assert.ok(lines.includes('tepat_waktu,%,2026-12-01/2026-12-31,2026-11-01/2026-11-30,100,,'));
    assert.ok(lines.some((l) => l.startsWith('engagement_per_jangkauan,%,')));
  });

  test('the printed report: cover line, no navigation or controls, a PDF', async () => {
    assert.equal(await evaluation.cover().isVisible(), false);
    await page.emulateMedia({ media: 'print' });
    await evaluation.cover().waitFor();
    const cover = await evaluation.cover().innerText();
    assert.match(cover, new RegExp(fixture.workspace.name));
    assert.match(cover, /1–31 Desember 2026/);
    assert.equal(await page.locator('.mainnav').isVisible(), false);
    assert.equal(await page.locator('.eval-controls').isVisible(), false);
    assert.equal(await page.getByRole('button', { name: 'Cetak laporan' }).isVisible(), false);
    assert.equal(await evaluation.chart('chart-weeks').locator('svg').isVisible(), true);
    assert.equal(await evaluation.topPosts().isVisible(), true);
    const pdf = await page.pdf({ format: 'A4' });
    assert.equal(pdf.subarray(0, 4).toString(), '%PDF');
    await page.emulateMedia({ media: 'screen' });
    // The button calls window.print().
    await page.evaluate(() => {
      window.__printed = 0;
      window.print = () => (window.__printed += 1);
    });
    await page.getByRole('button', { name: 'Cetak laporan' }).click();
    assert.equal(await page.evaluate(() => window.__printed), 1);
  });

  test('changing the platform and a date keeps them in the address', async () => {
    await page.getByLabel('Platform', { exact: true }).selectOption('instagram');
    await page.waitForFunction(() => location.hash.includes('platform=instagram'));
    const ig = published.filter((p) => p.platforms.includes('instagram'));
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="ind-terbit"] [data-testid="now"]')?.textContent.trim() === n,
      String(ig.length),
    );
    await page.getByLabel('Dari', { exact: true }).fill('2026-12-15');
    await page.getByLabel('Dari', { exact: true }).dispatchEvent('change');
    await page.waitForFunction(() => location.hash.includes('dari=2026-12-15'));
  });
});

describe('Evaluasi on a phone', () => {
  test('no sideways scroll at 360 px', async () => {
    const browser = await launchBrowser({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });
    try {
      const page = await browser.context.newPage();
      const evaluation = new EvaluationPage(page, server);
      await evaluation.open();
      await importFixture(page);
      await evaluation.open(QUERY);
      await evaluation.card('terbit').waitFor();
      await evaluation.card('tepat_waktu').locator('summary').tap();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 360, `page is ${width}px wide`);
    } finally {
      await browser.close();
    }
  });
});
