// Unit tests of bench/lib/stats.mjs (node --test; no browser).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  quantile, summary, pairedRatio, pairedDifference, pairsOf, countAtMost, medianRatio, quantileDifference,
} from './stats.mjs';

test('quantile interpolates between the closest ranks', () => {
  assert.equal(quantile([1, 2, 3, 4], 0.5), 2.5);
  assert.equal(quantile([1, 2, 3, 4, 5], 0.5), 3);
  assert.equal(quantile([10, 20], 0.25), 12.5);
  assert.equal(quantile([7], 0.95), 7);
  assert.equal(quantile([1, 2, 3], 0), 1);
  assert.equal(quantile([1, 2, 3], 1), 3);
  assert.equal(quantile([], 0.5), null);
  assert.throws(() => quantile([1], 1.5), RangeError);
});

test('summary: median, IQR, p95, min–max and mean of unsorted samples', () => {
  // 1..20 shuffled: p25 = 5.75, p75 = 15.25, p95 = 19.05.
  const v = [13, 2, 20, 7, 1, 18, 9, 4, 16, 11, 3, 19, 6, 15, 8, 12, 17, 5, 14, 10];
  assert.deepEqual(summary(v), { n: 20, median: 10.5, p25: 5.75, p75: 15.25, p95: 19.05, min: 1, max: 20, mean: 10.5 });
  assert.deepEqual(v.slice(0, 3), [13, 2, 20], 'the input is not sorted in place');
});

test('summary leaves out and counts what a probe did not see', () => {
  const s = summary([3, null, 1, undefined, Number.NaN, 2, Infinity]);
  assert.equal(s.n, 3);
  assert.equal(s.missing, 4);
  assert.equal(s.median, 2);
  assert.deepEqual(summary([]), { n: 0 });
  assert.deepEqual(summary([null, null]), { n: 0, missing: 2 });
});

test('summary rounds to three decimals (timer resolution), not float noise', () => {
  assert.equal(summary([0.1 + 0.2]).median, 0.3);
  assert.equal(summary([1 / 3]).mean, 0.333);
});

test('pairedRatio is the median of per-pair ratios, not the ratio of medians', () => {
  // Pairs on a machine whose load changes: the per-pair ratio stays 2; the medians' ratio does not.
  const pairs = [{ a: 20, b: 10 }, { a: 40, b: 20 }, { a: 200, b: 100 }, { a: 22, b: 11 }];
  const r = pairedRatio(pairs);
  assert.equal(r.n, 4);
  assert.equal(r.median, 2);
  assert.equal(r.p25, 2);
  assert.equal(r.p75, 2);
  const medA = summary(pairs.map((p) => p.a));
  const medB = summary(pairs.map((p) => p.b));
  assert.equal(medianRatio(medA, medB), 31 / 15.5);
});

test('pairedRatio leaves out pairs with a side missing or a zero denominator', () => {
  const r = pairedRatio([{ a: 3, b: 1 }, { a: null, b: 1 }, { a: 1, b: 0 }, { a: 5, b: undefined }]);
  assert.equal(r.n, 1);
  assert.equal(r.missing, 3);
  assert.equal(r.median, 3);
});

test('pairedDifference and pairsOf pair samples by index', () => {
  const a = [{ t: 10 }, { t: 12 }, { t: 30 }];
  const b = [{ t: 4 }, { t: 5 }, { t: 6 }];
  const pairs = pairsOf(a, b, (x) => x.t);
  assert.deepEqual(pairs, [{ a: 10, b: 4 }, { a: 12, b: 5 }, { a: 30, b: 6 }]);
  assert.equal(pairedDifference(pairs).median, 7);
  assert.throws(() => pairsOf([1], [1, 2], (x) => x), /1 samples against 2/);
});

test('countAtMost counts finite values within the bound', () => {
  assert.equal(countAtMost([1, 16.6, 16.7, 17, null, Number.NaN], 1000 / 60), 2);
});

test('medianRatio and quantileDifference tolerate unmeasured figures', () => {
  assert.equal(medianRatio(summary([]), summary([1])), null);
  assert.equal(medianRatio(summary([1]), summary([0])), null);
  assert.deepEqual(quantileDifference(summary([10, 20]), summary([4, 8])), { p50: 9, p95: 11.7 });
  assert.deepEqual(quantileDifference(summary([1]), summary([])), { p50: null, p95: null });
});
