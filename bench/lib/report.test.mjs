// Unit tests of bench/lib/report.mjs (node --test; no browser): the verdicts and the table
// from a results object as the load benchmark leaves it (BENCH_ONLY=load), so a change to the
// report is checked without a browser run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summary, pairedRatio } from './stats.mjs';
import { verdicts, renderTable, FIRST_SCREEN_TARGET, OPERABLE_TARGET } from './report.mjs';

/** A load section with these per-load figures on both sides (ms; bytes). */
function loadSection({ twofold, stat, rttMs = 0 }) {
  const side = (x) => ({
    firstScreenMs: summary(x.paint.map((p) => p - 5)), firstScreenPaintedMs: summary(x.paint), operableMs: summary(x.operable),
    shownMs: summary(x.paint.map((p) => p - 5)), fcpMs: summary(x.paint), nextScreenMs: summary(x.operable.map((o) => o + 10)),
    firstClickMs: summary(x.operable), clicks: summary(x.operable.map(() => 1)), nativeSubmits: summary(x.operable.map(() => 0)),
    wireBytes: summary(x.paint.map(() => x.bytes)), requests: summary(x.paint.map(() => x.requests)),
    htmlReceivedMs: summary([5]), resources: [{ path: '/index.html', wire: 5000, encoding: 'br', type: 'text/html' }],
    steps: Object.fromEntries(['untilGlueRequested', 'glueRequestedToWasmReceived', 'wasmReceivedToInstantiated', 'instantiatedToMainDone', 'mainDoneToFirstScreen'].map((k) => [k, summary([10])])),
  });
  const pairs = (k) => pairedRatio(twofold[k].map((a, i) => ({ a, b: stat[k][i] })));
  return {
    rttMs,
    twofold: side(twofold),
    static: side(stat),
    ratios: { firstScreen: pairs('paint'), firstScreenFrame: pairs('paint'), operable: pairs('operable'), shown: pairs('paint'), fcp: pairs('paint') },
    firstScreenText: { twofold: 'a', static: 'a' },
    staticPageMatches: true,
  };
}

const results = (load, loadEmulated) => ({
  machine: { loadAverage: [0.1], loadAverageEnd: [0.1], nproc: 2 },
  config: { quick: true, only: ['load', 'load-rtt'] },
  load,
  loadEmulated,
});

test('the load targets: per-pair ratios of the first screen painted and the first operable control', () => {
  const r = results(loadSection({
    twofold: { paint: [105, 110, 220], operable: [120, 130, 250], bytes: 90_000, requests: 3 },
    stat: { paint: [100, 100, 200], operable: [100, 100, 200], bytes: 4000, requests: 1 },
  }));
  const v = Object.fromEntries(verdicts(r).map((x) => [x.name, x]));
  assert.equal(v[FIRST_SCREEN_TARGET].value, 1.1);
  assert.equal(v[FIRST_SCREEN_TARGET].pass, true, '1.1× is within ≤ 1.1×');
  assert.equal(v[OPERABLE_TARGET].value, 1.25);
  assert.equal(v[OPERABLE_TARGET].pass, true);
  assert.equal(v['First-load transfer (brotli, on the wire)'].pass, true);
  assert.equal(v['Memory after a full game (JS heap + wasm memory)'].pass, false, 'not measured counts as a miss');
  assert.equal(v['Memory after a full game (JS heap + wasm memory)'].note, 'not measured in this run');
});

test('the table: both load sections, the static page plus one round trip, flagged native submits', () => {
  const twofold = { paint: [150, 160, 170], operable: [200, 210, 220], bytes: 140_000, requests: 5 };
  const stat = { paint: [50, 60, 70], operable: [60, 70, 80], bytes: 5000, requests: 1 };
  const E = loadSection({ twofold, stat, rttMs: 50 });
  E.static.nativeSubmits = summary([0, 1, 0]);
  const r = results(loadSection({ twofold, stat }), E);
  r.verdicts = verdicts(r);
  const t = renderTable(r);
  assert.match(t, /> Quick run/);
  assert.match(t, /### Load \(3 A\/B pairs on loopback/);
  assert.match(t, /\| \*\*first screen painted\*\* .* \| 160 ms \(IQR 155 ms–165 ms; 150 ms–170 ms\) \| 60 ms .* \| 2\.67× .* \| ≤ 1\.1× \| \*\*miss\*\* \|/);
  assert.match(t, /### Load with an emulated round trip of 50 ms/);
  // The operable row of the emulated section ends with the static median plus 50 ms.
  assert.match(t, /\| \*\*first control operable\*\* [^\n]* \| 120 ms \|\n/);
  assert.match(t, /1 click\(s\) would have submitted a form natively/);
  assert.match(t, /\| Time to the first operable control, Twofold \/ static ≤ 1\.3× \| 3\.00× /);
});
