#!/usr/bin/env node
// Twofold's performance benchmark: drives headless Chromium (playwright-core, Debian's
// /usr/bin/chromium) against the release build served by bench/serve.py. scripts/bench.sh
// builds, serves and calls this; run by hand with a server already up:
//
//   node bench/run.mjs --base http://127.0.0.1:PORT/ [--out target/bench/results.json]
//        [--table target/bench/table.md] [--doc docs/performance.md]
//        [--runs 15] [--placements 120] [--big-loads 5] [--big-placements 1000]
//
// Measures (see docs/performance.md for the method):
//   1. load: Twofold (index.html?deck=myth-or-fact) against the static lower bound
//      (/static/), A/B alternating in fresh contexts: time from navigation start to the first
//      operable control, bytes on the wire, requests, and Twofold/static per pair;
//   2. interaction: placement (key press or pointer up) to feedback painted, and "next" to
//      the next card painted, over whole games; the same on the static interaction floor
//      (/static/play.html: the same flow in a few dozen lines of plain JavaScript), side by
//      side, since every such timing includes the wait for the next frame;
//   3. memory after a full game: JS heap (CDP Runtime.getHeapUsage after a forced GC) and the
//      wasm linear memory (the wasm-bindgen exports' `memory`);
//   4. a generated 1,000-card deck (big.html, deck inlined): load, per-placement latency,
//      longest frame, results screen, memory;
//   5. the load A/B of 1. again with an emulated round-trip time (--rtt, 50 ms; CDP
//      Network.emulateNetworkConditions on both pages), where every request that waits for
//      another (the glue, the wasm, a deck fetched after start-up) costs a round trip.
// Writes the raw figures as JSON and a markdown table; every loop is bounded and every wait
// has a timeout. Only 127.0.0.1 is contacted.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import os from 'node:os';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const CHROMIUM = CHROMIUM_PATH;
const BENCH_CHROMIUM_ARGS = [
  ...CHROMIUM_ARGS,
  // performance.memory is otherwise quantised; the headline figure comes from CDP anyway.
  '--enable-precise-memory-info',
];
const SMALL_DECK = 'myth-or-fact';
const BIG_DECK = 'bench-big-deck'; // bench/make-big-deck.mjs DECK_ID
const KB = 1000; // sizes are decimal, as in scripts/size-budget.mjs

const TARGETS = {
  transferBytes: 100 * KB,
  requests: 6,
  operableRatio: 1.3,
  // The literal interaction target, p95 < 16 ms: reported beside the judged rule below.
  placementP95Ms: 16,
  // The interaction target as judged: Twofold's p95 (input -> the frame that paints the
  // feedback) within one frame of the static floor's p95, measured the same way, and the
  // feedback in the first frame after the input for at least 95 % of placements. The literal
  // "p95 < 16 ms" cannot be met as measured: the wait for the next frame alone is 0-16.7 ms.
  placementOverFloorMs: 1000 / 60,
  placementFirstFrameShare: 0.95,
  memoryBytes: 4 * 1024 * 1024,
  // "without visible stutter": no frame longer than this while playing the big deck.
  bigLongestFrameMs: 50,
};

// ---------------------------------------------------------------------------------------
// arguments

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}
const BASE = arg('base');
if (!BASE || !/^http:\/\/127\.0\.0\.1:\d+\/$/.test(BASE)) {
  console.error('run.mjs: --base http://127.0.0.1:PORT/ is required (127.0.0.1 only)');
  process.exit(2);
}
const OUT = resolve(arg('out', join(ROOT, 'target/bench/results.json')));
const TABLE = resolve(arg('table', join(ROOT, 'target/bench/table.md')));
const DOC = arg('doc') ? resolve(arg('doc')) : null;
const DIST = arg('dist') ? resolve(arg('dist')) : null;
const BIG_JSON = resolve(arg('big-json', join(dirname(OUT), 'big-deck.json')));
// Floors: at least 15 A/B pairs and 100 placements, whatever is asked.
const count = (name, fallback, floor) => Math.max(floor, Math.floor(Number(arg(name, fallback))) || 0);
const RUNS = count('runs', '15', 15);
const PLACEMENTS = count('placements', '120', 100);
const BIG_LOADS = count('big-loads', '5', 1);
const BIG_PLACEMENTS = count('big-placements', '1000', 1);
const RTT_MS = count('rtt', '50', 0);
const TWOFOLD_PAGE = arg('page', `index.html?deck=myth-or-fact`);
const WARMUP = 1;

const log = (...a) => console.error('[bench]', ...a);

// ---------------------------------------------------------------------------------------
// statistics

function quantile(sorted, q) {
  if (sorted.length === 0) return null;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
function summary(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return { n: 0 };
  const r = (x) => Math.round(x * 1000) / 1000;
  return {
    n: v.length,
    median: r(quantile(v, 0.5)),
    p25: r(quantile(v, 0.25)),
    p75: r(quantile(v, 0.75)),
    p95: r(quantile(v, 0.95)),
    min: r(v[0]),
    max: r(v[v.length - 1]),
    mean: r(v.reduce((a, b) => a + b, 0) / v.length),
  };
}

// ---------------------------------------------------------------------------------------
// in-page probes (installed with addInitScript, so they run before any page script)

// Load probe: the moment the first operable control is painted. A requestAnimationFrame loop
// (callbacks run at the start of the frame that paints what is in the DOM) checks the Start
// button: present, enabled, rendered with a box. Also the moment it entered the DOM
// (MutationObserver), first contentful paint and the load event. Bounded: ~3000 frames.
const LOAD_PROBE = `(() => {
  if (window !== window.top) return;
  const B = (window.__bench = { operable: null, inDom: null, fcp: null, load: null, frames: 0, committed: performance.now(), wasmInstantiated: null });
  // When the wasm instance is ready (before wasm-bindgen runs main()): wrap the two entry
  // points the glue uses; the wrappers only note the time.
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const orig = WebAssembly[name];
    if (typeof orig !== 'function') continue;
    WebAssembly[name] = function (...args) {
      return orig.apply(this, args).then((r) => { if (B.wasmInstantiated === null) B.wasmInstantiated = performance.now(); return r; });
    };
  }
  const SEL = '[data-testid="start-game"]';
  const ready = (el) => !!el && !el.disabled && el.getClientRects().length > 0 &&
    (!el.checkVisibility || el.checkVisibility({ opacityProperty: true, visibilityProperty: true }));
  const tick = () => {
    if (B.operable !== null) return;
    B.frames++;
    if (ready(document.querySelector(SEL))) { B.operable = performance.now(); return; }
    if (B.frames < 3000) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const mo = new MutationObserver(() => {
    if (B.inDom === null && document.querySelector(SEL)) { B.inDom = performance.now(); mo.disconnect(); }
  });
  mo.observe(document, { childList: true, subtree: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') B.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
  } catch (_) {}
  addEventListener('load', () => { B.load = performance.now(); });
  addEventListener('TrunkApplicationStarted', (e) => { B.appStarted = performance.now(); B.wasmExports = e.detail && e.detail.wasm; });
})();`;

// Interaction probe. arm(spec) waits until the page is ready for the next input (bounded),
// then records the first relevant input event's timeStamp (keydown / pointerup, capture
// phase on window, so before the widget's handlers), the moment the expected change is in
// the DOM (MutationObserver), the next animation frame (rAF callback: the frame that paints
// it) and the end of that frame's rendering (a message posted from the rAF callback runs
// after style, layout and paint). A frame monitor (rAF loop) and a long-animation-frame
// observer record frame lengths while a session runs.
const INTERACTION_PROBE = `(() => {
  if (window !== window.top) return;
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
      const ch = new MessageChannel();
      ch.port1.onmessage = () => { a.paint = performance.now(); a.resolve(); };
      ch.port2.postMessage(0);
    });
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });

  const F = { on: false, last: null, gaps: [], frames: 0, gen: 0 };
  const loafs = [];
  const events = [];
  try {
    new PerformanceObserver((list) => {
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
    new PerformanceObserver((list) => {
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
  window.__tf = {
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
  addEventListener('TrunkApplicationStarted', (e) => { window.__tf.wasmExports = e.detail && e.detail.wasm; });
})();`;

// ---------------------------------------------------------------------------------------
// browser helpers

async function newContext(browser, probes) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  for (const p of probes) await context.addInitScript({ content: p });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp };
}

// Counts requests and bytes through CDP Network events. encodedDataLength at loadingFinished
// is what came over the socket for that request, headers included.
function trackNetwork(cdp) {
  const reqs = new Map();
  let pending = 0;
  let idleWaiter = null;
  const settle = () => { if (pending === 0 && idleWaiter) { idleWaiter(); idleWaiter = null; } };
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.url.startsWith('data:')) return;
    if (!reqs.has(e.requestId)) pending++;
    reqs.set(e.requestId, { url: e.request.url, type: e.type, status: null, encoding: null, mime: null, wire: 0, bodyLength: null, done: false });
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = reqs.get(e.requestId);
    if (!r) return;
    const h = Object.fromEntries(Object.entries(e.response.headers || {}).map(([k, v]) => [k.toLowerCase(), v]));
    r.status = e.response.status;
    r.mime = e.response.mimeType;
    r.contentType = h['content-type'] || null;
    r.encoding = h['content-encoding'] || 'identity';
    r.bodyLength = h['content-length'] ? Number(h['content-length']) : null;
  });
  const finish = (e, failed) => {
    const r = reqs.get(e.requestId);
    if (!r || r.done) return;
    r.done = true;
    r.failed = failed;
    if (!failed) r.wire = e.encodedDataLength;
    pending--;
    settle();
  };
  cdp.on('Network.loadingFinished', (e) => finish(e, false));
  cdp.on('Network.loadingFailed', (e) => finish(e, true));
  return {
    async enable() {
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    },
    idle(timeoutMs) {
      if (pending === 0) return Promise.resolve(true);
      return new Promise((res) => {
        const t = setTimeout(() => { idleWaiter = null; res(false); }, timeoutMs);
        idleWaiter = () => { clearTimeout(t); res(true); };
      });
    },
    result() {
      const list = [...reqs.values()];
      return {
        requests: list.length,
        wireBytes: list.reduce((a, r) => a + r.wire, 0),
        bodyBytes: list.reduce((a, r) => a + (r.bodyLength || 0), 0),
        failed: list.filter((r) => r.failed).length,
        resources: list.map((r) => ({
          path: new URL(r.url).pathname + new URL(r.url).search,
          status: r.status, type: r.contentType, encoding: r.encoding, wire: r.wire, body: r.bodyLength,
        })),
      };
    },
  };
}

async function waitProbe(page, timeoutMs) {
  await page.waitForFunction(() => window.__bench && window.__bench.operable !== null, null, {
    timeout: timeoutMs, polling: 'raf',
  });
  return page.evaluate(() => {
    const B = window.__bench;
    const nav = performance.getEntriesByType('navigation')[0];
    const res = performance.getEntriesByType('resource');
    const find = (re) => res.find((r) => re.test(r.name));
    const end = (re) => { const e = find(re); return e ? e.responseEnd : null; };
    const start = (re) => { const e = find(re); return e ? e.startTime : null; };
    return {
      operable: B.operable, inDom: B.inDom, fcp: B.fcp, load: B.load, appStarted: B.appStarted ?? null,
      committed: B.committed, wasmInstantiated: B.wasmInstantiated,
      htmlReceived: nav ? nav.responseEnd : null, glueRequested: start(/\.js(\?|$)/), glueReceived: end(/\.js(\?|$)/),
      wasmRequested: start(/\.wasm(\?|$)/), wasmReceived: end(/\.wasm(\?|$)/),
    };
  });
}

// One cold load in a fresh context: timings, network, and (optionally) a check of the page.
async function coldLoad(browser, url, { verify, probeTimeout = 30_000, rtt = 0 } = {}) {
  const { context, page, cdp } = await newContext(browser, [LOAD_PROBE]);
  try {
    const net = trackNetwork(cdp);
    await net.enable();
    if (rtt > 0) {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false, latency: rtt, downloadThroughput: -1, uploadThroughput: -1,
      });
    }
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    let timing;
    try {
      timing = await waitProbe(page, probeTimeout);
    } catch (e) {
      const shown = await page.evaluate(() => document.body ? document.body.innerText.replace(/\s+/g, ' ').slice(0, 300) : '').catch(() => '');
      throw new Error(`no operable Start button on ${url} within ${probeTimeout} ms; the page shows: "${shown}"${errors.length ? `; page errors: ${errors.join('; ')}` : ''}`);
    }
    // The load event has fired and the control is up; let any late request finish.
    await page.waitForFunction(() => window.__bench.load !== null, null, { timeout: 10_000 });
    const quiet = await net.idle(5_000);
    const extra = verify ? await verify(page) : null;
    return { url, ...timing, ...net.result(), quiet, errors, extra };
  } finally {
    await context.close();
  }
}

async function heapFigures(page, cdp) {
  const beforeGc = await cdp.send('Runtime.getHeapUsage');
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  await cdp.send('HeapProfiler.disable');
  const inPage = await page.evaluate(async () => {
    const fromEvent = (window.__tf && window.__tf.wasmExports) || (window.__bench && window.__bench.wasmExports) || null;
    let fromBindings = null;
    // The Trunk glue sets window.wasmBindings (the wasm-bindgen module); its default export,
    // init(), returns the already-instantiated wasm exports, whose `memory` is the linear memory.
    if (window.wasmBindings && typeof window.wasmBindings.default === 'function') {
      try { fromBindings = await window.wasmBindings.default(); } catch (_) { fromBindings = null; }
    }
    const exportsObj = fromEvent || fromBindings;
    const mem = exportsObj && exportsObj.memory;
    return {
      wasmMemory: mem && mem.buffer ? mem.buffer.byteLength : null,
      wasmFoundVia: fromEvent ? 'TrunkApplicationStarted detail.wasm.memory' : fromBindings ? 'window.wasmBindings.default() -> exports.memory' : null,
      sameMemory: !!(fromEvent && fromBindings && fromEvent.memory === fromBindings.memory),
      perfMemoryUsed: performance.memory ? performance.memory.usedJSHeapSize : null,
      domNodes: document.getElementsByTagName('*').length,
    };
  });
  return {
    jsHeapUsed: heap.usedSize,
    jsHeapTotal: heap.totalSize,
    jsHeapUsedBeforeGc: beforeGc.usedSize,
    backingStorage: heap.backingStorageSize ?? null,
    ...inPage,
  };
}

// Plays `placements` cards (whole games, "Play again" between games) on an open start
// screen, alternating key presses and pointer clicks, measuring each placement and each
// "next". Returns samples plus frame data; `onGameEnd(gameNo)` runs at each results screen.
async function playSession(page, { placements, onGameEnd, label }) {
  const samples = { place: [], next: [], results: [] };
  await page.getByTestId('start-game').click();
  await page.getByTestId('card').waitFor({ state: 'visible' });
  await page.evaluate(() => window.__tf.framesStart());
  let games = 0;
  let placed = 0;
  let total = null;
  const paused = [];
  const maxIterations = placements + 10; // bounded
  for (let it = 0; it < maxIterations && placed < placements; it++) {
    const armed = await page.evaluate(() => window.__tf.arm({ ready: 'card', done: 'feedback' }));
    const m = /Card (\d+) of (\d+)/.exec(armed.progress || '');
    if (!m) throw new Error(`${label}: no progress text on the board (${armed.progress})`);
    const n = Number(m[1]);
    total = Number(m[2]);
    // Deterministic mix: every third card on pile 2, the rest on pile 1 (right and wrong
    // answers both occur); even placements by key, odd by pointer.
    const pileIndex = placed % 3 === 2 ? 1 : 0;
    const byKey = placed % 2 === 0;
    if (byKey) {
      await page.keyboard.press(String(pileIndex + 1));
    } else {
      const pile = armed.piles.find((p) => p.index === pileIndex) ?? armed.piles[pileIndex];
      await page.mouse.click(pile.x, pile.y);
    }
    const place = await page.evaluate(() => window.__tf.wait(10_000));
    samples.place.push({ ...place, card: n, refocused: armed.refocused });
    placed++;

    // Next: by key when the Next button has focus and the card was placed by key, else by pointer.
    const last = n === total;
    const armedNext = await page.evaluate(
      (done) => window.__tf.arm({ ready: 'next', done }),
      last ? 'results' : 'progress-change',
    );
    if (byKey && place.active === 'next-card') await page.keyboard.press('Enter');
    else await page.mouse.click(armedNext.next.x, armedNext.next.y);
    const next = await page.evaluate(() => window.__tf.wait(20_000));
    (last ? samples.results : samples.next).push({ ...next, card: n });
    if (last) {
      games++;
      // The memory measurement (forced GCs) and "Play again" are not sorting: the frame
      // monitor pauses, and long frames in that span are left out.
      const pausedAt = await page.evaluate(() => window.__tf.framesPause());
      if (onGameEnd) await onGameEnd(games);
      if (placed < placements) {
        await page.getByTestId('play-again').click();
        await page.getByTestId('card').waitFor({ state: 'visible' });
      }
      const resumedAt = await page.evaluate(() => window.__tf.framesResume());
      paused.push([pausedAt, resumedAt]);
    }
  }
  const frames = await page.evaluate(() => window.__tf.framesStop());
  // The browser's Event Timing duration for each timed input (same timeStamp as startTime).
  for (const list of [samples.place, samples.next, samples.results]) {
    for (const s of list) {
      const names = s.kind === 'key' ? ['keydown'] : ['pointerup', 'click'];
      const match = frames.events.filter((e) => names.includes(e.name) && Math.abs(e.start - s.t) < 0.5);
      s.eventTiming = match.length ? Math.max(...match.map((e) => e.duration)) : null;
    }
  }
  // Frames that overlap a change of screen (the last "Next" to the results) are counted apart
  // from the frames while sorting.
  const windows = samples.results.map((s) => [s.t - 17, s.t + s.paint + 17]);
  const overlaps = (list, start, end) => list.some(([a, b]) => start < b && end > a);
  const inWindow = (start, end) => overlaps(windows, start, end);
  const inPause = (start, end) => overlaps(paused, start, end);
  frames.sorting = frames.gaps.filter(([t, g]) => !inWindow(t - g, t) && !inPause(t - g, t)).map(([, g]) => g);
  frames.screenChange = frames.gaps.filter(([t, g]) => inWindow(t - g, t)).map(([, g]) => g);
  frames.loafsSorting = frames.loafs.filter((l) => !inWindow(l.start, l.start + l.duration) && !inPause(l.start, l.start + l.duration));
  frames.loafsScreenChange = frames.loafs.filter((l) => inWindow(l.start, l.start + l.duration) && !inPause(l.start, l.start + l.duration));
  frames.paused = paused;
  return { samples, frames, games, placed, deckSize: total };
}

// What a long animation frame spent its time on: script (wasm and glue) vs rendering.
function describeLoaf(l) {
  const script = l.scripts.reduce((a, x) => a + x.duration, 0);
  const rendering = l.renderStart > 0 ? l.duration - l.renderStart : null;
  const r1 = (x) => (x === null ? null : Math.round(x * 10) / 10);
  return {
    duration: r1(l.duration), scriptMs: r1(script), renderingMs: r1(rendering),
    styleAndLayoutMs: l.styleAndLayoutStart > 0 ? r1(l.duration - l.styleAndLayoutStart) : null,
    scripts: l.scripts.slice(0, 5),
  };
}
const loafText = (d) => (d ? `; the longest long animation frame: ${fmtMs(d.duration)}, of which script ${fmtMs(d.scriptMs)}, rendering ${fmtMs(d.renderingMs)} (style and layout ${fmtMs(d.styleAndLayoutMs)})` : '');

// Frame lengths from the rAF monitor (gap between consecutive frames) and long animation
// frames (>= 50 ms), while sorting and, apart, during changes to the results screen.
function frameSummary(frames) {
  const part = (gaps, loafs) => {
    const s = summary(gaps);
    return {
      frames: gaps.length,
      longestMs: s.max ?? null,
      p99Ms: gaps.length ? Math.round(quantile([...gaps].sort((a, b) => a - b), 0.99) * 1000) / 1000 : null,
      over33ms: gaps.filter((g) => g > 33.4).length,
      over50ms: gaps.filter((g) => g > 50).length,
      longAnimationFrames: loafs.length,
      longestLoafMs: loafs.length ? Math.round(Math.max(...loafs.map((l) => l.duration)) * 10) / 10 : null,
      longestLoaf: loafs.length ? describeLoaf(loafs.reduce((a, b) => (b.duration > a.duration ? b : a))) : null,
      // The most the page itself did in one long frame (script + rendering): a long frame with
      // little page work is the machine (another process had the CPU), not the widget.
      maxPageWorkMs: loafs.length ? Math.max(...loafs.map((l) => { const d = describeLoaf(l); return d.scriptMs + (d.renderingMs ?? 0); })) : null,
    };
  };
  return {
    sorting: part(frames.sorting, frames.loafsSorting),
    screenChange: part(frames.screenChange, frames.loafsScreenChange),
  };
}

// toFrame (input -> the animation frame that paints the change) is the headline; toDom is
// the widget's own work; toPaint adds that frame's rendering (a message posted from the rAF
// callback; after key input Chromium often runs it only after the following frame, so it
// overstates); eventTiming is the browser's input-to-presentation time (8 ms steps, entries
// under 16 ms are not reported: counted in eventTimingUnder16).
function latencySummary(list) {
  const frame = 1000 / 60;
  return {
    n: list.length,
    toFrame: summary(list.map((s) => s.frame)),
    toDom: summary(list.map((s) => s.dom)),
    toPaint: summary(list.map((s) => s.paint)),
    eventTiming: summary(list.map((s) => s.eventTiming)),
    eventTimingUnder16: list.filter((s) => s.eventTiming === null).length,
    // Unreported entries (under 16 ms) counted as 0, so a quantile under 16 reads "< 16 ms".
    eventTimingFloor: summary(list.map((s) => s.eventTiming ?? 0)),
    inFirstFrame: list.filter((s) => s.frameStart <= frame).length,
    inputQueue: summary(list.map((s) => s.queue)),
    byKey: summary(list.filter((s) => s.kind === 'key').map((s) => s.frame)),
    byPointer: summary(list.filter((s) => s.kind === 'pointer').map((s) => s.frame)),
  };
}

// ---------------------------------------------------------------------------------------
// the benchmark

function machine() {
  let nproc = os.availableParallelism ? os.availableParallelism() : os.cpus().length;
  try { nproc = Number(execFileSync('nproc', { encoding: 'utf8' }).trim()) || nproc; } catch (_) {}
  let commit = null;
  let dirty = null;
  try {
    commit = execFileSync('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    dirty = execFileSync('git', ['-C', ROOT, 'status', '--porcelain', '--', 'src', 'styles', 'index.html', 'Cargo.toml', 'Cargo.lock', 'content'], { encoding: 'utf8' }).trim() !== '';
  } catch (_) {}
  return {
    nproc,
    memTotalBytes: os.totalmem(),
    cpuModel: os.cpus()[0] ? os.cpus()[0].model : null,
    kernel: `${os.type()} ${os.release()}`,
    node: process.version,
    commit,
    workingTreeDirty: dirty,
    loadAverage: os.loadavg(),
  };
}

function distFiles() {
  if (!DIST || !existsSync(DIST)) return null;
  return readdirSync(DIST)
    .filter((f) => /\.(html|js|wasm|css)$/.test(f) && f !== 'big.html')
    .map((f) => {
      const p = join(DIST, f);
      const size = (suffix) => (existsSync(p + suffix) ? statSync(p + suffix).size : null);
      return { file: f, raw: statSync(p).size, br: size('.br'), gzip: size('.gz') };
    });
}

async function main() {
  const started = Date.now();
  // The probes are strings (addInitScript): fail here, not silently in the page.
  for (const [name, src] of [['LOAD_PROBE', LOAD_PROBE], ['INTERACTION_PROBE', INTERACTION_PROBE]]) {
    try { new Function(src); } catch (e) { throw new Error(`${name} does not parse: ${e.message}`); }
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: BENCH_CHROMIUM_ARGS, headless: true });
  const results = {
    date: new Date().toISOString(),
    machine: { ...machine(), chromium: browser.version() },
    config: {
      base: BASE, runs: RUNS, warmupPairs: WARMUP, placements: PLACEMENTS, bigLoads: BIG_LOADS,
      bigPlacements: BIG_PLACEMENTS, viewport: '1280x720', chromiumArgs: BENCH_CHROMIUM_ARGS,
      network: 'loopback, unthrottled', cpu: 'unthrottled',
    },
    dist: distFiles(),
    targets: TARGETS,
  };
  const twofoldUrl = `${BASE}${TWOFOLD_PAGE}`;
  const staticUrl = `${BASE}static/`;
  const staticPlayUrl = `${BASE}static/play.html`;
  try {
    // -- 1. load, A/B ------------------------------------------------------------------
    const loads = { twofold: [], static: [], pairs: [] };
    // Both pages must show the Myth or fact? start screen; the first pair also compares the
    // visible text of the two first screens, so a drift of the static page gets reported.
    const verifyTwofold = (page) => page.evaluate(() => document.querySelector('h1') && document.querySelector('h1').textContent);
    const screenText = (page) => page.evaluate(() => {
      const m = document.querySelector('main');
      return m ? m.innerText.replace(/\s+/g, ' ').trim() : null;
    });
    const texts = {};
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const order = i % 2 === 0 ? ['twofold', 'static'] : ['static', 'twofold'];
      const pair = {};
      for (const which of order) {
        const r = await coldLoad(browser, which === 'twofold' ? twofoldUrl : staticUrl, {
          verify: async (page) => {
            if (i === 0) texts[which] = await screenText(page);
            return verifyTwofold(page);
          },
        });
        if (r.extra !== 'Myth or fact?') throw new Error(`${which} load shows "${r.extra}", not the Myth or fact? start screen`);
        if (r.errors.length) throw new Error(`${which} page errors: ${r.errors.join('; ')}`);
        pair[which] = r;
      }
      if (i < WARMUP) continue;
      loads.twofold.push(pair.twofold);
      loads.static.push(pair.static);
      loads.pairs.push({ order: order.join('>'), ratio: pair.twofold.operable / pair.static.operable });
      log(`load pair ${i - WARMUP + 1}/${RUNS} (${order.join(' then ')}): Twofold ${pair.twofold.operable.toFixed(1)} ms, static ${pair.static.operable.toFixed(1)} ms`);
    }
    const pick = (list, k) => list.map((r) => r[k]);
    // The figures both pages have, summarised the same way: [key in results, key per load].
    const summariseLoads = (list) =>
      Object.fromEntries(
        [
          ['operableMs', 'operable'], ['inDomMs', 'inDom'], ['htmlReceivedMs', 'htmlReceived'],
          ['committedMs', 'committed'], ['fcpMs', 'fcp'], ['loadEventMs', 'load'],
          ['wireBytes', 'wireBytes'], ['bodyBytes', 'bodyBytes'], ['requests', 'requests'],
        ].map(([out, key]) => [out, summary(pick(list, key))]),
      );
    results.load = {
      twofold: {
        url: twofoldUrl,
        ...summariseLoads(loads.twofold),
        glueRequestedMs: summary(pick(loads.twofold, 'glueRequested')),
        glueReceivedMs: summary(pick(loads.twofold, 'glueReceived')),
        wasmRequestedMs: summary(pick(loads.twofold, 'wasmRequested')),
        wasmReceivedMs: summary(pick(loads.twofold, 'wasmReceived')),
        wasmInstantiatedMs: summary(pick(loads.twofold, 'wasmInstantiated')),
        appStartedMs: summary(pick(loads.twofold, 'appStarted')),
        // Per load, then the median: the steps of Twofold's start-up.
        steps: {
          untilGlueRequested: summary(loads.twofold.map((l) => l.glueRequested)),
          glueRequestedToWasmReceived: summary(loads.twofold.map((l) => l.wasmReceived - l.glueRequested)),
          wasmReceivedToInstantiated: summary(loads.twofold.map((l) => l.wasmInstantiated - l.wasmReceived)),
          instantiatedToMainDone: summary(loads.twofold.map((l) => l.appStarted - l.wasmInstantiated)),
          mainDoneToOperable: summary(loads.twofold.map((l) => l.operable - l.appStarted)),
        },
        resources: loads.twofold[0].resources,
      },
      static: {
        url: staticUrl,
        ...summariseLoads(loads.static),
        resources: loads.static[0].resources,
      },
      ratio: summary(loads.pairs.map((p) => p.ratio)),
      firstScreenText: texts,
      staticPageMatches: texts.twofold === texts.static,
      raw: loads,
    };

    // -- 5. the same A/B with an emulated round trip -----------------------------------------
    if (RTT_MS > 0) {
      const emulated = { twofold: [], static: [], ratio: [] };
      for (let i = 0; i < WARMUP + RUNS; i++) {
        const order = i % 2 === 0 ? ['twofold', 'static'] : ['static', 'twofold'];
        const pair = {};
        for (const which of order) {
          const r = await coldLoad(browser, which === 'twofold' ? twofoldUrl : staticUrl, { rtt: RTT_MS, verify: verifyTwofold });
          if (r.extra !== 'Myth or fact?') throw new Error(`${which} load (RTT ${RTT_MS} ms) shows "${r.extra}"`);
          pair[which] = r;
        }
        if (i < WARMUP) continue;
        emulated.twofold.push(pair.twofold);
        emulated.static.push(pair.static);
        emulated.ratio.push(pair.twofold.operable / pair.static.operable);
        log(`load pair ${i - WARMUP + 1}/${RUNS} at RTT ${RTT_MS} ms: Twofold ${pair.twofold.operable.toFixed(1)} ms, static ${pair.static.operable.toFixed(1)} ms`);
      }
      results.loadEmulated = {
        rttMs: RTT_MS,
        twofold: { operableMs: summary(pick(emulated.twofold, 'operable')), fcpMs: summary(pick(emulated.twofold, 'fcp')) },
        static: { operableMs: summary(pick(emulated.static, 'operable')), fcpMs: summary(pick(emulated.static, 'fcp')) },
        ratio: summary(emulated.ratio),
      };
    }

    // JS heap of the static page under the same harness: the floor every page pays here.
    {
      const { context, page, cdp } = await newContext(browser, [LOAD_PROBE]);
      await page.goto(staticUrl, { waitUntil: 'load' });
      await waitProbe(page, 10_000);
      results.memoryStaticPage = await heapFigures(page, cdp);
      await context.close();
    }

    // -- 2b (first half). the static interaction floor, /static/play.html ----------------
    // The same number of placements as Twofold, in two halves just before and just after
    // Twofold's session (each in a fresh context), so a change in the machine's load between
    // the sessions weighs on both pages alike.
    const floorHalves = [];
    let floorError = null;
    const floorHalf = async (placements) => {
      if (floorError) return;
      try { floorHalves.push(await floorSession(browser, staticPlayUrl, placements)); } catch (e) {
        floorError = String(e && e.message ? e.message : e);
        log(`static floor: not measured (${floorError})`);
      }
    };
    await floorHalf(Math.floor(PLACEMENTS / 2));

    // -- 2 + 3. interaction and memory after a full game (myth-or-fact) -----------------
    {
      const { context, page, cdp } = await newContext(browser, [LOAD_PROBE, INTERACTION_PROBE]);
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(twofoldUrl, { waitUntil: 'load' });
      await waitProbe(page, 30_000);
      let memoryAfterGame = null;
      const session = await playSession(page, {
        placements: PLACEMENTS,
        label: SMALL_DECK,
        onGameEnd: async (g) => {
          if (g === 1) memoryAfterGame = await heapFigures(page, cdp);
        },
      });
      if (errors.length) throw new Error(`page errors while playing: ${errors.join('; ')}`);
      const memoryAtEnd = await heapFigures(page, cdp);
      await context.close();
      results.interaction = {
        deck: SMALL_DECK,
        deckSize: session.deckSize,
        games: session.games,
        placements: latencySummary(session.samples.place),
        next: latencySummary(session.samples.next),
        resultsScreen: latencySummary(session.samples.results),
        frames: frameSummary(session.frames),
        raw: session.samples,
      };
      results.memory = { afterFirstGame: memoryAfterGame, afterAllGames: memoryAtEnd, games: session.games };
      log(`interaction: ${session.placed} placements over ${session.games} games, p95 to the painting frame ${results.interaction.placements.toFrame.p95} ms`);
    }

    // -- 2b (second half) ----------------------------------------------------------------
    await floorHalf(PLACEMENTS - Math.floor(PLACEMENTS / 2));
    results.interactionFloor = floorError
      ? { url: staticPlayUrl, error: floorError }
      : summariseFloor(staticPlayUrl, floorHalves, results.interaction.deckSize);
    results.interaction.vsFloor = vsFloor(results.interaction, results.interactionFloor);
    if (!results.interactionFloor.error) {
      log(`static floor: ${results.interactionFloor.placements.n} placements over ${results.interactionFloor.games} games, p95 to the painting frame ${results.interactionFloor.placements.toFrame.p95} ms`);
    }

    // -- 4. the 1,000-card deck -----------------------------------------------------------
    results.bigDeck = await bigDeck(browser);
  } finally {
    await browser.close();
  }
  results.durationSeconds = Math.round((Date.now() - started) / 1000);
  results.machine.loadAverageEnd = os.loadavg();
  results.verdicts = verdicts(results);
  const table = renderTable(results);
  mkdirSync(dirname(OUT), { recursive: true });
  // Timer values are 0.1 ms apart at best: keep three decimals, not float noise.
  const tidy = (_, v) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1000) / 1000 : v);
  writeFileSync(OUT, `${JSON.stringify(results, tidy, 1)}\n`);
  mkdirSync(dirname(TABLE), { recursive: true });
  writeFileSync(TABLE, table);
  if (DOC) updateDoc(DOC, results, table);
  process.stdout.write(table);
  log(`done in ${results.durationSeconds} s; raw figures in ${OUT}`);
}

// The interaction floor: playSession() on the hand-written page in a fresh context with the
// same probes. Bounded like the rest (every wait in playSession has a timeout); a failure is
// recorded by the caller, not fatal, and the interaction target then counts as missed.
async function floorSession(browser, url, placements) {
  const { context, page } = await newContext(browser, [LOAD_PROBE, INTERACTION_PROBE]);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await waitProbe(page, 10_000);
    const session = await playSession(page, { placements, label: 'static floor' });
    if (errors.length) throw new Error(`page errors on the floor page: ${errors.join('; ')}`);
    session.domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    return session;
  } finally {
    await context.close();
  }
}

// The floor's sessions summarised as one, like Twofold's; every sample kept (raw).
function summariseFloor(url, sessions, deckSize) {
  const sizes = [...new Set(sessions.map((x) => x.deckSize))];
  if (sizes.length !== 1 || sizes[0] !== deckSize) {
    return { url, error: `the floor page shows ${sizes.join(', ')} cards, Twofold ${deckSize}` };
  }
  const all = (k) => sessions.flatMap((x) => x.samples[k].map((s) => ({ ...s, session: sessions.indexOf(x) })));
  const samples = { place: all('place'), next: all('next'), results: all('results') };
  const frames = Object.fromEntries(['sorting', 'screenChange', 'loafsSorting', 'loafsScreenChange']
    .map((k) => [k, sessions.flatMap((x) => x.frames[k])]));
  return {
    url,
    sessions: sessions.map((x) => ({ placed: x.placed, games: x.games, domNodesAtEnd: x.domNodes })),
    deckSize,
    games: sessions.reduce((a, x) => a + x.games, 0),
    placements: latencySummary(samples.place),
    next: latencySummary(samples.next),
    resultsScreen: latencySummary(samples.results),
    frames: frameSummary(frames),
    raw: samples,
  };
}

// Twofold minus the floor, p50 and p95, for each interaction row.
function vsFloor(twofold, floor) {
  if (!floor || floor.error) return null;
  const d = (a, b) => (a === undefined || a === null || b === undefined || b === null ? null : Math.round((a - b) * 1000) / 1000);
  const rows = {
    placementToFrame: ['placements', 'toFrame'], placementToDom: ['placements', 'toDom'], placementToPaint: ['placements', 'toPaint'],
    placementEventTiming: ['placements', 'eventTimingFloor'], nextToFrame: ['next', 'toFrame'], resultsToFrame: ['resultsScreen', 'toFrame'],
  };
  return Object.fromEntries(Object.entries(rows).map(([k, [part, key]]) => [k, {
    p50: d(twofold[part][key].median, floor[part][key].median),
    p95: d(twofold[part][key].p95, floor[part][key].p95),
  }]));
}

async function bigDeck(browser) {
  const url = `${BASE}big.html?deck=${BIG_DECK}`;
  const expected = JSON.parse(readFileSync(BIG_JSON, 'utf8'));
  // First: does this build open an inline deck at all?
  const probe = await coldLoad(browser, url, {
    probeTimeout: 15_000,
    verify: (page) => page.evaluate(() => (document.querySelector('h1') || {}).textContent || null),
  }).catch((e) => ({ error: String(e) }));
  if (probe.error || probe.extra !== expected.title) {
    log(`big deck: the build does not open the inline deck (${probe.error || `heading "${probe.extra}"`}); skipped`);
    return { supported: false, reason: probe.error || `start screen shows "${probe.extra}", not "${expected.title}"` };
  }
  const loads = [probe];
  for (let i = 1; i < BIG_LOADS; i++) loads.push(await coldLoad(browser, url));
  log(`big deck: ${BIG_LOADS} loads, median ${summary(loads.map((l) => l.operable)).median} ms`);

  const { context, page, cdp } = await newContext(browser, [LOAD_PROBE, INTERACTION_PROBE]);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(url, { waitUntil: 'load' });
    await waitProbe(page, 30_000);
    let memoryAfterGame = null;
    const session = await playSession(page, {
      placements: BIG_PLACEMENTS,
      label: BIG_DECK,
      onGameEnd: async (g) => { if (g === 1) memoryAfterGame = await heapFigures(page, cdp); },
    });
    if (session.deckSize !== expected.cards.length) {
      throw new Error(`big deck shows ${session.deckSize} cards, expected ${expected.cards.length}`);
    }
    if (errors.length) throw new Error(`page errors on the big deck: ${errors.join('; ')}`);
    const memoryNow = memoryAfterGame ?? (await heapFigures(page, cdp));
    log(`big deck: ${session.placed} placements, p95 to the painting frame ${summary(session.samples.place.map((s) => s.frame)).p95} ms`);
    return {
      supported: true,
      url,
      cards: expected.cards.length,
      htmlBytes: loads[0].resources[0] ? loads[0].resources[0].wire : null,
      operableMs: summary(loads.map((l) => l.operable)),
      wireBytes: summary(loads.map((l) => l.wireBytes)),
      requests: summary(loads.map((l) => l.requests)),
      placements: latencySummary(session.samples.place),
      next: latencySummary(session.samples.next),
      resultsScreen: latencySummary(session.samples.results),
      frames: frameSummary(session.frames),
      fullGame: session.games >= 1,
      memory: memoryNow,
      raw: { loads: loads.map(({ resources, ...r }) => r), samples: session.samples },
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------
// verdicts and reporting

const PLACEMENT_TARGET = 'Placement to feedback painted (next animation frame)';
const BIG_TARGET = '1,000-card deck: placement p95 and longest frame while sorting';
const placementTargetText = `p95 within one frame (${(1000 / 60).toFixed(1)} ms) of the static floor's p95, and painted in the first frame after the input for ≥ ${Math.round(TARGETS.placementFirstFrameShare * 100)} % of placements`;

function verdicts(r) {
  const v = [];
  const add = (name, target, value, pass, note) => v.push({ name, target, value, pass, note: note || null });
  const t = r.load.twofold;
  add('First-load transfer (brotli, on the wire)', `≤ ${TARGETS.transferBytes / KB} KB`, t.wireBytes.median, t.wireBytes.median <= TARGETS.transferBytes);
  add('First-load requests', `≤ ${TARGETS.requests}`, t.requests.median, t.requests.max <= TARGETS.requests);
  add('Time to first operable card, Twofold / static', `≤ ${TARGETS.operableRatio}×`, r.load.ratio.median, r.load.ratio.median <= TARGETS.operableRatio);
  {
    const P = r.interaction.placements;
    const F = r.interactionFloor;
    const share = P.n ? P.inFirstFrame / P.n : 0;
    const firstFrame = `${P.inFirstFrame} of ${P.n} (${Math.round(share * 100)} %) in the first frame after the input`;
    if (!F || F.error) {
      add(PLACEMENT_TARGET, placementTargetText, P.toFrame.p95, false, `static floor not measured: ${F ? F.error : 'skipped'}; ${firstFrame}`);
    } else {
      const over = P.toFrame.p95 - F.placements.toFrame.p95;
      add(PLACEMENT_TARGET, placementTargetText, P.toFrame.p95,
        over <= TARGETS.placementOverFloorMs && share >= TARGETS.placementFirstFrameShare,
        `floor p95 ${fmtMs(F.placements.toFrame.p95)}, Twofold ${fmtSigned(over)}; ${firstFrame}; the literal p95 < ${TARGETS.placementP95Ms} ms is ${P.toFrame.p95 < TARGETS.placementP95Ms ? 'met' : 'not met'} by Twofold and ${F.placements.toFrame.p95 < TARGETS.placementP95Ms ? 'met' : 'not met'} by the floor`);
    }
  }
  const m = r.memory.afterFirstGame;
  const total = m.jsHeapUsed + (m.wasmMemory || 0);
  add('Memory after a full game (JS heap + wasm memory)', '< 4 MB', total, m.wasmMemory !== null && total < TARGETS.memoryBytes,
    `JS heap ${fmtBytes(m.jsHeapUsed)} + wasm ${fmtBytes(m.wasmMemory)}`);
  if (r.bigDeck && r.bigDeck.supported) {
    const b = r.bigDeck;
    const longest = Math.max(b.frames.sorting.longestMs ?? 0, b.frames.sorting.longestLoafMs ?? 0);
    // Judged like the 15-card deck: against the static floor's p95 (the frame wait is in both),
    // plus no frame over 50 ms while sorting.
    const F = r.interactionFloor;
    const floorP95 = F && !F.error ? F.placements.toFrame.p95 : null;
    const over = floorP95 === null ? null : b.placements.toFrame.p95 - floorP95;
    add(BIG_TARGET, `placement p95 within one frame (${(1000 / 60).toFixed(1)} ms) of the static floor's p95, no frame > ${TARGETS.bigLongestFrameMs} ms while sorting`,
      { p95: b.placements.toFrame.p95, longestFrame: longest },
      over !== null && over <= TARGETS.placementOverFloorMs && longest <= TARGETS.bigLongestFrameMs,
      `p95 ${fmtMs(b.placements.toFrame.p95)} (floor p95 ${fmtMs(floorP95)}, Twofold ${fmtSigned(over)}), longest frame ${fmtMs(longest)} (the static floor's longest while sorting: ${F && !F.error ? fmtMs(Math.max(F.frames.sorting.longestMs ?? 0, F.frames.sorting.longestLoafMs ?? 0)) : 'n/a'})`);
  } else {
    add('1,000-card deck', 'plays without visible stutter', null, false, 'not measured: this build does not open an inline deck');
  }
  return v;
}

function fmtSigned(x) { return x === null || x === undefined ? 'n/a' : `${x < 0 ? '−' : '+'}${fmtMs(Math.abs(x))}`; }
function fmtMs(x) { return x === null || x === undefined ? 'n/a' : `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`; }
function fmtBytes(x) {
  if (x === null || x === undefined) return 'n/a';
  if (x >= 1024 * 1024) return `${(x / (1024 * 1024)).toFixed(2)} MiB`;
  if (x >= 10 * KB) return `${(x / KB).toFixed(1)} KB`;
  return `${Math.round(x)} B`;
}
function spreadMs(s) { return s.n ? `${fmtMs(s.median)} (IQR ${fmtMs(s.p25)}–${fmtMs(s.p75)}; ${fmtMs(s.min)}–${fmtMs(s.max)})` : 'n/a'; }
function spreadBytes(s) { return s.n ? (s.min === s.max ? fmtBytes(s.median) : `${fmtBytes(s.median)} (${fmtBytes(s.min)}–${fmtBytes(s.max)})`) : 'n/a'; }
function spreadCount(s) { return s.n ? (s.min === s.max ? `${s.median}` : `${s.median} (${s.min}–${s.max})`) : 'n/a'; }
const mark = (pass) => (pass ? '**pass**' : '**miss**');

function renderTable(r) {
  const L = r.load;
  const lines = [];
  const busy = Math.max(r.machine.loadAverage[0], r.machine.loadAverageEnd[0]);
  if (busy > r.machine.nproc * 0.75) {
    lines.push(`> Note: the machine was busy (1-minute load average up to ${busy.toFixed(1)} on ${r.machine.nproc} CPUs): ` +
      'timings and spreads are inflated; compare runs made on an idle machine.', '');
  }
  const row = (...cells) => lines.push(`| ${cells.join(' | ')} |`);
  const vd = Object.fromEntries(r.verdicts.map((v) => [v.name, v]));
  lines.push(`### Load (${L.ratio.n} A/B pairs, fresh contexts, medians with IQR and min–max)`, '');
  row('metric', 'Twofold', 'static lower bound', 'Twofold / static', 'target', 'result');
  row('---', '---', '---', '---', '---', '---');
  row('first card operable (static: visible)', spreadMs(L.twofold.operableMs), spreadMs(L.static.operableMs),
    `${L.ratio.median.toFixed(2)}× (IQR ${L.ratio.p25.toFixed(2)}–${L.ratio.p75.toFixed(2)}; ${L.ratio.min.toFixed(2)}–${L.ratio.max.toFixed(2)})`,
    '≤ 1.3×', mark(vd['Time to first operable card, Twofold / static'].pass));
  row('first contentful paint', spreadMs(L.twofold.fcpMs), spreadMs(L.static.fcpMs), `${(L.twofold.fcpMs.median / L.static.fcpMs.median).toFixed(2)}×`, '', '');
  row('bytes on the wire', spreadBytes(L.twofold.wireBytes), spreadBytes(L.static.wireBytes),
    `${(L.twofold.wireBytes.median / L.static.wireBytes.median).toFixed(1)}×`, '≤ 100 KB', mark(vd['First-load transfer (brotli, on the wire)'].pass));
  row('requests', spreadCount(L.twofold.requests), spreadCount(L.static.requests),
    `${(L.twofold.requests.median / L.static.requests.median).toFixed(1)}×`, '≤ 6', mark(vd['First-load requests'].pass));
  lines.push('');
  const T = L.twofold;
  const st = T.steps;
  lines.push(`Where Twofold's time goes (per-load medians): navigation to the JS glue requested (renderer start, HTML parsed) ${fmtMs(st.untilGlueRequested.median)} ` +
    `(the static page's HTML is received at ${fmtMs(L.static.htmlReceivedMs.median)}); then glue and wasm fetched ${fmtMs(st.glueRequestedToWasmReceived.median)}; ` +
    `wasm compiled and instantiated after its last byte ${fmtMs(st.wasmReceivedToInstantiated.median)}; main() (start-up and first render, ` +
    `until TrunkApplicationStarted) ${fmtMs(st.instantiatedToMainDone.median)}; to the frame with the Start button ${fmtMs(st.mainDoneToOperable.median)}.`, '');
  if (!L.staticPageMatches) {
    lines.push(`> Warning: the static page's first screen no longer shows the same text as Twofold's; update bench/static/index.html. ` +
      `Twofold: "${L.firstScreenText.twofold}" / static: "${L.firstScreenText.static}"`, '');
  }
  lines.push(`Twofold's requests: ${L.twofold.resources.map((x) => `${x.path.replace(/\?.*/, '')} ${fmtBytes(x.wire)} (${x.encoding}, ${x.type})`).join('; ')}.`, '');
  const E = r.loadEmulated;
  if (E) {
    lines.push(`### Load with an emulated round trip of ${E.rttMs} ms (${E.ratio.n} A/B pairs, medians with IQR and min–max)`, '');
    row('metric', 'Twofold', 'static lower bound', 'Twofold / static', 'static + one round trip');
    row('---', '---', '---', '---', '---');
    row('first card operable (static: visible)', spreadMs(E.twofold.operableMs), spreadMs(E.static.operableMs),
      `${E.ratio.median.toFixed(2)}× (IQR ${E.ratio.p25.toFixed(2)}–${E.ratio.p75.toFixed(2)})`, fmtMs(E.static.operableMs.median + E.rttMs));
    row('first contentful paint', spreadMs(E.twofold.fcpMs), spreadMs(E.static.fcpMs),
      `${(E.twofold.fcpMs.median / E.static.fcpMs.median).toFixed(2)}×`, '');
    lines.push('');
  }

  const I = r.interaction;
  const F = r.interactionFloor && !r.interactionFloor.error ? r.interactionFloor : null;
  const lat = (x) => [fmtMs(x.median), fmtMs(x.p95), fmtMs(x.max)];
  const et = (x) => [x.median, x.p95, x.max].map((v) => (v === undefined || v === null ? 'n/a' : v < 16 ? '< 16 ms' : fmtMs(v)));
  const diff = (d) => (d ? `${fmtSigned(d.p50)} / ${fmtSigned(d.p95)}` : 'n/a');
  // One row: Twofold's p50, p95, max; the floor's; Twofold − floor (p50 / p95).
  const both = (label, part, key, fmt, diffKey, target = '', result = '') => row(label, ...fmt(I[part][key]),
    ...(F ? fmt(F[part][key]) : ['n/a', 'n/a', 'n/a']), diff(I.vsFloor && I.vsFloor[diffKey]), target, result);
  const pv = vd[PLACEMENT_TARGET];
  lines.push(`### Interaction (${I.deck}, ${I.placements.n} placements over ${I.games} games, alternately by number key and by pointer; ` +
    `the static floor /static/play.html played the same way${F ? `: ${F.placements.n} placements over ${F.games} games, half just before and half just after Twofold's` : ''})`, '');
  row('from the input event to', 'Twofold p50', 'p95', 'max', 'static floor p50', 'p95', 'max', 'Twofold − floor (p50 / p95)', 'target', 'result');
  row('---', '---', '---', '---', '---', '---', '---', '---', '---', '---');
  both('**placement → the animation frame that paints the feedback**', 'placements', 'toFrame', lat, 'placementToFrame',
    `Twofold's p95 within one frame (16.7 ms) of the floor's p95, and ≥ ${Math.round(TARGETS.placementFirstFrameShare * 100)} % of placements painted in the first frame after the input ` +
    '(the issue\'s "p95 < 16 ms" includes the wait for the next frame, 0–16.7 ms at 60 Hz, so even the floor cannot meet it)', mark(pv.pass));
  both('placement → feedback in the DOM (the page\'s own work)', 'placements', 'toDom', lat, 'placementToDom');
  both('placement → that frame rendered (message posted from rAF)', 'placements', 'toPaint', lat, 'placementToPaint');
  both('placement → presented (browser Event Timing, 8 ms steps)', 'placements', 'eventTimingFloor', et, 'placementEventTiming');
  both('"Next" → the frame that paints the next card', 'next', 'toFrame', lat, 'nextToFrame');
  both('last "Next" → the frame that paints the results', 'resultsScreen', 'toFrame', lat, 'resultsToFrame');
  lines.push('');
  const pct = (x) => `${x.inFirstFrame} of ${x.n} placements (${x.n ? Math.round((100 * x.inFirstFrame) / x.n) : 0} %)`;
  lines.push(`Feedback painted in the first frame after the input: Twofold ${pct(I.placements)}; static floor ${F ? pct(F.placements) : 'n/a'}. ` +
    `Frames while sorting: Twofold ${I.frames.sorting.frames}, longest ${fmtMs(I.frames.sorting.longestMs)}, ${I.frames.sorting.over50ms} over 50 ms` +
    (F ? `; static floor ${F.frames.sorting.frames}, longest ${fmtMs(F.frames.sorting.longestMs)}, ${F.frames.sorting.over50ms} over 50 ms` : '') +
    `. Longest frame at a change to the results screen: Twofold ${fmtMs(I.frames.screenChange.longestMs)}` +
    (F ? `, static floor ${fmtMs(F.frames.screenChange.longestMs)}` : '') + '.', '');
  if (!F) lines.push(`> Warning: the static interaction floor was not measured (${r.interactionFloor ? r.interactionFloor.error : 'skipped'}); the interaction target counts as missed.`, '');

  const M = r.memory.afterFirstGame;
  const S = r.memoryStaticPage;
  const mv = vd['Memory after a full game (JS heap + wasm memory)'];
  lines.push(`### Memory after a full game (${I.deck}, after a forced GC)`, '');
  row('measure', 'Twofold', 'static page (same harness)', 'target', 'result');
  row('---', '---', '---', '---', '---');
  row('JS heap used (CDP Runtime.getHeapUsage)', fmtBytes(M.jsHeapUsed), fmtBytes(S.jsHeapUsed), '', '');
  row('wasm linear memory (exports.memory.buffer.byteLength)', fmtBytes(M.wasmMemory), '—', '', '');
  row('total', fmtBytes(M.jsHeapUsed + (M.wasmMemory || 0)), fmtBytes(S.jsHeapUsed), '< 4 MB', mark(mv.pass));
  row(`after ${r.memory.games} games`, fmtBytes(r.memory.afterAllGames.jsHeapUsed + (r.memory.afterAllGames.wasmMemory || 0)), '', '', '');
  lines.push('');

  const B = r.bigDeck;
  lines.push('### 1,000-card deck (generated, inlined in big.html)', '');
  if (!B || !B.supported) {
    lines.push(`Not measured: ${B ? B.reason : 'skipped'}. Target: plays without visible stutter — **miss** (unmeasured).`, '');
  } else {
    const bv = vd[BIG_TARGET];
    const f = B.frames.sorting;
    row('measure', 'value', 'target', 'result');
    row('---', '---', '---', '---');
    row(`first card operable (${B.operableMs.n} cold loads)`, `${spreadMs(B.operableMs)}; ${(B.operableMs.median / L.twofold.operableMs.median).toFixed(2)}× the 15-card page`, '', '');
    row('bytes on the wire / requests', `${spreadBytes(B.wireBytes)} / ${spreadCount(B.requests)}`, '', '');
    row(`placement → the frame that paints the feedback (${B.placements.n} placements)`, `p50 ${fmtMs(B.placements.toFrame.median)}, **p95 ${fmtMs(B.placements.toFrame.p95)}**, max ${fmtMs(B.placements.toFrame.max)}`, 'p95 within one frame of the static floor\'s p95', mark(bv.pass));
    row('placement → feedback in the DOM', `p50 ${fmtMs(B.placements.toDom.median)}, p95 ${fmtMs(B.placements.toDom.p95)}, max ${fmtMs(B.placements.toDom.max)}`, '', '');
    row('"Next" → the frame that paints the next card', `p50 ${fmtMs(B.next.toFrame.median)}, p95 ${fmtMs(B.next.toFrame.p95)}, max ${fmtMs(B.next.toFrame.max)}`, '', '');
    row('**longest frame while sorting**', `**${fmtMs(Math.max(f.longestMs ?? 0, f.longestLoafMs ?? 0))}** (${f.over50ms} of ${f.frames} frames over 50 ms, ${f.over33ms} over 33 ms; long animation frames: ${f.longAnimationFrames}${loafText(f.longestLoaf)}; the most page work in one frame ${f.maxPageWorkMs === null ? 'n/a' : fmtMs(f.maxPageWorkMs)})`, 'none > 50 ms', mark(bv.pass));
    row('last "Next" → the frame that paints the results (misses listed: about half the deck)', B.resultsScreen.n ? `${fmtMs(B.resultsScreen.toFrame.max)} (longest frame ${fmtMs(Math.max(B.frames.screenChange.longestMs ?? 0, B.frames.screenChange.longestLoafMs ?? 0))}${loafText(B.frames.screenChange.longestLoaf)})` : 'n/a (game not finished)', '', '');
    row(B.resultsScreen.n ? 'memory after the whole game (JS heap + wasm)' : `memory after ${B.placements.n} placements (JS heap + wasm)`, `${fmtBytes(B.memory.jsHeapUsed + (B.memory.wasmMemory || 0))} (JS ${fmtBytes(B.memory.jsHeapUsed)}, wasm ${fmtBytes(B.memory.wasmMemory)})`, '', '');
    lines.push('');
  }

  lines.push('### Targets', '');
  row('target', 'measured', 'result');
  row('---', '---', '---');
  for (const v of r.verdicts) {
    let val;
    if (v.value === null) val = 'not measured';
    else if (typeof v.value === 'object') val = `p95 ${fmtMs(v.value.p95)}, longest frame ${fmtMs(v.value.longestFrame)}`;
    else if (v.name.includes('transfer') || v.name.includes('Memory')) val = fmtBytes(v.value);
    else if (v.name.includes('/ static')) val = `${v.value.toFixed(2)}×`;
    else if (v.name === PLACEMENT_TARGET) val = `p95 ${fmtMs(v.value)}`;
    else if (v.name.includes('p95') || v.name.includes('Placement')) val = fmtMs(v.value);
    else val = String(v.value);
    row(`${v.name} ${v.target}`, v.note ? `${val} (${v.note})` : val, mark(v.pass));
  }
  lines.push('');
  return `${lines.join('\n')}\n`;
}

function updateDoc(path, r, table) {
  const m = r.machine;
  const head = [
    `Run on ${r.date.slice(0, 10)} (${r.date}), ${r.durationSeconds} s.`,
    '',
    `Machine: ${m.nproc} CPUs (${m.cpuModel || 'unknown CPU'}), ${(m.memTotalBytes / 2 ** 30).toFixed(1)} GiB memory, ${m.kernel}; ` +
      `Chromium ${m.chromium} headless; Node ${m.node}; load average (1, 5, 15 min) ${m.loadAverage.map((x) => x.toFixed(2)).join(' ')} at the start, ` +
      `${m.loadAverageEnd.map((x) => x.toFixed(2)).join(' ')} at the end.`,
    `Build: commit ${m.commit || 'unknown'}${m.workingTreeDirty ? ' with uncommitted changes in src/, styles/ or content/' : ''}` +
      (r.dist ? `; ${r.dist.map((f) => `${f.file.replace(/-[0-9a-f]{16}/, '')} ${fmtBytes(f.raw)} raw / ${fmtBytes(f.br)} br`).join(', ')}` : '') + '.',
    '',
  ].join('\n');
  const block = `<!-- bench:last-run (written by bench/run.mjs; do not edit by hand) -->\n${head}\n${table}<!-- /bench:last-run -->`;
  let doc = existsSync(path) ? readFileSync(path, 'utf8') : '# Performance\n\n## Last run\n\n<!-- bench:last-run -->\n<!-- /bench:last-run -->\n';
  const re = /<!-- bench:last-run[^>]*-->[\s\S]*?<!-- \/bench:last-run -->/;
  doc = re.test(doc) ? doc.replace(re, () => block) : `${doc.trimEnd()}\n\n## Last run\n\n${block}\n`;
  writeFileSync(path, doc);
}

main().catch((e) => {
  console.error(`[bench] FAILED: ${e && e.stack ? e.stack : e}`);
  process.exit(1);
});
