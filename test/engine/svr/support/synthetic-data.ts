/**
 * Deterministic synthetic regression sets for the SVR tests and bench. Feature values are
 * multiples of 1e-6 in [0, 1), so LIBSVM's model file (which prints support vectors with 8
 * significant digits) holds them exactly and `svm-predict` sees the same numbers we do.
 */
import type { SvrData } from '../../../../src/engine/svr/types.ts';

export interface RegressionSet {
  data: SvrData;
  targets: Float64Array;
}

/** mulberry32: a small seeded generator, uniform on [0, 1). */
export function seededUniform(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rounds to a multiple of 1e-6 (exactly representable in LIBSVM's "%.8g" for [0, 1)). */
export function micro(u: number): number {
  return Math.round(u * 1e6) / 1e6;
}

/** Smooth nonlinear target plus noise: the kind of signal an SVR should fit. */
export function smoothRegressionSet(
  rows: number,
  features: number,
  seed: number,
  noise = 0.1,
): RegressionSet {
  const next = seededUniform(seed);
  const x = new Float64Array(rows * features);
  const targets = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    let signal = 0;
    for (let f = 0; f < features; f++) {
      const v = micro(next());
      x[i * features + f] = v;
      signal += Math.sin(3 * v + f) / Math.sqrt(features);
    }
    targets[i] = micro(signal + noise * (next() - 0.5));
  }
  return { data: { nRows: rows, nFeatures: features, features: x }, targets };
}

/** City-level set: one row per city, normalised instrumental factors, mean rating 1-10. */
export function cityMeansSet(cities: number, factors: number, seed: number): RegressionSet {
  const next = seededUniform(seed);
  const x = new Float64Array(cities * factors);
  const targets = new Float64Array(cities);
  // Each city has a latent quality; factors are noisy, partly nonlinear views of it.
  for (let c = 0; c < cities; c++) {
    const quality = next();
    for (let f = 0; f < factors; f++) {
      const view = f % 3 === 0 ? quality : f % 3 === 1 ? quality * quality : Math.sqrt(quality);
      x[c * factors + f] = micro(Math.min(0.999999, Math.max(0, 0.7 * view + 0.3 * next())));
    }
    targets[c] = micro(1 + 9 * quality + 0.5 * (next() - 0.5));
  }
  return { data: { nRows: cities, nFeatures: factors, features: x }, targets };
}

/**
 * Assessment-level set: one row per (respondent, rated city) pair. Features are the rated
 * city's factors plus a one-hot of the respondent's business sector; the target is an integer
 * rating 1-10 that depends on city quality and on how the sector weighs one factor group.
 */
export function assessmentSet(
  rows: number,
  cities: number,
  factors: number,
  sectors: number,
  seed: number,
): RegressionSet {
  const city = cityMeansSet(cities, factors, seed);
  const next = seededUniform(seed ^ 0x5bd1e995);
  const nFeatures = factors + sectors;
  const x = new Float64Array(rows * nFeatures);
  const targets = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    const c = Math.floor(next() * cities);
    const sector = Math.floor(next() * sectors);
    x.set(city.data.features.subarray(c * factors, (c + 1) * factors), r * nFeatures);
    x[r * nFeatures + factors + sector] = 1;
    const tilt = city.data.features[c * factors + (sector % factors)]! - 0.5;
    const rating = city.targets[c]! + 2 * tilt + 2 * (next() - 0.5);
    targets[r] = Math.min(10, Math.max(1, Math.round(rating)));
  }
  return { data: { nRows: rows, nFeatures, features: x }, targets };
}

/** The same features with every target set to `value`. */
export function constantTargets(set: RegressionSet, value: number): RegressionSet {
  return { data: set.data, targets: new Float64Array(set.data.nRows).fill(value) };
}

/**
 * Each row repeated `copies` times (copies adjacent), each copy with its own noisy target, so
 * identical feature rows carry different targets, as repeated assessments of one city do.
 */
export function repeatedRows(set: RegressionSet, copies: number, seed: number): RegressionSet {
  const next = seededUniform(seed);
  const { nRows, nFeatures, features } = set.data;
  const x = new Float64Array(nRows * copies * nFeatures);
  const targets = new Float64Array(nRows * copies);
  for (let i = 0; i < nRows; i++) {
    for (let c = 0; c < copies; c++) {
      const r = i * copies + c;
      x.set(features.subarray(i * nFeatures, (i + 1) * nFeatures), r * nFeatures);
      targets[r] = micro(set.targets[i]! + 0.2 * (next() - 0.5));
    }
  }
  return { data: { nRows: nRows * copies, nFeatures, features: x }, targets };
}

/** Rows reordered by `order` (order[k] = old index of new row k). */
export function permuteRows(set: RegressionSet, order: ArrayLike<number>): RegressionSet {
  const { nFeatures, features } = set.data;
  const x = new Float64Array(features.length);
  const targets = new Float64Array(order.length);
  for (let k = 0; k < order.length; k++) {
    const old = order[k]!;
    x.set(features.subarray(old * nFeatures, (old + 1) * nFeatures), k * nFeatures);
    targets[k] = set.targets[old]!;
  }
  return { data: { nRows: order.length, nFeatures, features: x }, targets };
}

/** A seeded random permutation of 0..n-1 (Fisher-Yates). */
export function seededPermutation(n: number, seed: number): Int32Array {
  const next = seededUniform(seed);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}
