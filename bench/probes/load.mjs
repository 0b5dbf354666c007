// The load probe: code evaluated in the page (installed with addInitScript, so it runs before
// any page script), as a self-contained function of `win` (the page's window) and a config.
// bench/probes/inject.mjs turns it into the init script; bench/probes/load.test.mjs runs it
// against a fake window (no browser). It must not refer to anything outside itself: the
// tests evaluate it in an empty realm, where a stray global is a ReferenceError.
//
// What it records, in win.__bench, as performance.now() times from navigation start:
//   shown        the first animation frame in which the main control (the Start button) is
//                in the page, enabled and rendered with a box (the figure reported until
//                2026-12 as "first card operable"; the rAF callback runs at the start of the
//                frame that paints what is then in the DOM); inDom: when it entered the DOM;
//   firstScreen  the first animation frame in which every `firstScreen` selector (heading and
//                main control) is rendered and visible: frame (that rAF callback, at the
//                frame's start) and painted (a message posted from it, which runs once that
//                frame's style, layout and paint are done: the figure reported as the first
//                screen painted);
//   operable     with cfg.click: from the moment the first screen is painted (a learner cannot
//                click earlier), the probe dispatches a click on the main control every
//                cfg.clickEveryMs ms (el.click(): the same click event a mouse makes, through
//                the page's own handlers) until the next screen (cfg.next) is in the DOM.
//                operable is the dispatch time of the last click before the next screen
//                appeared: the first click that took effect. A control that is present but not
//                yet wired (a pre-rendered page before its wasm) ignores the earlier clicks; a
//                page that queues them and replays them later is credited only when the next
//                screen appears, since clicks keep coming until then. next: when the next
//                screen was in the DOM; nextFrame: the frame that paints it; clicks: how many
//                were dispatched; nativeSubmits: clicks that would have submitted a form
//                natively (a navigation: prevented, counted and reported);
//   fcp, load, committed, wasmInstantiated, appStarted (TrunkApplicationStarted), frames.
// Bounded: at most cfg.maxFrames animation frames and cfg.maxClicks clicks.

/**
 * @typedef {Object} LoadProbeConfig
 * @property {string} control      the first screen's main control
 * @property {string[]} firstScreen selectors that must all be rendered for the first screen
 * @property {string} heading      the first screen's heading (for the text check)
 * @property {string} next         what the next screen shows once the control took effect
 * @property {boolean} click       dispatch clicks to time the first operable control
 * @property {number} clickEveryMs
 * @property {number} maxFrames
 * @property {number} maxClicks
 * @property {boolean} captureText record the first screen's text (innerText of main; forces a layout)
 */

/**
 * @param {any} win the page's window
 * @param {LoadProbeConfig} cfg
 */
export function loadProbe(win, cfg) {
  if (win !== win.top) return;
  const doc = win.document;
  const now = () => win.performance.now();
  const raf = (/** @type {(t: number) => void} */ f) => win.requestAnimationFrame(f);
  const B = (win.__bench = {
    shown: null, inDom: null, firstScreen: null, operable: null, next: null, nextFrame: null,
    firstClick: null, lastClick: null, clicks: 0, nativeSubmits: 0, firstScreenText: null,
    fcp: null, load: null, frames: 0, committed: now(), wasmInstantiated: null, appStarted: null, wasmExports: null,
  });
  // When the wasm instance is ready (before wasm-bindgen runs main()): wrap the two entry
  // points the glue uses; the wrappers only note the time.
  const WA = win.WebAssembly;
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const orig = WA && WA[name];
    if (typeof orig !== 'function') continue;
    WA[name] = function (/** @type {any[]} */ ...args) {
      return orig.apply(this, args).then((/** @type {any} */ r) => { if (B.wasmInstantiated === null) B.wasmInstantiated = now(); return r; });
    };
  }
  const q = (/** @type {string} */ s) => doc.querySelector(s);
  const rendered = (/** @type {any} */ el) => !!el && el.getClientRects().length > 0 &&
    (!el.checkVisibility || el.checkVisibility({ opacityProperty: true, visibilityProperty: true }));
  const ready = (/** @type {any} */ el) => rendered(el) && !el.disabled;

  // The click loop: from the first screen's paint until the next screen is in the DOM.
  const clickLoop = () => {
    if (B.next !== null || B.clicks >= cfg.maxClicks) return;
    const el = q(cfg.control);
    if (el && el.isConnected) {
      const t = now();
      if (B.firstClick === null) B.firstClick = t;
      B.clicks++;
      B.lastClick = t;
      el.click();
      // A next screen that appeared inside the click (a synchronous render) counts it too.
      if (B.next === null && q(cfg.next)) onNext();
    }
    if (B.next === null) win.setTimeout(clickLoop, cfg.clickEveryMs);
  };
  const onNext = () => {
    if (B.next !== null) return;
    B.next = now();
    B.operable = B.clicks > 0 ? B.lastClick : null;
    raf(() => { B.nextFrame = now(); });
  };

  const tick = () => {
    B.frames++;
    if (B.shown === null && ready(q(cfg.control))) B.shown = now();
    if (B.firstScreen === null && cfg.firstScreen.every((s) => rendered(q(s)))) {
      const fs = (B.firstScreen = { frame: now(), painted: null });
      if (cfg.captureText) {
        const m = q('main');
        B.firstScreenText = m ? m.innerText.replace(/\s+/g, ' ').trim() : null;
      }
      const ch = new win.MessageChannel();
      ch.port1.onmessage = () => {
        fs.painted = now();
        if (cfg.click) clickLoop();
      };
      ch.port2.postMessage(0);
    }
    if ((B.shown === null || B.firstScreen === null) && B.frames < cfg.maxFrames) raf(tick);
  };
  raf(tick);

  const mo = new win.MutationObserver(() => {
    if (B.inDom === null && q(cfg.control)) B.inDom = now();
    if (cfg.click && B.next === null && q(cfg.next)) onNext();
    if (B.inDom !== null && (!cfg.click || B.next !== null)) mo.disconnect();
  });
  mo.observe(doc, { childList: true, subtree: true });

  if (cfg.click) {
    // A click that would submit a form natively navigates away (the page did not handle it):
    // counted, and stopped so the measurement goes on. Bubble phase on window: after the page's handlers.
    win.addEventListener('submit', (/** @type {any} */ e) => {
      if (!e.defaultPrevented) { B.nativeSubmits++; e.preventDefault(); }
    });
  }
  // Paint Timing: first contentful paint. (Element Timing of the heading is no use here: the
  // click removes the heading before Chromium reports its presentation, and the entry is lost.)
  try {
    new win.PerformanceObserver((/** @type {any} */ list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') B.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
  } catch (_) { /* no Paint Timing: fcp stays null */ }
  win.addEventListener('load', () => { B.load = now(); });
  win.addEventListener('TrunkApplicationStarted', (/** @type {any} */ e) => {
    B.appStarted = now();
    B.wasmExports = e.detail && e.detail.wasm;
  });
}
