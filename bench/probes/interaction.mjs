// The interaction probe: code evaluated in the page (addInitScript, before any page script),
// a self-contained function of `win` (the page's window); bench/probes/inject.mjs makes the
// init script, bench/probes/interaction.test.mjs runs it against a fake window.
//
// win.__tf.arm(spec) waits until the page is ready for the next input (bounded), then
// records the first relevant input event's timeStamp (keydown / pointerup, capture phase on
// window, so before the widget's handlers), the moment the expected change is in the DOM
// (MutationObserver), the next animation frame (rAF callback: the frame that paints it) and
// the end of that frame's rendering (a message posted from the rAF callback runs after
// style, layout and paint); win.__tf.wait(ms) resolves with those timings. A frame monitor
// (rAF loop) and long-animation-frame and Event Timing observers record frame lengths while
// a session runs (framesStart / framesPause / framesResume / framesStop).

/** @param {any} win the page's window */
export function interactionProbe(win) {
  if (win !== win.top) return;
  const document = win.document;
  const performance = win.performance;
  const requestAnimationFrame = (/** @type {(t: number) => void} */ f) => win.requestAnimationFrame(f);
  const setTimeout = (/** @type {() => void} */ f, /** @type {number} */ ms) => win.setTimeout(f, ms);
  const addEventListener = (/** @type {string} */ type, /** @type {any} */ f, /** @type {boolean} */ capture) => win.addEventListener(type, f, capture);
  const q = (s) => document.querySelector(s);
  const center = (el) => { const r = el.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; };
  const S = { armed: null };
  const onInput = (kind) => (e) => {
    const a = S.armed;
    if (!a || a.input) return;
    if (kind === 'key' && !['1', '2', '3', '4', 'Enter', ' '].includes(e.key)) return;
    a.input = { kind, key: e.key || null, t: e.timeStamp, seen: performance.now() };
  };
  addEventListener('keydown', onInput('key'), true);
  addEventListener('pointerup', onInput('pointer'), true);
  const check = () => {
    const a = S.armed;
    if (!a || !a.input || a.dom !== null || !a.pred()) return;
    a.dom = performance.now();
    requestAnimationFrame((frameStart) => {
      a.frame = performance.now();
      a.frameStart = frameStart;
      const ch = new win.MessageChannel();
      ch.port1.onmessage = () => { a.paint = performance.now(); a.resolve(); };
      ch.port2.postMessage(0);
    });
  };
  new win.MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });

  const F = { on: false, last: null, gaps: [], frames: 0, gen: 0 };
  const loafs = [];
  const events = [];
  try {
    new win.PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        loafs.push({
          start: e.startTime, duration: e.duration, blocking: e.blockingDuration,
          renderStart: e.renderStart - e.startTime, styleAndLayoutStart: e.styleAndLayoutStart - e.startTime,
          scripts: (e.scripts || []).map((x) => ({ invoker: x.invoker, duration: x.duration, source: x.sourceURL ? x.sourceURL.split('/').pop() : '', fn: x.sourceFunctionName })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch (_) {}
  // Event Timing: the browser's own input-to-next-presented-frame time (8 ms steps; only
  // events of 16 ms or more are reported, the API's lowest threshold).
  try {
    new win.PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (['keydown', 'pointerup', 'click'].includes(e.name)) events.push({ name: e.name, start: e.startTime, duration: e.duration });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch (_) {}
  // One loop at a time: a callback from an earlier loop (before a pause) stops itself.
  const loop = (gen) => {
    const frame = (t) => {
      if (!F.on || gen !== F.gen) return;
      if (F.last !== null) F.gaps.push([t, t - F.last]);
      F.last = t;
      if (++F.frames < 400000) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  };
  const progressText = () => { const p = q('[data-testid="progress"]'); return p ? p.textContent.trim() : null; };
  const PRED = {
    feedback: () => !!q('[data-testid="feedback"]'),
    results: () => !!q('[data-testid="results"]'),
  };
  const READY = {
    card: () => !!q('[data-testid="card"]') && !q('[data-testid="feedback"]'),
    next: () => !!q('[data-testid="next-card"]'),
  };
  win.__tf = {
    wasmExports: null,
    // Waits (at most maxFrames animation frames) until ready, then arms. Resolves with the
    // page facts the driver needs to send the input.
    arm(spec) {
      return new Promise((resolve, reject) => {
        let n = 0;
        const go = () => {
          if (!READY[spec.ready]()) {
            if (++n > (spec.maxFrames || 600)) return reject(new Error('not ready: ' + spec.ready + ' at ' + progressText()));
            return requestAnimationFrame(go);
          }
          const before = progressText();
          const pred = spec.done === 'progress-change'
            ? () => { const t = progressText(); return t !== null && t !== before && !PRED.feedback(); }
            : PRED[spec.done];
          const a = { pred, input: null, dom: null, frame: null, paint: null, before };
          a.promise = new Promise((res) => { a.resolve = res; });
          S.armed = a;
          // Keys go to the board: make sure focus is inside it (the widget moves focus to the
          // card or the Next button itself; this only corrects a lost focus).
          let refocused = false;
          const board = q('.board');
          if (spec.ready === 'card' && board && !board.contains(document.activeElement)) {
            q('[data-testid="card"]').focus();
            refocused = true;
          }
          const piles = [...document.querySelectorAll('[data-testid^="pile-"]')].map((el) => ({
            id: el.dataset.testid.slice(5), index: Number(el.dataset.pileIndex), ...center(el),
          }));
          const next = q('[data-testid="next-card"]');
          const active = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.testid || null : null;
          resolve({ progress: before, piles, next: next ? center(next) : null, active, refocused });
        };
        go();
      });
    },
    // Resolves with the timings of the armed input, or rejects after timeoutMs.
    wait(timeoutMs) {
      const a = S.armed;
      if (!a) return Promise.reject(new Error('not armed'));
      return Promise.race([
        a.promise.then(() => {
          S.armed = null;
          const t0 = a.input.t;
          return {
            kind: a.input.kind,
            t: t0,
            queue: a.input.seen - t0,
            frameStart: a.frameStart - t0,
            dom: a.dom - t0,
            frame: a.frame - t0,
            paint: a.paint - t0,
            active: document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.testid || null : null,
          };
        }),
        new Promise((_, reject) => setTimeout(() => reject(new Error('no change within ' + timeoutMs + ' ms (input seen: ' + !!a.input + ')')), timeoutMs)),
      ]);
    },
    framesStart() { F.on = true; F.last = null; F.gaps = []; F.frames = 0; loafs.length = 0; events.length = 0; loop(++F.gen); },
    framesPause() { F.on = false; return performance.now(); },
    framesResume() { F.on = true; F.last = null; loop(++F.gen); return performance.now(); },
    // Event Timing entries arrive after presentation: give them a few frames (bounded).
    framesStop() {
      F.on = false;
      return new Promise((resolve) => {
        let n = 0;
        const done = () => (++n < 10 ? requestAnimationFrame(done) : resolve({ gaps: F.gaps.slice(), loafs: loafs.slice(), events: events.slice() }));
        requestAnimationFrame(done);
      });
    },
    progressText,
  };
  addEventListener('TrunkApplicationStarted', (e) => { win.__tf.wasmExports = e.detail && e.detail.wasm; });
}
