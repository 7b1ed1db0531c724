/**
 * a_copeland over a whole aggregation group (all units at once).
 *
 * For units a ≠ b, the outranking weight is o(a,b) = Σᵢ wᵢ·[x_ai > x_bi] + ½ Σᵢ wᵢ·[x_ai = x_bi]
 * with weights normalised to sum 1 and indicators missing for either unit left out (COINr's
 * na.rm). It becomes +1 if o > ½, −1 if o < ½, 0 if o = ½, and the Copeland score of a is
 * Σ_b≠a of those. Units with no present child get NaN.
 *
 * Fix: COINr's `Aggregate(f_ag = "a_copeland", by_df = TRUE)` errors ("unused argument x")
 * because a_copeland names its argument X; here Copeland is a first-class group method.
 *
 * Data: `data` is column-major (nUnits rows); `cols` are the child columns, `w` their weights;
 * `available[u]` is 0 for units excluded by the availability threshold (their score is NaN and
 * they are left out of every comparison).
 */
export function aCopeland(
  data: Float64Array,
  nUnits: number,
  cols: Int32Array,
  w: Float64Array,
  available: Uint8Array,
  out: Float64Array,
  outOffset: number,
): void {
  const k = cols.length;
  let sw = 0;
  for (let t = 0; t < k; t++) sw += w[t]!;
  const eps = 1e-12;
  for (let a = 0; a < nUnits; a++) {
    if (!available[a]) {
      out[outOffset + a] = Number.NaN;
      continue;
    }
    let score = 0;
    for (let b = 0; b < nUnits; b++) {
      if (b === a || !available[b]) continue;
      let o = 0;
      for (let t = 0; t < k; t++) {
        const base = cols[t]! * nUnits;
        const xa = data[base + a]!;
        const xb = data[base + b]!;
        if (xa > xb) o += w[t]! / sw;
        else if (xa === xb) o += (0.5 * w[t]!) / sw;
      }
      if (o > 0.5 + eps) score += 1;
      else if (o < 0.5 - eps) score -= 1;
    }
    out[outOffset + a] = score;
  }
}
