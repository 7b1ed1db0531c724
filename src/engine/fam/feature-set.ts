/**
 * The SVR's view of the instrumental factors. Each factor is turned into a z-score over the cities
 * that report it (population SD), a missing value becomes 0 (mean imputation) and lower-is-better
 * factors are negated, so Z/Yen's "indices entered as directly as possible" share one scale.
 * A factor with no spread scales to 0 everywhere. The city x city RBF kernel is computed once per
 * feature set, since every training and query point of every respondent's model is a city.
 */
import type { FactorTable } from './types.ts';

export interface FactorScaling {
  mean: Float64Array;
  /** Population SD; 0 means the factor is constant and scales to 0. */
  sd: Float64Array;
  polarity: Int8Array;
}

export interface FeatureSet {
  /** Factor indices (into the factor table) used by this model, ascending. */
  factors: Int32Array;
  nFeatures: number;
  /** nCities x nFeatures, row-major. */
  scaled: Float64Array;
  gamma: number;
  /** exp(-gamma |x_i - x_j|^2), nCities x nCities. */
  kernel: Float64Array;
}

export function factorScaling(table: FactorTable, nCities: number): FactorScaling {
  const { nFactors, values, missing } = table;
  const mean = new Float64Array(nFactors);
  const sd = new Float64Array(nFactors);
  for (let f = 0; f < nFactors; f++) {
    let n = 0;
    let sum = 0;
    for (let c = 0; c < nCities; c++) {
      const k = c * nFactors + f;
      if (missing[k] || !Number.isFinite(values[k]!)) continue;
      n++;
      sum += values[k]!;
    }
    const m = n > 0 ? sum / n : 0;
    let squares = 0;
    for (let c = 0; c < nCities; c++) {
      const k = c * nFactors + f;
      if (missing[k] || !Number.isFinite(values[k]!)) continue;
      squares += (values[k]! - m) ** 2;
    }
    mean[f] = m;
    sd[f] = n > 0 ? Math.sqrt(squares / n) : 0;
  }
  return { mean, sd, polarity: table.polarity };
}

/** One raw factor value on the model's scale; `null` or NaN means missing. */
export function scaleValue(scaling: FactorScaling, factor: number, raw: number | null): number {
  const s = scaling.sd[factor]!;
  if (raw === null || !Number.isFinite(raw) || s === 0) return 0;
  return (scaling.polarity[factor]! * (raw - scaling.mean[factor]!)) / s;
}

export function scaledRow(
  table: FactorTable,
  scaling: FactorScaling,
  city: number,
  factors: Int32Array,
): Float64Array {
  const row = new Float64Array(factors.length);
  for (let j = 0; j < factors.length; j++) {
    const f = factors[j]!;
    const k = city * table.nFactors + f;
    row[j] = scaleValue(scaling, f, table.missing[k] ? null : table.values[k]!);
  }
  return row;
}

export function squaredDistance(
  a: Float64Array,
  aOffset: number,
  b: Float64Array,
  bOffset: number,
  n: number,
): number {
  let sum = 0;
  for (let f = 0; f < n; f++) {
    const diff = a[aOffset + f]! - b[bOffset + f]!;
    sum += diff * diff;
  }
  return sum;
}

export function buildFeatureSet(
  table: FactorTable,
  scaling: FactorScaling,
  nCities: number,
  factors: Int32Array,
  gamma: number | undefined,
): FeatureSet {
  const nFeatures = factors.length;
  const scaled = new Float64Array(nCities * nFeatures);
  for (let c = 0; c < nCities; c++) scaled.set(scaledRow(table, scaling, c, factors), c * nFeatures);
  const g = gamma ?? (nFeatures > 0 ? 1 / nFeatures : 1);
  const kernel = new Float64Array(nCities * nCities);
  for (let i = 0; i < nCities; i++) {
    kernel[i * nCities + i] = 1;
    for (let j = i + 1; j < nCities; j++) {
      const k = Math.exp(-g * squaredDistance(scaled, i * nFeatures, scaled, j * nFeatures, nFeatures));
      kernel[i * nCities + j] = k;
      kernel[j * nCities + i] = k;
    }
  }
  return { factors, nFeatures, scaled, gamma: g, kernel };
}
