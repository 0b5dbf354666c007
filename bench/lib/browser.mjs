// Browser helpers for the benchmarks: a fresh context with the probes installed, network
// accounting over CDP, one cold load timed by the load probe, and the memory figures.
// Every wait has a timeout; only 127.0.0.1 is contacted (bench/run.mjs checks --base).

/** @typedef {import('./types.mjs').LoadSample} LoadSample */

/**
 * A fresh browser context (empty cache and storage, 1280×720) with the given init scripts.
 * @param {import("playwright-core").Browser} browser
 * @param {string[]} probes init scripts (bench/probes/inject.mjs)
 */
export async function newContext(browser, probes) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  for (const p of probes) await context.addInitScript({ content: p });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp };
}

// Counts requests and bytes through CDP Network events. encodedDataLength at loadingFinished
// is what came over the socket for that request, headers included.
export function trackNetwork(cdp) {
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

/**
 * Waits until the load probe has seen the first screen painted (and, when it clicks, the next
 * screen), then reads its figures and the Resource Timing of the glue and the wasm.
 * @param {import('playwright-core').Page} page
 * @param {number} timeoutMs
 * @param {{ click?: boolean }} [o]
 * @returns {Promise<LoadSample>}
 */
export async function waitProbe(page, timeoutMs, { click = false } = {}) {
  await page.waitForFunction((click) => {
    const B = /** @type {any} */ (window).__bench;
    return B && B.firstScreen && B.firstScreen.painted !== null && (click ? B.next !== null : B.shown !== null);
  }, click, { timeout: timeoutMs, polling: 'raf' });
  return page.evaluate(() => {
    const B = /** @type {any} */ (window).__bench;
    const nav = /** @type {PerformanceNavigationTiming | undefined} */ (performance.getEntriesByType('navigation')[0]);
    const res = /** @type {PerformanceResourceTiming[]} */ (performance.getEntriesByType('resource'));
    const find = (/** @type {RegExp} */ re) => res.find((r) => re.test(r.name));
    const end = (/** @type {RegExp} */ re) => { const e = find(re); return e ? e.responseEnd : null; };
    const start = (/** @type {RegExp} */ re) => { const e = find(re); return e ? e.startTime : null; };
    return {
      shown: B.shown, inDom: B.inDom, fcp: B.fcp, load: B.load, appStarted: B.appStarted ?? null,
      firstScreen: B.firstScreen.frame, firstScreenPainted: B.firstScreen.painted,
      operable: B.operable, next: B.next, nextFrame: B.nextFrame, firstClick: B.firstClick, clicks: B.clicks,
      nativeSubmits: B.nativeSubmits, firstScreenText: B.firstScreenText,
      committed: B.committed, wasmInstantiated: B.wasmInstantiated,
      htmlReceived: nav ? nav.responseEnd : null, glueRequested: start(/\.js(\?|$)/), glueReceived: end(/\.js(\?|$)/),
      wasmRequested: start(/\.wasm(\?|$)/), wasmReceived: end(/\.wasm(\?|$)/),
    };
  });
}

/**
 * One cold load in a fresh context (empty cache and storage): the load probe's timings, the
 * network figures and, optionally, a check of the page (`verify`, its result in `extra`).
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ probe: string, click?: boolean, verify?: (page: import('playwright-core').Page) => Promise<unknown>,
 *   probeTimeout?: number, rtt?: number }} o  probe: the load probe's init script
 */
export async function coldLoad(browser, url, { probe, click = false, verify, probeTimeout = 30_000, rtt = 0 }) {
  const { context, page, cdp } = await newContext(browser, [probe]);
  try {
    const net = trackNetwork(cdp);
    await net.enable();
    if (rtt > 0) await emulateRtt(cdp, rtt);
    /** @type {string[]} */
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    let timing;
    try {
      timing = await waitProbe(page, probeTimeout, { click });
    } catch (e) {
      const shown = await page.evaluate(() => document.body ? document.body.innerText.replace(/\s+/g, ' ').slice(0, 300) : '').catch(() => '');
      const B = await page.evaluate(() => JSON.stringify({ ...(/** @type {any} */ (window).__bench || {}), wasmExports: undefined })).catch(() => '{}');
      throw new Error(`${click ? 'no next screen after clicking the main control' : 'no first screen'} on ${url} within ${probeTimeout} ms; ` +
        `the page shows: "${shown}"; probe: ${B}${errors.length ? `; page errors: ${errors.join('; ')}` : ''}`);
    }
    // The load event has fired and the first screen is up; let any late request finish.
    await page.waitForFunction(() => /** @type {any} */ (window).__bench.load !== null, null, { timeout: 10_000 });
    const quiet = await net.idle(5_000);
    const extra = verify ? await verify(page) : null;
    return { url, ...timing, ...net.result(), quiet, errors, extra };
  } finally {
    await context.close();
  }
}

/**
 * An emulated round-trip time on every request of this page (CDP network conditions; no
 * bandwidth limit): each request that waits for another costs one more round trip.
 * @param {import('playwright-core').CDPSession} cdp
 * @param {number} rttMs
 */
export async function emulateRtt(cdp, rttMs) {
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: rttMs, downloadThroughput: -1, uploadThroughput: -1,
  });
}

export async function heapFigures(page, cdp) {
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
