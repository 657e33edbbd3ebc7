// End-to-end tests of Siar's defences: the Content-Security-Policy in
// index.html (nothing on any page trips it), text from plan files shown as
// text and never run, and links that only ever lead to web pages, opened
// without handing the app to the new tab.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { launchBrowser, startStaticServer, watchErrors } from './support/harness.mjs';
import { CalendarPage } from './pages/calendar.mjs';
import { CoveragePage, makeJpeg } from './pages/coverage.mjs';
import { DesignerPage } from './pages/designer.mjs';
import { EvaluationPage } from './pages/evaluation.mjs';
import { PlanFiles } from './pages/plan_files.mjs';
import { Shell } from './pages/shell.mjs';
import { TasksPage } from './pages/tasks.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const FIXTURE = join(resolve(here, '../../shared/fixtures'), 'plan-bengkayang-2026-12.json');
const fixture = () => JSON.parse(readFileSync(FIXTURE, 'utf8'));

// What a hostile file puts where a name or title belongs. Each would set
// window.__pwned or open a dialog if it ever ran.
const IMG = '<img src=x onerror="window.__pwned=1;alert(1)">';
const SCRIPT = '<script>window.__pwned=1;alert(1)</script>';
const SVG = '<svg onload="window.__pwned=1"><b>tebal</b></svg>';
const IFRAME = '<iframe src="javascript:window.__pwned=1"></iframe>';

let server;
before(async () => {
  server = await startStaticServer();
});
after(async () => {
  await server?.stop();
});

/** Every link on the page: its href attribute as written, target and rel. */
async function links(page) {
  return page.locator('a[href]').evaluateAll((as) =>
    as.map((a) => ({ href: a.getAttribute('href'), target: a.getAttribute('target'), rel: a.getAttribute('rel') || '' })),
  );
}

/** A link may lead to a web page, to one of the app's own pages (`#/…`), to a blob: download, or nowhere (""). */
function checkLinks(found, where) {
  for (const l of found) {
    const ok = /^https?:\/\//i.test(l.href) || l.href.startsWith('#/') || l.href.startsWith('blob:') || l.href === '';
    assert.ok(ok, `${where}: link to ${JSON.stringify(l.href)}`);
    if (l.target === '_blank') {
      const rel = l.rel.split(/\s+/);
      assert.ok(rel.includes('noopener') && rel.includes('noreferrer'), `${where}: ${l.href} opens a tab with rel="${l.rel}"`);
    }
  }
}

/** Waits until `text` is on the page literally: as text or as a field's value. */
async function shown(page, text) {
  await page.waitForFunction(
    (t) => document.querySelector('main').innerText.includes(t) || [...document.querySelectorAll('main input, main textarea')].some((i) => i.value === t),
    text,
    { timeout: 10000 },
  );
}

/** Nothing a file brought in became markup: no stray elements, no on* attributes, no script but the app's files. */
async function checkNoMarkup(page, where) {
  const found = await page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    return {
      stray: document.querySelectorAll('img[src="x"], iframe, object, embed, svg[onload]').length,
      handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
      scripts: [...document.scripts].filter((s) => !s.src || new URL(s.src).origin !== location.origin).map((s) => s.outerHTML.slice(0, 80)),
      pwned: window.__pwned ?? null,
    };
  });
  assert.deepEqual(found, { stray: 0, handlers: [], scripts: [], pwned: null }, where);
}

describe('security', () => {
  let browser, page, errors, violations, dialogs, shell, files;
  beforeEach(async () => {
    browser = await launchBrowser();
    page = await browser.context.newPage();
    errors = watchErrors(page);
    violations = [];
    dialogs = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      d.dismiss().catch(() => {});
    });
    // Violations are kept on window and also reported here, since a reload
    // starts a new window.
    await page.exposeFunction('__reportCsp', (v) => violations.push(v));
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener(
        'securitypolicyviolation',
        (e) => {
          const v = { directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile, line: e.lineNumber };
          window.__cspViolations.push(v);
          window.__reportCsp(v);
        },
        true,
      );
    });
    shell = new Shell(page);
    files = new PlanFiles(page);
  });
  afterEach(async () => {
    await browser.close();
  });

  test('index.html carries a strict policy and no inline script', async () => {
    const html = readFileSync(join(process.env.SIAR_DIST || resolve(here, '../dist'), 'index.html'), 'utf8');
    assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)[^>]*>/, 'every script is a file');
    await page.goto(server.url());
    await shell.waitUntilLoaded();
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.ok(policy, 'a meta Content-Security-Policy');
    const directives = Object.fromEntries(
      policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name, values]),
    );
    assert.deepEqual(directives['default-src'], ["'none'"]);
    assert.deepEqual(directives['script-src'], ["'self'", "'wasm-unsafe-eval'"]);
    assert.deepEqual(directives['object-src'], ["'none'"]);
    assert.ok(directives['base-uri'], 'base-uri is set');
    assert.ok(!policy.includes("'unsafe-eval'"), 'no unsafe-eval');
    assert.ok(!policy.includes("'unsafe-inline'"), 'no unsafe-inline');
    // The policy comes before anything it governs.
    const first = await page.evaluate(() => document.head.firstElementChild.nextElementSibling.getAttribute('http-equiv'));
    assert.equal(first, 'Content-Security-Policy');
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
  });

  test('no page trips the policy: every page with the fixture plan, a photo, a design and downloads', async () => {
    await page.goto(server.url());
    await shell.waitUntilLoaded();
    await files.chooseFile(FIXTURE);
    await files.preview().waitFor();
    await files.apply();

    const cal = new CalendarPage(page, server);
    const seen = [];
    const visit = async (where) => {
      checkLinks(await links(page), where);
      seen.push(where);
    };
    await cal.open('tampilan=bulan&tanggal=2026-12-01');
    await cal.day('2026-12-11').getByTestId('post-chip').first().waitFor();
    await visit('Kalender (bulan)');
    // The post editor with its caption studio and previews.
    await page.getByTestId('post-chip').first().click();
    await page.locator('#post-title').waitFor();
    await visit('Kalender (editor)');
    await page.keyboard.press('Escape');
    await cal.open('tampilan=minggu&tanggal=2026-12-07');
    await visit('Kalender (minggu)');
    await cal.open('tampilan=agenda&tanggal=2026-12-01');
    await visit('Kalender (agenda)');

    const tasks = new TasksPage(page, server);
    await tasks.open();
    await tasks.chooseMe('Mahasiswa Magang 1');
    await tasks.days().first().waitFor();
    await visit('Tugas saya');

    await page.goto(server.url('#/ide'));
    await shell.heading('Ide').waitFor();
    await visit('Ide');

    // Liputan, with a photo attached: its thumbnail and full size are object URLs.
    const cov = new CoveragePage(page, server);
    await cov.open();
    await cov.card('Kunjungan kerja Bupati ke kecamatan').waitFor();
    await visit('Liputan');
    await cov.edit('Kunjungan kerja Bupati ke kecamatan');
    const jpeg = await makeJpeg(page, 800, 600);
    await cov.editor().getByTestId('photo-file').setInputFiles({ name: 'apel.jpg', mimeType: 'image/jpeg', buffer: jpeg });
    await cov.photos().first().waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="photo-thumb"]')].every((i) => i.naturalWidth > 0));
    await visit('Liputan (foto)');
    await cov.editor().getByTestId('coverage-save').click();
    await cov.editor().waitFor({ state: 'hidden' });

    // Desain: a template drawn with the bundled fonts, a photo, a PNG.
    const des = new DesignerPage(page, server);
    await des.open();
    await des.choose('Templat', 'Agenda / liputan kegiatan');
    await des.type('Judul', 'Apel Hari Kesadaran Nasional');
    await page.getByTestId('design-photo-file').setInputFiles({ name: 'apel.jpg', mimeType: 'image/jpeg', buffer: jpeg });
    await des.field('Perbesar').waitFor();
    assert.ok(await page.evaluate(() => document.fonts.load("700 20px 'Plus Jakarta Sans'").then((f) => f.length > 0)), 'the font loaded');
    const png = await des.downloadPng();
    assert.equal(png.bytes.subarray(1, 4).toString('latin1'), 'PNG');
    await visit('Desain');

    const evaluation = new EvaluationPage(page, server);
    await evaluation.open('dari=2026-12-01&sampai=2026-12-31&banding_dari=2026-11-01&banding_sampai=2026-11-30');
    await evaluation.card('terbit').waitFor();
    await visit('Evaluasi');

    await page.goto(server.url('#/tim'));
    await shell.heading('Tim').waitFor();
    await visit('Tim');
    await page.goto(server.url('#/pengaturan'));
    await shell.heading('Pengaturan').waitFor();
    await visit('Pengaturan');

    // A plan file downloaded through a blob: URL.
    const exported = await files.exportJson();
    assert.equal(exported.plan.format, 'siar.plan');

    // After a reload, the cached build still keeps to the policy.
    await page.reload();
    await shell.waitUntilLoaded();
    assert.equal(seen.length, 12);
    assert.deepEqual(violations, []);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(errors, []);
  });

  test('a hostile plan shows its text literally and runs nothing', async () => {
    const plan = fixture();
    plan.workspace.name = `${SCRIPT} Diskominfo`;
    const member = plan.members[0];
    member.name = IMG;
    plan.pillars[0].name = SVG;
    const post = plan.posts.find((p) => p.date === '2026-12-11') ?? plan.posts[0];
    post.title = IMG;
    post.caption = `${SCRIPT}\n${IFRAME}\n${IMG}`;
    post.links = [{ label: SCRIPT, url: 'https://example.org/?q=<script>alert(1)</script>' }];
    post.assignee_id = member.id;
    plan.ideas[0].title = SCRIPT;
    plan.ideas[0].description = IFRAME;
    const cov = plan.coverage[0];
    cov.title = SVG;
    cov.location = IMG;
    cov.officials = SCRIPT;
    cov.links = [{ label: IMG, url: 'https://drive.example.go.id/liputan/<b>0</b>' }];
    cov.crew_ids = [member.id];
    plan.special_days[0].name = IFRAME;

    await page.goto(server.url('#/tim'));
    await shell.heading('Tim').waitFor();
    await files.chooseContent('jahat.json', JSON.stringify(plan));
    await files.preview().waitFor();
    await files.apply();

    const where = [
      ['#/tim', 'Tim', IMG],
      ['#/kalender?tampilan=bulan&tanggal=2026-12-01', 'Kalender', IMG],
      ['#/kalender?tampilan=minggu&tanggal=2026-12-07', 'Kalender', IMG],
      ['#/kalender?tampilan=agenda&tanggal=2026-12-01', 'Kalender', IMG],
      ['#/ide', 'Ide', SCRIPT],
      ['#/liputan?tampilan=bulan&bulan=2026-12', 'Liputan', SVG],
      ['#/liputan', 'Liputan', SVG],
      ['#/evaluasi?dari=2026-12-01&sampai=2026-12-31', 'Evaluasi', null],
      ['#/pengaturan', 'Pengaturan', null],
    ];
    for (const [hash, heading, text] of where) {
      await page.goto(server.url(hash));
      await shell.heading(heading).waitFor();
      if (text) await shown(page, text);
      await checkNoMarkup(page, hash);
      checkLinks(await links(page), hash);
    }
    // The workspace name, as it came, on Pengaturan.
    await shown(page, plan.workspace.name);

    // The coverage card's documentation link: the label is text, the link a web address.
    await page.goto(server.url('#/liputan'));
    const card = page.getByTestId('coverage-card').filter({ hasText: SVG });
    const docLink = card.locator('.coverage-docs a');
    assert.equal(await docLink.innerText(), IMG);
    assert.equal(await docLink.getAttribute('rel'), 'noopener noreferrer');

    // The post, opened: title, caption and link label are field values.
    await page.goto(server.url('#/kalender?tampilan=bulan&tanggal=2026-12-01'));
    await page.getByTestId('post-chip').filter({ hasText: IMG }).first().click();
    assert.equal(await page.locator('#post-title').inputValue(), IMG);
    await checkNoMarkup(page, 'post editor');
    checkLinks(await links(page), 'post editor');

    // "Saya": the member's name in the select.
    await page.goto(server.url('#/tugas'));
    const tasks = new TasksPage(page, server);
    await tasks.heading().waitFor();
    await tasks.chooseMe(IMG);
    await checkNoMarkup(page, 'Tugas saya');

    assert.deepEqual(dialogs, []);
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
  });

  test('links to javascript: or data: are refused on import and never become links', async () => {
    await page.goto(server.url('#/liputan'));
    await shell.heading('Liputan').waitFor();
    const bad = ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'JaVaScRiPt:window.__pwned=1', 'vbscript:msgbox(1)'];
    for (const url of bad) {
      const plan = fixture();
      plan.coverage[0].links = [{ label: 'Dokumentasi', url }];
      plan.posts[0].links = [{ label: 'Tautan', url }];
      await files.chooseContent('jahat.json', JSON.stringify(plan));
      await files.error().waitFor();
      // The refused value is named as text.
      await files.dialog().getByText(url, { exact: false }).first().waitFor();
      await checkNoMarkup(page, url);
      checkLinks(await links(page), url);
      await files.close();
    }
    assert.equal(await page.getByTestId('coverage-card').count(), 0, 'nothing was imported');

    // Should a bad link be stored anyway (an older version, a tampered
    // database), the card shows it as text, not as a link.
    await files.chooseFile(FIXTURE);
    await files.preview().waitFor();
    await files.apply();
    const target = fixture().coverage[0];
    await page.evaluate(async ({ id, url }) => {
      const db = await new Promise((res, rej) => {
        const r = indexedDB.open('siar');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const store = db.transaction('coverage', 'readwrite').objectStore('coverage');
      const entry = await new Promise((res) => {
        const r = store.get(id);
        r.onsuccess = () => res(r.result);
      });
      entry.record.links = [{ label: 'Dokumentasi jahat', url }];
      await new Promise((res, rej) => {
        const r = store.put(entry, id);
        r.onsuccess = res;
        r.onerror = () => rej(r.error);
      });
      db.close();
    }, { id: target.id, url: 'javascript:window.__pwned=1' });
    await page.reload();
    await shell.heading('Liputan').waitFor();
    const card = page.getByTestId('coverage-card').filter({ hasText: target.title });
    await card.waitFor();
    await card.getByText('Dokumentasi jahat').waitFor();
    assert.equal(await card.locator('.coverage-docs a').count(), 0);
    checkLinks(await links(page), 'tampered store');
    await checkNoMarkup(page, 'tampered store');

    assert.deepEqual(dialogs, []);
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
  });
});
