import { simplexMaxLeq } from './simplex.ts';

/**
 * Benefit of the doubt (BoD, DEA with unit inputs), as Compind's ci_bod used by COINr's vignette:
 * for each unit a,   CI_a = max_w Σᵢ wᵢ y_ai   s.t.  Σᵢ wᵢ y_bi ≤ 1 for every unit b,  w ≥ 0.
 * Each unit gets the weights most favourable to it, so CI ∈ [0, 1] and at least one unit scores 1.
 * Nominal weights are ignored (Compind: `w = "none"`). Inputs must be non-negative (use min-max
 * first): negative values and missing children are taken as 0 in the LP, and a unit with no
 * present child gets NaN. `scale` multiplies the result (e.g. 100 to match min-max [0, 100]).
 */
export function aBenefitOfDoubt(
  data: Float64Array,
  nUnits: number,
  cols: Int32Array,
  available: Uint8Array,
  out: Float64Array,
  outOffset: number,
  scale = 1,
): void {
  const k = cols.length;
  const rows: number[] = [];
  for (let u = 0; u < nUnits; u++) if (available[u]) rows.push(u);
  const m = rows.length;
  const A = new Float64Array(m * k);
  for (let r = 0; r < m; r++) {
    for (let t = 0; t < k; t++) {
      const v = data[cols[t]! * nUnits + rows[r]!]!;
      A[r * k + t] = Math.max(v, 0);
    }
  }
  const b = new Float64Array(m).fill(1);
  const c = new Float64Array(k);
  for (let u = 0; u < nUnits; u++) out[outOffset + u] = Number.NaN;
  for (let r = 0; r < m; r++) {
    for (let t = 0; t < k; t++) c[t] = A[r * k + t]!;
    const sol = simplexMaxLeq(A, b, c, m, k);
    out[outOffset + rows[r]!] = sol.status === 'optimal' ? sol.value * scale : Number.NaN;
  }
}
