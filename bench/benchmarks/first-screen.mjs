// What the load benchmarks look for on the first screen of sort-myth-or-fact.html and
// of the static lower bound (bench/static/index.html), and the load probe's init script.
// A page with another first screen needs another record like this one.
import { loadProbe } from '../probes/load.mjs';
import { initScript } from '../probes/inject.mjs';

export const FIRST_SCREEN = {
  /** The first screen's main control: Start. */
  control: '[data-testid="start-game"]',
  /** The first screen is painted when its heading and its main control are. */
  heading: 'main h1',
  /** What a click on Start shows: the first card. */
  next: '[data-testid="card"]',
  /** The heading every load checks (the first screen of the Myth or fact? deck). */
  title: 'Myth or fact?',
};

/**
 * @param {{ click?: boolean, captureText?: boolean }} [o]
 * @returns {string}
 */
export function loadProbeScript({ click = false, captureText = false } = {}) {
  return initScript(loadProbe, {
    control: FIRST_SCREEN.control,
    firstScreen: [FIRST_SCREEN.heading, FIRST_SCREEN.control],
    heading: FIRST_SCREEN.heading,
    next: FIRST_SCREEN.next,
    click,
    clickEveryMs: 4,
    maxFrames: 3000,
    maxClicks: 5000,
    captureText,
  });
}
