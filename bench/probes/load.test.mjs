// Unit tests of the load probe (bench/probes/load.mjs) against a fake page (no browser):
// the init script is evaluated in an empty realm (a reference to anything but `window` and
// the language's own objects fails), then the fake page's event loop runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import vm from 'node:vm';
import { loadProbe } from './load.mjs';
import { initScript } from './inject.mjs';
import { FakeWindow, FakeElement } from './fake-window.mjs';

const CONTROL = '[data-testid="start-game"]';
const HEADING = 'main h1';
const NEXT = '[data-testid="card"]';
const CFG = {
  control: CONTROL, firstScreen: [HEADING, CONTROL], heading: HEADING, next: NEXT,
  click: true, clickEveryMs: 4, maxFrames: 3000, maxClicks: 5000, captureText: false,
};
const FRAME = 1000 / 60;

/** Installs the probe as the browser would: its init script, evaluated in a realm of its own. */
function install(cfg = CFG) {
  const win = new FakeWindow();
  vm.runInNewContext(initScript(loadProbe, cfg), { window: win });
  return win;
}

/** The first screen, as a page shows it; the Start button's click shows the next screen once `wired`. */
function showFirstScreen(win, { wired = true, disabled = false, submits = false } = {}) {
  const start = new FakeElement(win, { disabled, submits });
  if (wired) wire(win, start);
  win.document.put(HEADING, new FakeElement(win, { text: 'Myth or fact?' }));
  win.document.put(CONTROL, start);
  return start;
}
function wire(win, start) {
  start.onclick = () => { win.document.remove(CONTROL); win.document.put(NEXT, new FakeElement(win)); };
}

test('the probe is self-contained: its init script runs in an empty realm', () => {
  const script = initScript(loadProbe, CFG);
  assert.match(script, /^\(function loadProbe\(win, cfg\)/);
  assert.doesNotThrow(() => install());
  // A probe that reaches for a global the page would have is caught the same way.
  function leaky(win) { win.x = document.title; } // eslint-disable-line no-undef
  assert.throws(() => vm.runInNewContext(initScript(leaky), { window: new FakeWindow() }), /document is not defined/);
});

test('a page that renders its first screen after start-up (today\'s Twofold)', () => {
  const win = install();
  win.task(105, () => showFirstScreen(win));
  win.run(400);
  const B = win.__bench;
  const frameAfter100 = Math.ceil(105 / FRAME) * FRAME;
  assert.equal(B.inDom, 105);
  assert.equal(B.shown, frameAfter100, 'shown: the first frame with the control rendered');
  assert.equal(B.firstScreen.frame, frameAfter100);
  assert.equal(B.firstScreen.painted, frameAfter100 + 1, 'painted: after that frame\'s rendering');
  assert.equal(B.clicks, 1, 'the first click took effect');
  assert.equal(B.operable, frameAfter100 + 1, 'operable: the click dispatched once the first screen was painted');
  assert.equal(B.next, B.operable);
  assert.ok(B.nextFrame > B.next && B.nextFrame - B.next <= FRAME);
  assert.equal(B.nativeSubmits, 0);
});

test('a pre-rendered first screen: clicks before the wasm wires the control do not count', () => {
  const win = install();
  const start = showFirstScreen(win, { wired: false });
  win.task(300, () => wire(win, start)); // the wasm takes the control over at 300 ms
  win.run(600);
  const B = win.__bench;
  assert.equal(B.firstScreen.frame, FRAME, 'painted with the HTML, in the first frame');
  assert.equal(B.firstClick, FRAME + 1);
  assert.ok(B.clicks > 60, `clicks kept coming every 4 ms (${B.clicks})`);
  assert.ok(B.operable >= 300 && B.operable < 304, `operable at the first click after 300 ms (${B.operable})`);
  assert.ok(B.next >= 300 && B.next < 304);
  assert.ok(B.firstScreen.frame < B.operable);
});

test('a page that queues early clicks and replays them later is credited when the next screen appears', () => {
  const win = install();
  const start = showFirstScreen(win, { wired: false });
  let queued = 0;
  start.onclick = () => { queued++; };
  win.task(250, () => { if (queued) { win.document.remove(CONTROL); win.document.put(NEXT, new FakeElement(win)); } });
  win.run(500);
  const B = win.__bench;
  assert.equal(B.next, 250);
  assert.ok(B.operable <= 250 && B.operable > 245, `the last click before the next screen (${B.operable}), not the first (${B.firstClick})`);
});

test('a control that is visibly not yet active (disabled) is operable when enabled', () => {
  const win = install();
  const start = showFirstScreen(win, { disabled: true });
  win.task(200, () => { start.disabled = false; });
  win.run(400);
  const B = win.__bench;
  assert.equal(B.firstScreen.frame, FRAME, 'the first screen paints at once');
  assert.ok(B.operable >= 200 && B.operable < 204);
  // Without clicks, "shown" (the figure of earlier runs) waits for the enabled control.
  const quiet = install({ ...CFG, click: false });
  const s2 = showFirstScreen(quiet, { disabled: true });
  quiet.task(205, () => { s2.disabled = false; });
  quiet.run(400);
  assert.equal(quiet.__bench.shown, Math.ceil(205 / FRAME) * FRAME);
});

test('a click that would submit a form natively is counted and kept from navigating', () => {
  const win = install();
  const start = showFirstScreen(win, { wired: false, submits: true });
  win.task(50, () => wire(win, start));
  win.run(200);
  const B = win.__bench;
  assert.ok(B.nativeSubmits >= 1);
  assert.equal(win.navigations, 0);
  assert.ok(B.operable >= 50 && B.operable < 54);
});

test('without click, the probe never touches the control (memory and interaction sessions)', () => {
  const win = install({ ...CFG, click: false });
  const start = showFirstScreen(win);
  win.run(300);
  assert.equal(start.clicks, 0);
  assert.equal(win.__bench.operable, null);
  assert.equal(win.__bench.firstScreen.frame, FRAME);
});

test('a control that never works: bounded, operable stays null', () => {
  const win = install({ ...CFG, maxClicks: 50 });
  showFirstScreen(win, { wired: false });
  win.run(2000);
  assert.equal(win.__bench.clicks, 50);
  assert.equal(win.__bench.operable, null);
  assert.equal(win.__bench.next, null);
});

test('the first screen\'s text is captured only when asked (it forces a layout)', () => {
  const win = install({ ...CFG, captureText: true, click: false });
  win.document.put('main', new FakeElement(win, { text: '  Myth or fact?\n  Start ' }));
  showFirstScreen(win);
  win.run(100);
  assert.equal(win.__bench.firstScreenText, 'Myth or fact? Start');
  const other = install();
  other.document.put('main', new FakeElement(other, { text: 'x' }));
  showFirstScreen(other);
  other.run(100);
  assert.equal(other.__bench.firstScreenText, null);
});
