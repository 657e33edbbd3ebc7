// Siar's service worker: keeps the app shell (HTML, wasm, JS, CSS, fonts,
// icons) in one versioned cache so that after one visit the app opens with
// the network off. The version and the file list are written into this
// file at build time by scripts/service-worker.sh; a new build is a new
// file, so the browser installs it beside the old one and the page offers
// "Versi baru tersedia — muat ulang" rather than swapping code under the
// person's feet. Data never passes through here: it lives in IndexedDB.
'use strict';

const VERSION = '__SIAR_VERSION__';
const FILES = [] /* __SIAR_FILES__ */;
const CACHE = `siar-${VERSION}`;

self.addEventListener('install', (event) => {
  // './' is the page itself under whatever sub-path the app is served.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(['./', ...FILES])));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('siar-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

// The page asks a waiting new version to take over when the person agrees.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // Every page of the app is the one document (pages live in the #hash).
    if (request.mode === 'navigate') {
      return (await cache.match('./')) || fetch(request);
    }
    return (await cache.match(request, { ignoreSearch: true })) || fetch(request);
  })());
});
