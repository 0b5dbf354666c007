// The interaction benchmark and memory after a full game: whole games of the 15-card deck
// (placements alternately by number key and by pointer, "Play again" between games), each
// placement and "Next" timed to the frame that paints the change; the same number of
// placements on the static interaction floor (bench/static/play.html), half just before and
// half just after Twofold's session, so a change in the machine's load weighs on both; the
// JS heap and wasm memory at the first results screen and at the end.
import { newContext, waitProbe, heapFigures } from '../lib/browser.mjs';
import { playSession, floorSession, summariseFloor, vsFloor, latencySummary, frameSummary } from '../lib/play.mjs';

export const SMALL_DECK = 'myth-or-fact';

/** @type {import('../lib/types.mjs').Benchmark} */
export const interaction = {
  id: 'interaction',
  type: 'interaction',
  label: 'Interaction and memory after a full game',
  description: 'Placement and "Next" to the frame that paints the change, beside the static floor; memory (JS heap + wasm) after the first game.',
  async run({ browser, urls, config, probes, log }) {
    const sessionProbes = [probes.load(), probes.interaction];
    /** @type {any[]} */
    const floorHalves = [];
    /** @type {string | null} */
    let floorError = null;
    const floorHalf = async (/** @type {number} */ placements) => {
      if (floorError) return;
      try { floorHalves.push(await floorSession(browser, urls.staticPlay, placements, sessionProbes)); } catch (e) {
        floorError = String(e && /** @type {Error} */ (e).message ? /** @type {Error} */ (e).message : e);
        log(`static floor: not measured (${floorError})`);
      }
    };
    await floorHalf(Math.floor(config.placements / 2));

    const { context, page, cdp } = await newContext(browser, sessionProbes);
    /** @type {string[]} */
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    let session;
    /** @type {any} */
    let memoryAfterGame = null;
    let memoryAtEnd;
    try {
      await page.goto(urls.twofold, { waitUntil: 'load' });
      await waitProbe(page, 30_000);
      session = await playSession(page, {
        placements: config.placements,
        label: SMALL_DECK,
        onGameEnd: async (/** @type {number} */ g) => { if (g === 1) memoryAfterGame = await heapFigures(page, cdp); },
      });
      if (errors.length) throw new Error(`page errors while playing: ${errors.join('; ')}`);
      memoryAtEnd = await heapFigures(page, cdp);
    } finally {
      await context.close();
    }
    const result = {
      deck: SMALL_DECK,
      deckSize: session.deckSize,
      games: session.games,
      placements: latencySummary(session.samples.place),
      next: latencySummary(session.samples.next),
      resultsScreen: latencySummary(session.samples.results),
      frames: frameSummary(session.frames),
      raw: session.samples,
      vsFloor: /** @type {any} */ (null),
    };
    log(`interaction: ${session.placed} placements over ${session.games} games, p95 to the painting frame ${result.placements.toFrame.p95} ms`);

    await floorHalf(config.placements - Math.floor(config.placements / 2));
    const floor = floorError ? { url: urls.staticPlay, error: floorError } : summariseFloor(urls.staticPlay, floorHalves, result.deckSize);
    result.vsFloor = vsFloor(result, floor);
    if (!floor.error) {
      log(`static floor: ${floor.placements.n} placements over ${floor.games} games, p95 to the painting frame ${floor.placements.toFrame.p95} ms`);
    }
    return {
      interaction: result,
      memory: { afterFirstGame: memoryAfterGame, afterAllGames: memoryAtEnd, games: session.games },
      interactionFloor: floor,
    };
  },
};
