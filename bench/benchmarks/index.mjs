// The benchmarks `make bench` runs, in this order (bench/run.mjs). To add one: write a record
// (bench/lib/types.mjs `Benchmark`: id, type, label, description, run) in a file of its own
// here, returning the results.json keys it owns; list it below; give its figures rows in
// bench/lib/report.mjs (and a verdict if it has a target); describe it in docs/performance.md.
import { loadAB } from './load.mjs';
import { memoryStatic } from './memory-static.mjs';
import { interaction } from './interaction.mjs';
import { bigDeck } from './big-deck.mjs';

/** @type {import('../lib/types.mjs').Benchmark[]} */
export const BENCHMARKS = [
  loadAB({ id: 'load', key: 'load', emulated: false }),
  loadAB({ id: 'load-rtt', key: 'loadEmulated', emulated: true }),
  memoryStatic,
  interaction,
  bigDeck,
];
