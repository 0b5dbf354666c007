// The load benchmark: Twofold's page against the static lower bound (bench/static/index.html,
// the same first screen in plain HTML with the same CSS and a few lines of script for its
// Start button), A/B in alternating order, each load cold in a fresh context. Per load: the
// first screen painted, the first operable control (a click on Start that shows the first
// card: bench/probes/load.mjs), the Start button rendered, first contentful paint, bytes on
// the wire and requests, and where Twofold's time goes. Run twice: on loopback and with an
// emulated round-trip time (every request that waits for another costs one round trip).
import { summary, pairedRatio, pairsOf } from '../lib/stats.mjs';
import { coldLoad } from '../lib/browser.mjs';
import { FIRST_SCREEN } from './first-screen.mjs';

/** @typedef {import('../lib/types.mjs').Benchmark} Benchmark */
/** @typedef {import('../lib/types.mjs').LoadSample} LoadSample */

/** The figures both pages have, summarised the same way: [key in results, key per load]. */
const FIGURES = [
  ['firstScreenMs', 'firstScreen'], ['firstScreenPaintedMs', 'firstScreenPainted'],
  ['operableMs', 'operable'], ['nextScreenMs', 'next'], ['nextScreenFrameMs', 'nextFrame'], ['firstClickMs', 'firstClick'],
  ['clicks', 'clicks'], ['nativeSubmits', 'nativeSubmits'],
  ['shownMs', 'shown'], ['inDomMs', 'inDom'], ['htmlReceivedMs', 'htmlReceived'],
  ['committedMs', 'committed'], ['fcpMs', 'fcp'], ['loadEventMs', 'load'],
  ['wireBytes', 'wireBytes'], ['bodyBytes', 'bodyBytes'], ['requests', 'requests'],
];
/** Figures compared per pair (Twofold / static), the headline ratios. */
const RATIOS = { firstScreen: 'firstScreenPainted', firstScreenFrame: 'firstScreen', operable: 'operable', shown: 'shown', fcp: 'fcp' };

/** @param {any[]} list */
const summariseLoads = (list) => Object.fromEntries(FIGURES.map(([out, key]) => [out, summary(list.map((r) => r[key]))]));

/**
 * @param {{ id: string, key: 'load' | 'loadEmulated', emulated: boolean }} o
 * @returns {Benchmark}
 */
export function loadAB({ id, key, emulated }) {
  return {
    id,
    type: 'load',
    label: emulated ? 'Load with an emulated round trip' : 'Load',
    description: 'Twofold against the static lower bound, A/B alternating, cold loads in fresh contexts: ' +
      'first screen painted, first operable control, bytes and requests' + (emulated ? ', every request delayed by one emulated round trip' : ', on loopback'),
    async run({ browser, urls, config, probes, log }) {
      const rtt = emulated ? config.rttMs : 0;
      if (emulated && rtt <= 0) return {};
      /** @type {{ twofold: any[], static: any[], order: string[] }} */
      const loads = { twofold: [], static: [], order: [] };
      /** @type {Record<string, string | null>} */
      const texts = {};
      const heading = (/** @type {import('playwright-core').Page} */ page) => page.evaluate(() => {
        const h = document.querySelector('h1');
        return h && h.textContent;
      });
      for (let i = 0; i < config.warmup + config.runs; i++) {
        const order = i % 2 === 0 ? ['twofold', 'static'] : ['static', 'twofold'];
        /** @type {Record<string, any>} */
        const pair = {};
        for (const which of order) {
          // The discarded warm-up pair also reads the first screen's text (innerText forces a
          // layout), so a drift of the static page from Twofold's first screen gets reported.
          const captureText = i === 0;
          const r = await coldLoad(browser, which === 'twofold' ? urls.twofold : urls.static, {
            probe: probes.load({ click: true, captureText }), click: true, rtt, verify: heading,
          });
          if (r.extra !== FIRST_SCREEN.title) throw new Error(`${which} load${rtt ? ` (RTT ${rtt} ms)` : ''} shows "${r.extra}", not the ${FIRST_SCREEN.title} screen`);
          if (r.errors.length) throw new Error(`${which} page errors: ${r.errors.join('; ')}`);
          if (captureText) texts[which] = r.firstScreenText;
          pair[which] = r;
        }
        if (i < config.warmup) continue;
        loads.twofold.push(pair.twofold);
        loads.static.push(pair.static);
        loads.order.push(order.join('>'));
        log(`load pair ${i - config.warmup + 1}/${config.runs}${rtt ? ` at RTT ${rtt} ms` : ''} (${order.join(' then ')}): ` +
          `first screen Twofold ${pair.twofold.firstScreen.toFixed(1)} ms, static ${pair.static.firstScreen.toFixed(1)} ms; ` +
          `operable Twofold ${pair.twofold.operable.toFixed(1)} ms, static ${pair.static.operable.toFixed(1)} ms`);
      }
      const T = loads.twofold;
      const pick = (/** @type {string} */ k) => summary(T.map((l) => l[k]));
      const result = {
        network: rtt ? `emulated round trip ${rtt} ms (CDP Network.emulateNetworkConditions)` : 'loopback, unthrottled',
        rttMs: rtt,
        twofold: {
          url: urls.twofold,
          ...summariseLoads(T),
          glueRequestedMs: pick('glueRequested'),
          glueReceivedMs: pick('glueReceived'),
          wasmRequestedMs: pick('wasmRequested'),
          wasmReceivedMs: pick('wasmReceived'),
          wasmInstantiatedMs: pick('wasmInstantiated'),
          appStartedMs: pick('appStarted'),
          // Per load, then the median: the steps of Twofold's start-up.
          steps: {
            untilGlueRequested: summary(T.map((l) => l.glueRequested)),
            glueRequestedToWasmReceived: summary(T.map((l) => l.wasmReceived - l.glueRequested)),
            wasmReceivedToInstantiated: summary(T.map((l) => l.wasmInstantiated - l.wasmReceived)),
            instantiatedToMainDone: summary(T.map((l) => l.appStarted - l.wasmInstantiated)),
            mainDoneToFirstScreen: summary(T.map((l) => l.firstScreen - l.appStarted)),
          },
          resources: T[0].resources,
        },
        static: { url: urls.static, ...summariseLoads(loads.static), resources: loads.static[0].resources },
        // Twofold / static per pair, then the median and spread of those ratios.
        ratios: Object.fromEntries(Object.entries(RATIOS).map(([out, k]) => [out, pairedRatio(pairsOf(T, loads.static, (l) => l[k]))])),
        firstScreenText: texts,
        staticPageMatches: texts.twofold === texts.static,
        raw: loads,
      };
      return { [key]: result };
    },
  };
}
