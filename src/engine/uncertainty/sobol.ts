import { quantileSorted } from '../stats/descriptive.ts';
import { createRng, deriveSeed, type Rng } from '../stats/rng.ts';

/**
 * Variance-based sensitivity indices as COINr's SA_sample / SA_estimate compute them.
 *
 * Design (plain Monte Carlo, not quasi-random): two N x d matrices A and B of uniforms, and for
 * each input i the matrix AB_i = A with column i taken from B; N (d + 2) model runs in all.
 * Here block j holds row j of A, of B and of every AB_i, and its uniforms come from
 * deriveSeed(seed, j), so any thread can rebuild any block.
 *
 * With V = var(c(yA, yB)) (denominator n - 1):
 *   first order  S_i  = mean(yB (yAB_i - yA)) / V            (Saltelli et al. 2010)
 *   total effect ST_i = sum((yA - yAB_i)^2) / (2 N V)         (Jansen 1999)
 * Bootstrap (as COINr): each index's N terms are resampled with replacement Nboot times, V held
 * fixed, and the 5 % and 95 % quantiles (type 7) of the replicates form the interval.
 */

/** Evaluations per block: A, B, then AB_1 .. AB_d. */
export const blockSize = (d: number) => d + 2;

/** The d + 2 input points of block j, row-major ((d + 2) x d). */
export function sobolBlock(seed: number, j: number, d: number): Float64Array {
  const rng = createRng(deriveSeed(seed, j));
  const a = Float64Array.from({ length: d }, () => rng.uniform());
  const b = Float64Array.from({ length: d }, () => rng.uniform());
  const out = new Float64Array((d + 2) * d);
  out.set(a, 0);
  out.set(b, d);
  for (let i = 0; i < d; i++) {
    const row = (2 + i) * d;
    out.set(a, row);
    out[row + i] = b[i]!;
  }
  return out;
}

/**
 * Model outputs y for blocks [from, to): y[(j - from) * (d + 2) + k] for point k of block j.
 * A failed evaluation gives NaN (the whole block is then left out of the estimates).
 */
export function evaluateBlocks(
  f: (x: Float64Array) => number,
  seed: number,
  d: number,
  from: number,
  to: number,
): Float64Array {
  const y = new Float64Array((to - from) * (d + 2));
  for (let j = from; j < to; j++) {
    const points = sobolBlock(seed, j, d);
    for (let k = 0; k < d + 2; k++) y[(j - from) * (d + 2) + k] = f(points.subarray(k * d, (k + 1) * d));
  }
  return y;
}

export interface SensitivityIndex {
  si: number;
  sti: number;
  siQ05: number;
  siQ95: number;
  stiQ05: number;
  stiQ95: number;
}

export interface SensitivityEstimate {
  /** Variance of the output over the A and B runs. */
  variance: number;
  /** Blocks used (blocks with any failed run are dropped). */
  blocks: number;
  indices: SensitivityIndex[];
}

export function estimateSobol(y: Float64Array, d: number, nBoot: number, rng: Rng): SensitivityEstimate {
  const width = d + 2;
  const all = y.length / width;
  const kept: number[] = [];
  for (let j = 0; j < all; j++) {
    let good = true;
    for (let k = 0; k < width; k++) if (Number.isNaN(y[j * width + k]!)) good = false;
    if (good) kept.push(j);
  }
  const n = kept.length;
  const yA = Float64Array.from(kept, (j) => y[j * width]!);
  const yB = Float64Array.from(kept, (j) => y[j * width + 1]!);
  let mean = 0;
  for (let j = 0; j < n; j++) mean += yA[j]! + yB[j]!;
  mean /= 2 * n;
  let ss = 0;
  for (let j = 0; j < n; j++) ss += (yA[j]! - mean) ** 2 + (yB[j]! - mean) ** 2;
  const variance = ss / (2 * n - 1);

  const indices: SensitivityIndex[] = [];
  for (let i = 0; i < d; i++) {
    const firstTerms = new Float64Array(n);
    const totalTerms = new Float64Array(n);
    kept.forEach((j, k) => {
      const yABi = y[j * width + 2 + i]!;
      firstTerms[k] = yB[k]! * (yABi - yA[k]!);
      totalTerms[k] = (yA[k]! - yABi) ** 2;
    });
    const si = sum(firstTerms) / n / variance;
    const sti = sum(totalTerms) / (2 * n * variance);
    const siBoot = new Float64Array(nBoot);
    const stiBoot = new Float64Array(nBoot);
    for (let b = 0; b < nBoot; b++) {
      siBoot[b] = sum(resample(firstTerms, rng)) / n / variance;
      stiBoot[b] = sum(resample(totalTerms, rng)) / (2 * n * variance);
    }
    siBoot.sort();
    stiBoot.sort();
    indices.push({
      si,
      sti,
      siQ05: quantileSorted(siBoot, 0.05),
      siQ95: quantileSorted(siBoot, 0.95),
      stiQ05: quantileSorted(stiBoot, 0.05),
      stiQ95: quantileSorted(stiBoot, 0.95),
    });
  }
  return { variance, blocks: n, indices };
}

function sum(x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i]!;
  return s;
}

function resample(x: Float64Array, rng: Rng): Float64Array {
  const idx = rng.sampleWithReplacement(x.length, x.length);
  return Float64Array.from(idx, (i) => x[i]!);
}
