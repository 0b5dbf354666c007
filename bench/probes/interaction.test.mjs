// Unit tests of the interaction probe (bench/probes/interaction.mjs) against a fake page (no
// browser): self-contained, an armed placement timed from the input's timeStamp to the DOM
// change, the frame that paints it and that frame's end, and the frame monitor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import vm from 'node:vm';
import { interactionProbe } from './interaction.mjs';
import { initScript } from './inject.mjs';
import { FakeWindow, FakeElement } from './fake-window.mjs';

const FRAME = 1000 / 60;

function install() {
  const win = new FakeWindow();
  vm.runInNewContext(initScript(interactionProbe), { window: win });
  return win;
}

test('the probe is self-contained and exposes the driver\'s API', () => {
  const win = install();
  for (const fn of ['arm', 'wait', 'framesStart', 'framesPause', 'framesResume', 'framesStop', 'progressText']) {
    assert.equal(typeof win.__tf[fn], 'function', fn);
  }
});

test('a placement: input timeStamp to feedback in the DOM, its frame and that frame rendered', async () => {
  const win = install();
  const card = new FakeElement(win);
  const progress = new FakeElement(win, { text: 'Card 1 of 18' });
  win.document.put('[data-testid="card"]', card);
  win.document.put('[data-testid="progress"]', progress);
  const armed = win.__tf.arm({ ready: 'card', done: 'feedback' });
  win.run(1);
  assert.equal((await armed).progress, 'Card 1 of 18');
  const done = win.__tf.wait(1000);
  // The key press at 20 ms (its timeStamp), handled at 22 ms: the feedback replaces the card.
  win.task(22, () => {
    win.dispatch('keydown', { key: '1', timeStamp: 20 });
    win.document.remove('[data-testid="card"]');
    win.document.put('[data-testid="feedback"]', new FakeElement(win));
  });
  win.run(100);
  const t = await done;
  assert.equal(t.kind, 'key');
  assert.equal(t.queue, 2);
  assert.equal(t.dom, 2);
  assert.equal(t.frame, 2 * FRAME - 20, 'the frame after the change (at 33.3 ms)');
  assert.equal(t.paint, t.frame + 1, 'that frame rendered');
  assert.ok(t.frameStart <= FRAME, 'painted in the first frame after the input');
});

test('keys other than the piles\' and Enter/Space are not the timed input', async () => {
  const win = install();
  win.document.put('[data-testid="next-card"]', new FakeElement(win));
  const armed = win.__tf.arm({ ready: 'next', done: 'results' });
  win.run(1);
  await armed;
  const done = win.__tf.wait(50);
  win.task(5, () => win.dispatch('keydown', { key: 'Tab', timeStamp: 5 }));
  win.run(200);
  await assert.rejects(done, /no change within 50 ms \(input seen: false\)/);
});

test('the frame monitor records the gaps between frames while on, not while paused', async () => {
  const win = install();
  win.__tf.framesStart();
  win.run(100);
  win.__tf.framesPause();
  win.run(300);
  const stopped = win.__tf.framesStop();
  win.run(600);
  const f = await stopped;
  assert.ok(f.gaps.length >= 4 && f.gaps.length <= 6, `${f.gaps.length} gaps in 100 ms`);
  for (const [, g] of f.gaps) assert.ok(Math.abs(g - FRAME) < 1e-6);
});
