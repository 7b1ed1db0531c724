import { maxOf, minOf, skewness } from '../core/describe.ts';

/** log_CT (COIN Tool log): y = ln(x − min + a), a = 0.01·(max − min). */
export function logCT(x: Float64Array, out: Float64Array): void {
  const lo = minOf(x);
  const a = 0.01 * (maxOf(x) - lo);
  for (let i = 0; i < x.length; i++) out[i] = Math.log(x[i]! - lo + a);
}

/** log_CT_orig: y = ln(x − min + 1). */
export function logCTOrig(x: Float64Array, out: Float64Array): void {
  const lo = minOf(x);
  for (let i = 0; i < x.length; i++) out[i] = Math.log(x[i]! - lo + 1);
}

/**
 * log_CT_plus: log_CT when skew > 0, else the mirrored y = −ln(max + a − x), which reduces a
 * negative skew while keeping the order of x.
 */
export function logCTPlus(x: Float64Array, out: Float64Array): void {
  const lo = minOf(x);
  const hi = maxOf(x);
  const a = 0.01 * (hi - lo);
  if (skewness(x) > 0) for (let i = 0; i < x.length; i++) out[i] = Math.log(x[i]! - lo + a);
  else for (let i = 0; i < x.length; i++) out[i] = -Math.log(hi + a - x[i]!);
}

/**
 * boxcox(lambda, makepos = TRUE): shift x' = x − min + 1, then y = (x'^λ − 1)/λ, or ln x' for λ = 0.
 */
export function boxcox(x: Float64Array, out: Float64Array, lambda: number, makePositive = true): void {
  const shift = makePositive ? 1 - minOf(x) : 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]! + shift;
    out[i] = lambda === 0 ? Math.log(v) : (v ** lambda - 1) / lambda;
  }
}
