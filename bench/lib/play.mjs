// Playing the sorting game for the interaction benchmarks: whole games placed alternately by
// number key and by pointer, each placement and "Next" timed by the interaction probe
// (bench/probes/interaction.mjs), frames recorded meanwhile; and the summaries of those
// samples (latency quantiles, frame lengths, long animation frames), for Twofold and for the
// static interaction floor (bench/static/play.html) alike.
import { summary, quantile, countAtMost, quantileDifference } from './stats.mjs';
import { newContext, waitProbe } from './browser.mjs';


// Plays `placements` cards (whole games, "Play again" between games) on an open start
// screen, alternating key presses and pointer clicks, measuring each placement and each
// "next". Returns samples plus frame data; `onGameEnd(gameNo)` runs at each results screen.
export async function playSession(page, { placements, onGameEnd, label }) {
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
export function describeLoaf(l) {
  const script = l.scripts.reduce((a, x) => a + x.duration, 0);
  const rendering = l.renderStart > 0 ? l.duration - l.renderStart : null;
  const r1 = (x) => (x === null ? null : Math.round(x * 10) / 10);
  return {
    duration: r1(l.duration), scriptMs: r1(script), renderingMs: r1(rendering),
    styleAndLayoutMs: l.styleAndLayoutStart > 0 ? r1(l.duration - l.styleAndLayoutStart) : null,
    scripts: l.scripts.slice(0, 5),
  };
}

// Frame lengths from the rAF monitor (gap between consecutive frames) and long animation
// frames (>= 50 ms), while sorting and, apart, during changes to the results screen.
export function frameSummary(frames) {
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
export function latencySummary(list) {
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
    inFirstFrame: countAtMost(list.map((s) => s.frameStart), frame),
    inputQueue: summary(list.map((s) => s.queue)),
    byKey: summary(list.filter((s) => s.kind === 'key').map((s) => s.frame)),
    byPointer: summary(list.filter((s) => s.kind === 'pointer').map((s) => s.frame)),
  };
}

// The interaction floor: playSession() on the hand-written page in a fresh context with the
// same probes (`probes`: their init scripts). Bounded like the rest (every wait in
// playSession has a timeout); a failure is recorded by the caller, not fatal, and the
// interaction target then counts as missed.
export async function floorSession(browser, url, placements, probes) {
  const { context, page } = await newContext(browser, probes);
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
export function summariseFloor(url, sessions, deckSize) {
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
export function vsFloor(twofold, floor) {
  if (!floor || floor.error) return null;
  const rows = {
    placementToFrame: ['placements', 'toFrame'], placementToDom: ['placements', 'toDom'], placementToPaint: ['placements', 'toPaint'],
    placementEventTiming: ['placements', 'eventTimingFloor'], nextToFrame: ['next', 'toFrame'], resultsToFrame: ['resultsScreen', 'toFrame'],
  };
  return Object.fromEntries(Object.entries(rows).map(([k, [part, key]]) => [k, quantileDifference(twofold[part][key], floor[part][key])]));
}
