// Serves the release build (dist/) from a plain static server under a
// sub-path, and drives Debian's Chromium with playwright-core, as a person
// would use it. Nothing here downloads a browser.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SUB_PATH = '/siar/';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

async function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
    srv.on('error', rej);
  });
}

async function waitForServer(url, tries = 100) {
  for (let i = 0; i < tries; i++) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`static server did not answer at ${url}`);
}

/**
 * Copies dist/ to <tmp>/siar/ and serves <tmp> with `python3 -m http.server`,
 * a server that knows nothing about the app: every route must work from
 * index.html alone.
 */
export async function startStaticServer() {
  // SIAR_DIST lets a second build be tested beside the main one.
  const dist = process.env.SIAR_DIST || join(root, 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error('dist/index.html is missing: run `trunk build --release` first (scripts/test.sh does)');
  }
  const site = mkdtempSync(join(tmpdir(), 'siar-site-'));
  cpSync(dist, join(site, SUB_PATH), { recursive: true });
  const port = await freePort();
  const proc = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', site], {
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${port}`;
  await waitForServer(origin + SUB_PATH);
  return {
    origin,
    /** The served copy of dist/, to change a file as a new deployment would. */
    dir: join(site, SUB_PATH),
    url: (hash = '') => `${origin}${SUB_PATH}${hash}`,
    async stop() {
      proc.kill();
      rmSync(site, { recursive: true, force: true });
    },
  };
}

/** A Chromium with a fresh, empty profile (IndexedDB and localStorage); `options` override the context's (viewport, touch). */
export async function launchBrowser(options = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'siar-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    // e.g. a phone: { viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true }
    ...options,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Collects uncaught page errors so that a test can assert there were none. */
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  return errors;
}

/**
 * Drags `source` onto `target` with the mouse in small steps, as a person
 * does: Chromium starts an HTML drag only after the pointer moves while
 * pressed (Playwright's dragTo does not start one here). Aims at the top
 * of the target, since a tall day or column may reach below the window.
 */
export async function dragWithMouse(page, source, target) {
  await source.scrollIntoViewIfNeeded();
  const from = await source.boundingBox();
  const to = await target.boundingBox();
  const start = { x: from.x + 10, y: from.y + 8 };
  const end = { x: to.x + to.width / 2, y: to.y + Math.min(20, to.height / 2) };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) {
    await page.mouse.move(start.x + ((end.x - start.x) * i) / 10, start.y + ((end.y - start.y) * i) / 10);
  }
  await page.mouse.up();
}
