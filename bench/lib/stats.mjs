// Statistics for the bench: quantiles (linear interpolation between closest ranks), the
// summary every figure is reported with (median, IQR, p95, min–max, mean), per-pair ratios
// and differences for the A/B loads, and the share of samples under a bound. Pure functions
// over arrays of numbers; values that are not finite numbers (a probe that saw nothing:
// null) are left out and counted in `missing`. Unit tests: bench/lib/stats.test.mjs.

/**
 * @typedef {Object} Summary
 * @property {number} n        finite samples summarised
 * @property {number} [missing] samples left out (null, undefined, NaN, ±Infinity)
 * @property {number} [median]
 * @property {number} [p25]    first quartile (the IQR is p25–p75)
 * @property {number} [p75]
 * @property {number} [p95]
 * @property {number} [min]
 * @property {number} [max]
 * @property {number} [mean]
 */

/** @param {unknown} x @returns {x is number} */
export const isFiniteNumber = (x) => typeof x === 'number' && Number.isFinite(x);

/**
 * The q-quantile (0 ≤ q ≤ 1) of an ascending array, interpolating linearly between the two
 * closest ranks (type 7, as R and NumPy by default): the median of [1, 2, 3, 4] is 2.5.
 * @param {number[]} sorted ascending
 * @param {number} q
 * @returns {number | null} null for an empty array
 */
export function quantile(sorted, q) {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile: q must be within 0..1, got ${q}`);
  if (sorted.length === 0) return null;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** Timer values are 0.1 ms apart at best: three decimals, not float noise. @param {number} x */
export const round3 = (x) => Math.round(x * 1000) / 1000;

/**
 * @param {Array<number | null | undefined>} values
 * @returns {Summary}
 */
export function summary(values) {
  const v = values.filter(isFiniteNumber).sort((a, b) => a - b);
  const missing = values.length - v.length;
  if (v.length === 0) return missing ? { n: 0, missing } : { n: 0 };
  const q = (/** @type {number} */ p) => round3(/** @type {number} */ (quantile(v, p)));
  /** @type {Summary} */
  const s = {
    n: v.length,
    median: q(0.5),
    p25: q(0.25),
    p75: q(0.75),
    p95: q(0.95),
    min: round3(v[0]),
    max: round3(v[v.length - 1]),
    mean: round3(v.reduce((a, b) => a + b, 0) / v.length),
  };
  if (missing) s.missing = missing;
  return s;
}

/**
 * Per-pair ratios a/b of one figure measured on both sides of each A/B pair (the pair's
 * two loads ran back to back, so a change in the machine's load weighs on both). A pair
 * where either side is missing or b is not positive is left out (counted in `missing`).
 * @param {Array<{a: number | null | undefined, b: number | null | undefined}>} pairs
 * @returns {Summary}
 */
export function pairedRatio(pairs) {
  return summary(pairs.map(({ a, b }) => (isFiniteNumber(a) && isFiniteNumber(b) && b > 0 ? a / b : null)));
}

/**
 * Per-pair differences a − b (as pairedRatio).
 * @param {Array<{a: number | null | undefined, b: number | null | undefined}>} pairs
 * @returns {Summary}
 */
export function pairedDifference(pairs) {
  return summary(pairs.map(({ a, b }) => (isFiniteNumber(a) && isFiniteNumber(b) ? a - b : null)));
}

/**
 * Zips two equally long sample lists into pairs, by index.
 * @template T
 * @param {T[]} as
 * @param {T[]} bs
 * @param {(x: T) => number | null | undefined} key
 */
export function pairsOf(as, bs, key) {
  if (as.length !== bs.length) throw new Error(`pairsOf: ${as.length} samples against ${bs.length}`);
  return as.map((x, i) => ({ a: key(x), b: key(bs[i]) }));
}

/**
 * How many finite values are at most `bound`.
 * @param {Array<number | null | undefined>} values
 * @param {number} bound
 */
export function countAtMost(values, bound) {
  return values.filter((x) => isFiniteNumber(x) && x <= bound).length;
}

/**
 * The ratio of two medians (a figure both pages have but that is not paired), or null.
 * @param {Summary} a
 * @param {Summary} b
 */
export function medianRatio(a, b) {
  return a && b && isFiniteNumber(a.median) && isFiniteNumber(b.median) && b.median > 0 ? a.median / b.median : null;
}

/**
 * p50 and p95 of a minus those of b (Twofold minus the static floor), or null.
 * @param {Summary} a
 * @param {Summary} b
 * @returns {{p50: number | null, p95: number | null}}
 */
export function quantileDifference(a, b) {
  const d = (/** @type {unknown} */ x, /** @type {unknown} */ y) => (isFiniteNumber(x) && isFiniteNumber(y) ? round3(x - y) : null);
  return { p50: d(a && a.median, b && b.median), p95: d(a && a.p95, b && b.p95) };
}
