// End-to-end tests of getting figures in on "Evaluasi": the quick-entry
// table (typed figures, a bad value refused with where and why, saved
// together, kept after a reload) and the CSV import (mapping guessed from
// an Indonesian header, preview counts, nothing changed until Terapkan).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { launchBrowser, startStaticServer, watchErrors } from './support/harness.mjs';
import { PlanFiles } from './pages/plan_files.mjs';
import { MetricsPage } from './pages/metrics.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const FIXTURE = resolve(here, '../../shared/fixtures/plan-bengkayang-2026-12.json');
const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8'));

const titleCount = (t) => fixture.posts.filter((p) => !p.deleted && p.title === t).length;
// Posts with a title of their own, so that a cell's name finds one row.
const published = fixture.posts
  .filter((p) => !p.deleted && p.status === 'published' && p.published_url && titleCount(p.title) === 1)
  .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));

/** "1.234" as Indonesian writes it. */
const idNumber = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

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

describe('Evaluasi: data', () => {
  let browser, page, errors, metrics;
  beforeEach(async () => {
    browser = await launchBrowser();
    page = await browser.context.newPage();
    errors = watchErrors(page);
    metrics = new MetricsPage(page, server);
  });
  afterEach(async () => {
    await browser.close();
  });

  test('quick entry: a bad value is refused, good ones are saved and survive a reload', async () => {
    assert.ok(published.length >= 2, 'the fixture has published posts');
    await metrics.open();
    await importFixture(page);
    await metrics.chooseMonth('2026-12');
    const [a, b] = published;
    // Prefilled from the stored figures, written the Indonesian way.
    assert.equal(await metrics.cell('Jangkauan', a.title).first().inputValue(), idNumber(a.metrics.reach));

    await metrics.cell('Jangkauan', a.title).first().fill('12.345');
    await metrics.cell('Suka', a.title).first().fill('-4');
    await metrics.cell('Penayangan', b.title).first().fill('1 500');
    await metrics.cell('Komentar', b.title).first().press('Control+a');
    await page.keyboard.type('77');
    // The bad cell says what and where, next to it; nothing is saved.
    const bad = metrics.errors();
    await bad.waitFor();
    assert.match(await bad.innerText(), new RegExp(`Suka untuk “${a.title.replace(/[[\]]/g, '\\$&')}”: “-4”`));
    await metrics.saveAll();
    await metrics.entry().getByText('Ada 1 isian yang salah').waitFor();

    await metrics.cell('Suka', a.title).first().fill('900');
    assert.equal(await metrics.errors().count(), 0);
    await metrics.saveAll();
    await page.getByText('Angka 2 konten disimpan.').waitFor();

    await page.reload();
    await metrics.entryHeading().waitFor();
    await metrics.chooseMonth('2026-12');
    assert.equal(await metrics.cell('Jangkauan', a.title).first().inputValue(), '12.345');
    assert.equal(await metrics.cell('Suka', a.title).first().inputValue(), '900');
    assert.equal(await metrics.cell('Penayangan', b.title).first().inputValue(), '1.500');
    assert.equal(await metrics.cell('Komentar', b.title).first().inputValue(), '77');
    // Untouched figures are kept.
    assert.equal(await metrics.cell('Tayangan', a.title).first().inputValue(), idNumber(a.metrics.impressions));
    assert.deepEqual(errors, []);
  });

  test('CSV import: preview counts, nothing changes until Terapkan, then the figures are set', async () => {
    const started = Date.now() - 1000;
    await metrics.open();
    await importFixture(page);
    const [a, b] = published;
    // A post of its own for the bad row (a duplicate title is fine here).
    const c = fixture.posts.find((p) => p.status === 'published' && p.published_url && ![a.id, b.id].includes(p.id));
    // An Indonesian Meta export: BOM, `;`, quoted text with `;` and `,`,
    // extra columns, "1.234" figures, an unmatched row and a bad row.
    const rows = [
      'ID;Keterangan;Waktu publikasi;Tautan permanen;Jangkauan;Tayangan;Suka;Komentar;Dibagikan;Disimpan;Jenis',
      `1;"Ramai; meriah, sekali";${a.date.split('-').reverse().join('/')} 10:00;${a.published_url.replace('https://www.', 'HTTPS://')}?igsh=1;1.234;2.500;310;12;4;7;Foto`,
      `2;x;${b.date};${b.published_url};87;–;5;1;0;1;Foto`,
      '3;tidak ada;01/12/2026;https://instagram.com/p/tidak-ada/;1;1;1;1;1;1;Foto',
      `4;rusak;${c.date};${c.published_url};12,5;1;1;1;1;1;Foto`,
    ];
    await metrics.chooseCsv('meta.csv', '\ufeff' + rows.join('\r\n') + '\r\n');
    await metrics.counts().waitFor();
    assert.equal(await metrics.counts().innerText(), '2 cocok, 1 tidak cocok, 0 ganda, 1 rusak');
    // The guessed mapping.
    assert.equal(await metrics.mappingSelect('Tautan terbit').inputValue(), '3');
    assert.equal(await metrics.mappingSelect('Jangkauan').inputValue(), '4');
    // The bad row names its line and why.
    const badRow = metrics.previewRows().filter({ hasText: 'bukan bilangan bulat' });
    assert.equal(await badRow.locator('td').first().innerText(), '5');
    assert.match(await badRow.innerText(), /Jangkauan “12,5”/);

    // Batal changes nothing.
    await metrics.cancel();
    await metrics.chooseMonth('2026-12');
    assert.equal(await metrics.cell('Jangkauan', a.title).first().inputValue(), idNumber(a.metrics.reach));

    await metrics.chooseCsv('meta.csv', '\ufeff' + rows.join('\r\n') + '\r\n');
    await metrics.counts().waitFor();
    await metrics.apply();
    await page.getByText('Angka 2 konten diperbarui.').waitFor();
    assert.equal(await metrics.cell('Jangkauan', a.title).first().inputValue(), '1.234');
    assert.equal(await metrics.cell('Tayangan', a.title).first().inputValue(), '2.500');
    assert.equal(await metrics.cell('Tayangan', b.title).first().inputValue(), '');

    // The export carries them, with recorded_at moved on.
    const { plan } = await new PlanFiles(page).exportJson();
    const got = plan.posts.find((p) => p.id === a.id).metrics;
    assert.equal(got.reach, 1234);
    assert.equal(got.saves, 7);
    assert.equal(got.views, null);
    // recorded_at is now (the fixture's figures are dated later than today).
    assert.ok(Date.parse(got.recorded_at) >= started, got.recorded_at);
    // The bad row changed nothing.
    assert.deepEqual(plan.posts.find((p) => p.id === c.id).metrics, c.metrics);
    assert.deepEqual(errors, []);
  });

  test('on a 360 px phone the tables scroll inside their own box, not the page', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await metrics.open();
    await importFixture(page);
    await metrics.chooseMonth('2026-12');
    await metrics.entry().locator('tbody tr').first().waitFor();
    const url = published[0].published_url;
    await metrics.chooseCsv('m.csv', `Link,Reach,Likes\n${url},1,2\nhttps://x.id/a,3,4\n`);
    assert.equal(await metrics.counts().innerText(), '1 cocok, 1 tidak cocok, 0 ganda, 0 rusak');
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(sideways <= 0, `page scrolls sideways by ${sideways}px`);
    // Tab moves from one figure to the next in the row.
    const first = metrics.cell('Jangkauan', published[0].title).first();
    await first.focus();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), `Tayangan untuk ${published[0].title}`);
    assert.deepEqual(errors, []);
  });
});
