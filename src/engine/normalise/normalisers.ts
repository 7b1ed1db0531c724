import { maxOf, meanOf, minOf, sdOf } from '../core/describe.ts';
import { rankAscendingMin } from '../rank/rank.ts';

/**
 * COINr's normalisation functions, one column at a time. Each reads `x` (already multiplied by
 * the indicator direction, as COINr's Normalise.numeric does) and writes `out` of the same
 * length; NaN stays NaN. A constant column has no spread to scale by: COINr returns NaN (0/0)
 * with a warning; here min-max-type methods give the midpoint of the target range and z-score the
 * target mean, so one flat indicator does not silently drop out of every aggregate.
 */

/** n_minmax(l_u = [l, u]): y = (x − min) / (max − min) · (u − l) + l. */
export function nMinmax(x: Float64Array, out: Float64Array, lower = 0, upper = 100): void {
  const lo = minOf(x);
  const range = maxOf(x) - lo;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    out[i] =
      range > 0 ? ((v - lo) / range) * (upper - lower) + lower : Number.isNaN(v) ? v : (lower + upper) / 2;
  }
}

/** n_zscore(m_sd = [m, s]): y = (x − mean) / sd · s + m, with the n − 1 sample sd. */
export function nZscore(x: Float64Array, out: Float64Array, mean = 0, sd = 1): void {
  const mu = meanOf(x);
  const sigma = sdOf(x);
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    out[i] = sigma > 0 ? ((v - mu) / sigma) * sd + mean : Number.isNaN(v) ? v : mean;
  }
}

/** n_scaled(npara = [l, u], scale_factor): y = (x − l) / (u − l) · scale_factor (default 100, as GII). */
export function nScaled(
  x: Float64Array,
  out: Float64Array,
  lower: number,
  upper: number,
  scaleFactor = 100,
): void {
  for (let i = 0; i < x.length; i++) out[i] = ((x[i]! - lower) / (upper - lower)) * scaleFactor;
}

/**
 * n_goalposts(gposts = [l, u, a], trunc2posts): y = (x − l) / (u − l), clipped to [0, 1] when
 * `trunc`, times a. Goalposts are in RAW units; for direction −1 (x arrives negated) this is
 * y = (u − x_raw) / (u − l), i.e. COINr's flipped formula. Fix: COINr also negates `a` in that case
 * (`gposts <- -1*gposts` before `y * gposts[3]`), giving negative scores; here `a` keeps its sign.
 */
export function nGoalposts(
  x: Float64Array,
  out: Float64Array,
  lower: number,
  upper: number,
  scale = 1,
  trunc = true,
  direction = 1,
): void {
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    let y = direction === -1 ? (upper + v) / (upper - lower) : (v - lower) / (upper - lower);
    if (trunc) y = y > 1 ? 1 : Math.max(y, 0);
    out[i] = y * scale;
  }
}

/** n_rank: rank(x, ties.method = "min", na.last = "keep"); the highest value gets the highest rank. */
export function nRank(x: Float64Array, out: Float64Array): void {
  rankAscendingMin(x, out);
}

/** n_borda: rank(x, ties = "min") − 1. */
export function nBorda(x: Float64Array, out: Float64Array): void {
  rankAscendingMin(x, out);
  for (let i = 0; i < out.length; i++) out[i] = out[i]! - 1;
}

/** n_prank: (rank(x, ties = "min") − 1) / (n_present − 1), in [0, 1]. One present value gives 0/0 = NaN, as R. */
export function nPrank(x: Float64Array, out: Float64Array): void {
  rankAscendingMin(x, out);
  let n = 0;
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i]!)) n++;
  for (let i = 0; i < out.length; i++) out[i] = (out[i]! - 1) / (n - 1);
}

/**
 * n_fracmax: y = x / max(x). Undefined unless max(x) > 0 (e.g. a direction −1 indicator with
 * non-negative raw values has max(−x) ≤ 0): then every value is NaN, where COINr gives ±Inf.
 */
export function nFracmax(x: Float64Array, out: Float64Array): void {
  const hi = maxOf(x);
  for (let i = 0; i < x.length; i++) out[i] = hi > 0 ? x[i]! / hi : Number.NaN;
}

/** n_dist2max: y = 1 − (max − x) / (max − min), in [0, 1] (constant column → 0.5, see file note). */
export function nDist2max(x: Float64Array, out: Float64Array): void {
  nMinmax(x, out, 0, 1);
}

/** n_dist2ref(iref, cap_max): y = 1 − (x_ref − x) / (x_ref − min); with cap_max, y > 1 becomes 1. */
export function nDist2ref(x: Float64Array, out: Float64Array, iref: number, capMax = false): void {
  const lo = minOf(x);
  const ref = x[iref] ?? Number.NaN;
  for (let i = 0; i < x.length; i++) {
    const y = 1 - (ref - x[i]!) / (ref - lo);
    out[i] = capMax && y > 1 ? 1 : y;
  }
}

/**
 * n_dist2targ(targ, cap_max): y = 1 − (targ − x) / (targ − min); with cap_max, y > 1 becomes 1.
 * `target` is in RAW units; for direction −1 it is negated like x (COINr leaves this to the user).
 */
export function nDist2targ(
  x: Float64Array,
  out: Float64Array,
  target: number,
  capMax = false,
  direction = 1,
): void {
  const t = target * direction;
  const lo = minOf(x);
  for (let i = 0; i < x.length; i++) {
    const y = 1 - (t - x[i]!) / (t - lo);
    out[i] = capMax && y > 1 ? 1 : y;
  }
}
