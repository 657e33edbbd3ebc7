// Registers Siar's service worker and tells the app when a new version is
// waiting (event "siar-update-ready"); window.siarApplyUpdate() lets it take
// over, after which the page reloads once on the new version.
'use strict';
(function () {
  if (!('serviceWorker' in navigator)) return;
  let waiting = null;
  let applying = false;
  const announce = (worker) => {
    waiting = worker;
    window.dispatchEvent(new Event('siar-update-ready'));
  };
  window.siarUpdateWaiting = () => waiting !== null;
  window.siarApplyUpdate = () => {
    if (!waiting) return;
    applying = true;
    waiting.postMessage('skip-waiting');
  };
  // Only a takeover the person asked for reloads; the first install does not.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (applying) {
      applying = false;
      window.location.reload();
    }
  });
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('sw.js').then((reg) => {
      if (reg.waiting && navigator.serviceWorker.controller) announce(reg.waiting);
      reg.addEventListener('updatefound', () => {
        const worker = reg.installing;
        if (!worker) return;
        worker.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) announce(worker);
        });
      });
    }).catch(() => {
      // Without a service worker the app still works online.
    });
  });
})();
