// Siar's recovery screen, in plain JavaScript so that it works when the
// app does not: the release build aborts on a panic (the wasm instance is
// dead and the page stops answering), and the app may also fail to start
// (the wasm file is missing, cut short or refused by the browser).
//
// When that happens this script covers the page with a short explanation,
// in the language chosen on this device (localStorage "siar.language",
// Indonesian by default), and two buttons:
// - "Unduh cadangan": everything stored in IndexedDB (database "siar"),
//   read here without the app, written as a plan file
//   (shared/spec/plan-format.md) and downloaded;
// - "Muat ulang": reloads the page.
//
// Signals:
// - "siar-panic" on window, dispatched by the app's panic hook
//   (src/browser/panic.rs) before the abort; detail = the panic message;
// - an uncaught WebAssembly.RuntimeError at any time (the instance trapped);
// - before Trunk's "TrunkApplicationStarted": an uncaught error or rejection,
//   or a script that failed to load, then no start within GRACE_MS;
// - no start within START_TIMEOUT_MS at all.
// A screen shown because the start seemed to fail goes away again if the
// app starts after all.
//
// No inline script or style attribute is used (CSP script-src 'self'); the
// screen is built with createElement and textContent only.
'use strict';
(function () {
  const DB_NAME = 'siar';
  const KINDS = ['members', 'pillars', 'posts', 'ideas', 'coverage', 'special_days', 'slots'];
  const WORKSPACE_STORE = 'workspace';
  const START_TIMEOUT_MS = 20000;
  const GRACE_MS = 1500;

  const TEXT = {
    id: {
      title_panic: 'Siar berhenti karena kesalahan',
      title_start: 'Siar tidak dapat dimulai',
      body_panic:
        'Terjadi kesalahan di dalam aplikasi, sehingga halaman ini tidak bisa dipakai lagi. ' +
        'Data yang sudah tersimpan di perangkat ini tidak terhapus; perubahan yang sedang diketik mungkin belum tersimpan.',
      body_start:
        'Aplikasi gagal dimuat di browser ini, misalnya karena berkasnya tidak terunduh utuh. ' +
        'Data yang sudah tersimpan di perangkat ini tidak terhapus.',
      advice:
        'Unduh cadangan dulu agar data Anda aman, lalu muat ulang halaman. ' +
        'Bila masalah berulang, kirim berkas cadangan dan keterangan teknis di bawah kepada admin.',
      download: 'Unduh cadangan',
      reload: 'Muat ulang',
      details: 'Keterangan teknis',
      working: 'Membaca data tersimpan…',
      done: (name, posts) => `Cadangan diunduh: ${name} (${posts} konten).`,
      nothing: 'Tidak ada data tersimpan di perangkat ini, jadi tidak ada yang perlu dicadangkan.',
      failed: (reason) => `Cadangan tidak bisa dibuat: ${reason}. Data tersimpan tidak diubah.`,
      no_idb: 'penyimpanan browser (IndexedDB) tidak tersedia',
      no_detail: 'Aplikasi tidak memberi keterangan.',
    },
    en: {
      title_panic: 'Siar stopped because of an error',
      title_start: 'Siar could not start',
      body_panic:
        'Something went wrong inside the app, so this page cannot be used any more. ' +
        'The data already stored on this device is not deleted; what was being typed may not have been saved.',
      body_start:
        'The app failed to load in this browser, for example because its files did not download completely. ' +
        'The data already stored on this device is not deleted.',
      advice:
        'Download a backup first to keep your data safe, then reload the page. ' +
        'If it happens again, send the backup file and the technical details below to your admin.',
      download: 'Download backup',
      reload: 'Reload',
      details: 'Technical details',
      working: 'Reading stored data…',
      done: (name, posts) => `Backup downloaded: ${name} (${posts} posts).`,
      nothing: 'Nothing is stored on this device, so there is nothing to back up.',
      failed: (reason) => `The backup could not be made: ${reason}. Stored data is unchanged.`,
      no_idb: 'browser storage (IndexedDB) is not available',
      no_detail: 'The app gave no details.',
    },
  };

  let started = false;
  let screen = null; // { root, reason, hidden: [[element, display, priority]] }
  let pending = null;
  const clues = []; // what went wrong before the start, for the details

  function language() {
    try {
      const raw = localStorage.getItem('siar.language');
      if (raw === null) return 'id';
      let code = raw;
      try {
        code = JSON.parse(raw); // gloo-storage keeps values as JSON
      } catch (_) {
        /* a bare code */
      }
      return code === 'en' ? 'en' : 'id';
    } catch (_) {
      return 'id'; // localStorage blocked
    }
  }

  function describe(value) {
    if (value === undefined || value === null) return '';
    if (value instanceof Error) return `${value.name}: ${value.message}`;
    return String(value);
  }

  function isTrap(error) {
    return typeof WebAssembly === 'object' && error instanceof WebAssembly.RuntimeError;
  }

  function el(tag, props, children) {
    const node = document.createElement(tag);
    Object.assign(node, props || {});
    for (const child of children || []) node.append(child);
    return node;
  }

  function css(node, styles) {
    // CSSOM, not a style attribute: allowed under a strict CSP.
    for (const [name, value] of Object.entries(styles)) node.style.setProperty(name, value);
  }

  function show(reason, detail) {
    if (screen) {
      if (screen.reason === 'start' && reason === 'panic') hide();
      else return;
    }
    if (!document.body) {
      document.addEventListener('DOMContentLoaded', () => show(reason, detail), { once: true });
      return;
    }
    const lang = language();
    const t = TEXT[lang];

    // Modal dialogs of the app sit in the top layer, above anything else.
    for (const dialog of document.querySelectorAll('dialog[open]')) {
      try {
        dialog.close();
      } catch (_) {
        /* already gone */
      }
    }
    // The app's page stays in the DOM (nothing of it is lost) but out of
    // sight and out of reach of the keyboard.
    const hidden = [];
    for (const child of Array.from(document.body.children)) {
      if (child.tagName === 'SCRIPT' || child.tagName === 'NOSCRIPT') continue;
      hidden.push([child, child.style.getPropertyValue('display'), child.style.getPropertyPriority('display'), child.inert]);
      child.style.setProperty('display', 'none', 'important');
      child.inert = true;
    }

    const heading = el('h1', { id: 'siar-recovery-title', tabIndex: -1, textContent: reason === 'panic' ? t.title_panic : t.title_start });
    const status = el('p', { className: 'recovery-status' });
    status.setAttribute('role', 'status');
    status.dataset.testid = 'recovery-status';
    const download = el('button', { type: 'button', className: 'primary', textContent: t.download });
    const reload = el('button', { type: 'button', textContent: t.reload });
    download.addEventListener('click', () => backup(t, status, download));
    reload.addEventListener('click', () => window.location.reload());
    const actions = el('div', {}, [download, reload]);
    css(actions, { display: 'flex', 'flex-wrap': 'wrap', gap: '8px', margin: '16px 0' });
    const technical = el('details', {}, [
      el('summary', { textContent: t.details }),
      el('pre', { textContent: describe(detail) || t.no_detail }),
    ]);
    const pre = technical.lastChild;
    css(pre, { 'white-space': 'pre-wrap', 'overflow-wrap': 'anywhere', 'font-size': '.85rem' });
    const panel = el('div', {}, [
      heading,
      el('p', { textContent: reason === 'panic' ? t.body_panic : t.body_start }),
      el('p', { textContent: t.advice }),
      actions,
      status,
      technical,
    ]);
    css(panel, { 'max-width': '40rem', margin: '0 auto', padding: '24px 16px' });
    const root = el('main', { id: 'siar-recovery', lang }, [panel]);
    root.dataset.testid = 'recovery';
    root.dataset.reason = reason;
    root.setAttribute('role', 'alertdialog');
    root.setAttribute('aria-modal', 'true');
    root.setAttribute('aria-labelledby', heading.id);
    css(root, {
      position: 'fixed',
      inset: '0',
      'z-index': '2147483647',
      overflow: 'auto',
      background: '#fff',
      color: '#1b1f24',
      'font-family': 'system-ui, sans-serif',
      'line-height': '1.5',
    });
    document.body.append(root);
    screen = { root, reason, hidden };
    try {
      heading.focus();
    } catch (_) {
      /* focus is a nicety */
    }
  }

  function hide() {
    if (!screen) return;
    for (const [child, display, priority, inert] of screen.hidden) {
      if (display) child.style.setProperty('display', display, priority);
      else child.style.removeProperty('display');
      child.inert = inert;
    }
    screen.root.remove();
    screen = null;
  }

  // --- The backup, read straight from IndexedDB ---------------------------

  function request(req) {
    return new Promise((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  }

  /** Opens Siar's database as it is, or returns null if there is none: never creates or upgrades it. */
  function openExisting() {
    return new Promise((resolve, reject) => {
      let created = false;
      const req = indexedDB.open(DB_NAME);
      req.onupgradeneeded = () => {
        // No database yet: opening would create an empty one at version 1,
        // which the app would then migrate wrongly. Abort instead.
        created = true;
        req.transaction.abort();
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = (event) => {
        if (created) {
          event.preventDefault();
          resolve(null);
        } else {
          reject(req.error);
        }
      };
      req.onblocked = () => reject(new Error('blocked by another tab'));
    });
  }

  const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

  /** Everything stored, as a plan file object; null when nothing is stored. */
  async function readPlan(now) {
    if (typeof indexedDB === 'undefined' || indexedDB === null) throw new Error('no-idb');
    const db = await openExisting();
    if (!db) return null;
    try {
      const stores = KINDS.concat(WORKSPACE_STORE).filter((name) => db.objectStoreNames.contains(name));
      if (stores.length === 0) return null;
      const tx = db.transaction(stores, 'readonly');
      const has = (name) => stores.includes(name);
      const records = {};
      await Promise.all(
        KINDS.map(async (kind) => {
          const entries = has(kind) ? await request(tx.objectStore(kind).getAll()) : [];
          // Entries are envelopes {schema, record}; each record is kept as
          // stored, tombstones and unknown fields included.
          records[kind] = entries
            .map((entry) => (entry && typeof entry === 'object' ? entry.record : null))
            .filter((record) => record && typeof record === 'object')
            .sort(byId);
        }),
      );
      let workspace = null;
      let extra = null;
      if (has(WORKSPACE_STORE)) {
        const store = tx.objectStore(WORKSPACE_STORE);
        const [ws, ex] = await Promise.all([request(store.get('workspace')), request(store.get('plan_extra'))]);
        workspace = ws && ws.record;
        extra = ex && ex.record;
      }
      const plan = {
        format: 'siar.plan',
        version: 1,
        exported_at: now,
        exported_by: null,
        // A database always holds the workspace (migration 1 seeds it);
        // should it be missing, the defaults of a fresh install stand in.
        workspace: workspace || {
          id: 'workspace',
          name: 'Dinas Komunikasi dan Informatika',
          timezone: 'Asia/Pontianak',
          locale: 'id',
          followers: {},
          default_hashtags: [],
          byline: '',
          created_at: '1970-01-01T00:00:00Z',
          updated_at: '1970-01-01T00:00:00Z',
        },
      };
      for (const kind of KINDS) plan[kind] = records[kind];
      // Unknown top-level keys of imported files are written back.
      if (extra && typeof extra === 'object') {
        for (const [key, value] of Object.entries(extra)) {
          if (!(key in plan)) plan[key] = value;
        }
      }
      return plan;
    } finally {
      db.close();
    }
  }

  function slug(name) {
    const words = String(name || '')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['\u2019\u02bc]/g, '')
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    let out = '';
    for (const word of words) {
      const next = out ? `${out}-${word}` : word;
      if (next.length > 60) {
        if (!out) out = word.slice(0, 60);
        break;
      }
      out = next;
    }
    return out || 'rencana';
  }

  function day(date, timeZone) {
    const parts = (zone) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
    let text;
    try {
      text = parts(timeZone || 'Asia/Pontianak');
    } catch (_) {
      text = parts(undefined);
    }
    return text.replace(/\D/g, '');
  }

  function save(name, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const anchor = el('a', { href: url, download: name });
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    // Revoking at once can cancel the download in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  async function backup(t, status, button) {
    button.disabled = true;
    status.textContent = t.working;
    try {
      const date = new Date();
      const now = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
      const plan = await readPlan(now);
      if (!plan) {
        status.textContent = t.nothing;
        return;
      }
      const name = `siar-${slug(plan.workspace.name)}-${day(date, plan.workspace.timezone)}.json`;
      save(name, JSON.stringify(plan, null, 2));
      try {
        localStorage.setItem('siar.last_backup', JSON.stringify(now));
      } catch (_) {
        /* the reminder is a nicety */
      }
      status.textContent = t.done(name, plan.posts.filter((p) => !p.deleted).length);
    } catch (error) {
      const reason = error && error.message === 'no-idb' ? t.no_idb : describe(error);
      status.textContent = t.failed(reason);
    } finally {
      button.disabled = false;
    }
  }

  // --- Signals ----------------------------------------------------------

  function suspectStart(detail) {
    if (started) return;
    if (detail) clues.push(detail);
    if (pending) return;
    pending = setTimeout(() => {
      pending = null;
      if (!started) show('start', clues.join('\n'));
    }, GRACE_MS);
  }

  window.addEventListener('TrunkApplicationStarted', () => {
    started = true;
    if (screen && screen.reason === 'start') hide();
  });

  window.addEventListener('siar-panic', (event) => show('panic', event.detail));

  window.addEventListener(
    'error',
    (event) => {
      const target = event.target;
      if (target && target !== window && target.tagName) {
        // A resource that failed to load (capture phase): only the app's
        // own code matters.
        const rel = (target.rel || '').toLowerCase();
        const code = target.tagName === 'SCRIPT' || rel === 'modulepreload' || (rel === 'preload' && /\.wasm$/.test(target.href || ''));
        if (code) suspectStart(`${target.tagName.toLowerCase()} ${target.src || target.href || ''} failed to load`);
        return;
      }
      if (isTrap(event.error)) show('panic', describe(event.error));
      else suspectStart(describe(event.error) || event.message);
    },
    true,
  );

  window.addEventListener('unhandledrejection', (event) => {
    if (isTrap(event.reason)) show('panic', describe(event.reason));
    else suspectStart(describe(event.reason));
  });

  setTimeout(() => {
    if (!started) show('start', clues.concat(`no start after ${START_TIMEOUT_MS / 1000} s`).join('\n'));
  }, START_TIMEOUT_MS);
})();
