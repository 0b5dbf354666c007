#!/usr/bin/env node
// Twofold's performance benchmark: drives headless Chromium (playwright-core, Debian's
// /usr/bin/chromium) against the release build served by bench/serve.py. scripts/bench.sh
// builds, serves and calls this; run by hand with a server already up:
//
//   node bench/run.mjs --base http://127.0.0.1:PORT/ [--out target/bench/results.json]
//        [--table target/bench/table.md] [--doc docs/performance.md | --no-doc]
//        [--runs 15] [--placements 120] [--big-loads 5] [--big-placements 1000] [--rtt 50]
//        [--page sort-myth-or-fact.html] [--only load,interaction] [--quick]
//
// The benchmarks are records in bench/benchmarks/ (listed in bench/benchmarks/index.mjs),
// their statistics in bench/lib/stats.mjs, the code they evaluate in the page in
// bench/probes/, the table and verdicts in bench/lib/report.mjs; this file only reads the
// arguments, runs the benchmarks in order in one browser, and writes the results (every
// sample as JSON, the markdown table, docs/performance.md's "Last run"). The method:
// docs/performance.md. Every loop is bounded and every wait has a timeout; only 127.0.0.1
// is contacted.
import { chromium } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import os from 'node:os';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { BENCHMARKS } from './benchmarks/index.mjs';
import { loadProbeScript } from './benchmarks/first-screen.mjs';
import { BIG_DECK } from './benchmarks/big-deck.mjs';
import { interactionProbe } from './probes/interaction.mjs';
import { initScript } from './probes/inject.mjs';
import { machine, distFiles } from './lib/environment.mjs';
import { TARGETS, verdicts, renderTable, updateDoc } from './lib/report.mjs';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const BENCH_CHROMIUM_ARGS = [
  ...CHROMIUM_ARGS,
  // performance.memory is otherwise quantised; the headline figure comes from CDP anyway.
  '--enable-precise-memory-info',
];

/** @param {string} name @param {string} [fallback] */
function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}
const flag = (/** @type {string} */ name) => process.argv.includes(`--${name}`);
const BASE = arg('base');
if (!BASE || !/^http:\/\/127\.0\.0\.1:\d+\/$/.test(BASE)) {
  console.error('run.mjs: --base http://127.0.0.1:PORT/ is required (127.0.0.1 only)');
  process.exit(2);
}
const OUT = resolve(arg('out', join(ROOT, 'target/bench/results.json')));
const TABLE = resolve(arg('table', join(ROOT, 'target/bench/table.md')));
// --quick (BENCH_QUICK=1): fewer samples than the floors, to check the harness; the table
// says so and docs/performance.md is left alone.
const QUICK = flag('quick');
const DOC = arg('doc') && !flag('no-doc') && !QUICK ? resolve(/** @type {string} */ (arg('doc'))) : null;
const DIST = arg('dist') ? resolve(/** @type {string} */ (arg('dist'))) : null;
// Floors: at least 15 A/B pairs and 100 placements, whatever is asked (unless --quick).
const count = (/** @type {string} */ name, /** @type {string} */ fallback, /** @type {number} */ floor) =>
  Math.max(QUICK ? Math.min(floor, 1) : floor, Math.floor(Number(arg(name, fallback))) || 0);
/** @type {import('./lib/types.mjs').Config} */
const CONFIG = {
  runs: count('runs', '15', 15),
  warmup: 1,
  placements: count('placements', '120', 100),
  bigLoads: count('big-loads', '5', 1),
  bigPlacements: count('big-placements', '1000', 1),
  rttMs: count('rtt', '50', 0),
  bigJson: resolve(arg('big-json', join(dirname(OUT), 'big-deck.json'))),
  quick: QUICK,
};
const ONLY = arg('only') ? /** @type {string} */ (arg('only')).split(',').map((s) => s.trim()) : null;
const unknown = ONLY ? ONLY.filter((id) => !BENCHMARKS.some((b) => b.id === id)) : [];
if (unknown.length) {
  console.error(`run.mjs: --only: no benchmark ${unknown.join(', ')} (there are ${BENCHMARKS.map((b) => b.id).join(', ')})`);
  process.exit(2);
}

const log = (/** @type {unknown[]} */ ...a) => console.error('[bench]', ...a);

async function main() {
  const started = Date.now();
  const interaction = initScript(interactionProbe);
  const probes = { load: loadProbeScript, interaction };
  loadProbeScript({ click: true, captureText: true }); // fails here, not in the page, if it does not parse
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: BENCH_CHROMIUM_ARGS, headless: true });
  /** @type {import('./lib/types.mjs').Results} */
  const results = {
    date: new Date().toISOString(),
    machine: { ...machine(ROOT), chromium: browser.version() },
    config: {
      base: BASE, runs: CONFIG.runs, warmupPairs: CONFIG.warmup, placements: CONFIG.placements, bigLoads: CONFIG.bigLoads,
      bigPlacements: CONFIG.bigPlacements, rttMs: CONFIG.rttMs, quick: QUICK, only: ONLY,
      viewport: '1280x720', chromiumArgs: BENCH_CHROMIUM_ARGS, network: 'loopback, unthrottled (and the load again with --rtt)', cpu: 'unthrottled',
    },
    dist: distFiles(DIST),
    targets: TARGETS,
    benchmarks: [],
  };
  const ctx = {
    browser,
    urls: {
      twofold: `${BASE}${arg('page', 'sort-myth-or-fact.html')}`,
      static: `${BASE}static/`,
      staticPlay: `${BASE}static/play.html`,
      big: `${BASE}big.html?deck=${BIG_DECK}`,
    },
    config: CONFIG,
    probes,
    log,
  };
  try {
    for (const b of BENCHMARKS) {
      if (ONLY && !ONLY.includes(b.id)) continue;
      const t0 = Date.now();
      log(`${b.id}: ${b.label}`);
      Object.assign(results, await b.run(ctx));
      const seconds = Math.round((Date.now() - t0) / 1000);
      results.benchmarks.push({ id: b.id, label: b.label, type: b.type, description: b.description, seconds });
      log(`${b.id}: done in ${seconds} s`);
    }
  } finally {
    await browser.close();
  }
  results.durationSeconds = Math.round((Date.now() - started) / 1000);
  results.machine.loadAverageEnd = os.loadavg();
  results.verdicts = verdicts(results);
  const table = renderTable(results);
  mkdirSync(dirname(OUT), { recursive: true });
  // Timer values are 0.1 ms apart at best: keep three decimals, not float noise.
  const tidy = (/** @type {string} */ _, /** @type {unknown} */ v) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1000) / 1000 : v);
  writeFileSync(OUT, `${JSON.stringify(results, tidy, 1)}\n`);
  mkdirSync(dirname(TABLE), { recursive: true });
  writeFileSync(TABLE, table);
  if (DOC) updateDoc(DOC, results, table);
  process.stdout.write(table);
  log(`done in ${results.durationSeconds} s; raw figures in ${OUT}`);
}

main().catch((e) => {
  console.error(`[bench] FAILED: ${e && e.stack ? e.stack : e}`);
  process.exit(1);
});
