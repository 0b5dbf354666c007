// The 1,000-card deck (big.html: the built page with a generated deck inlined,
// bench/make-big-deck.mjs): cold loads timed like the load benchmark, then the whole deck
// played (every placement and "Next", then the results screen) with the interaction probe,
// the longest frame while sorting and the memory at the end. Skipped, with the reason, when
// the build does not open an inline deck.
import { readFileSync } from 'node:fs';
import { summary } from '../lib/stats.mjs';
import { newContext, waitProbe, coldLoad, heapFigures } from '../lib/browser.mjs';
import { playSession, latencySummary, frameSummary } from '../lib/play.mjs';

export const BIG_DECK = 'bench-big-deck'; // bench/make-big-deck.mjs DECK_ID

/** @type {import('../lib/types.mjs').Benchmark} */
export const bigDeck = {
  id: 'big-deck',
  type: 'deck',
  label: '1,000-card deck',
  description: 'Cold loads of big.html, then the whole 1,000-card deck played: placement latency, longest frame, results screen, memory.',
  async run({ browser, urls, config, probes, log }) {
    const url = urls.big;
    const expected = JSON.parse(readFileSync(config.bigJson, 'utf8'));
    const heading = (/** @type {import('playwright-core').Page} */ page) =>
      page.evaluate(() => (document.querySelector('h1') || {}).textContent || null);
    const load = () => coldLoad(browser, url, { probe: probes.load({ click: true }), click: true, probeTimeout: 15_000, verify: heading });
    // First: does this build open an inline deck at all?
    /** @type {any} */
    const first = await load().catch((e) => ({ error: String(e) }));
    if (first.error || first.extra !== expected.title) {
      log(`big deck: the build does not open the inline deck (${first.error || `heading "${first.extra}"`}); skipped`);
      return { bigDeck: { supported: false, reason: first.error || `start screen shows "${first.extra}", not "${expected.title}"` } };
    }
    const loads = [first];
    for (let i = 1; i < config.bigLoads; i++) loads.push(await load());
    log(`big deck: ${config.bigLoads} loads, first control operable at ${summary(loads.map((l) => l.operable)).median} ms (median)`);

    const { context, page, cdp } = await newContext(browser, [probes.load(), probes.interaction]);
    /** @type {string[]} */
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    try {
      await page.goto(url, { waitUntil: 'load' });
      await waitProbe(page, 30_000);
      /** @type {any} */
      let memoryAfterGame = null;
      const session = await playSession(page, {
        placements: config.bigPlacements,
        label: BIG_DECK,
        onGameEnd: async (/** @type {number} */ g) => { if (g === 1) memoryAfterGame = await heapFigures(page, cdp); },
      });
      if (session.deckSize !== expected.cards.length) {
        throw new Error(`big deck shows ${session.deckSize} cards, expected ${expected.cards.length}`);
      }
      if (errors.length) throw new Error(`page errors on the big deck: ${errors.join('; ')}`);
      const memoryNow = memoryAfterGame ?? (await heapFigures(page, cdp));
      log(`big deck: ${session.placed} placements, p95 to the painting frame ${summary(session.samples.place.map((s) => s.frame)).p95} ms`);
      return {
        bigDeck: {
          supported: true,
          url,
          cards: expected.cards.length,
          htmlBytes: loads[0].resources[0] ? loads[0].resources[0].wire : null,
          firstScreenPaintedMs: summary(loads.map((l) => l.firstScreenPainted)),
          firstScreenMs: summary(loads.map((l) => l.firstScreen)),
          operableMs: summary(loads.map((l) => l.operable)),
          shownMs: summary(loads.map((l) => l.shown)),
          wireBytes: summary(loads.map((l) => l.wireBytes)),
          requests: summary(loads.map((l) => l.requests)),
          placements: latencySummary(session.samples.place),
          next: latencySummary(session.samples.next),
          resultsScreen: latencySummary(session.samples.results),
          frames: frameSummary(session.frames),
          fullGame: session.games >= 1,
          memory: memoryNow,
          raw: { loads: loads.map(({ resources, ...r }) => r), samples: session.samples },
        },
      };
    } finally {
      await context.close();
    }
  },
};
