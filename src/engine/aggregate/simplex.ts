/**
 * A dense tableau simplex for   maximise cᵀx  subject to  A x ≤ b,  x ≥ 0,  with b ≥ 0,
 * so the origin is feasible and no phase 1 is needed (enough for benefit-of-the-doubt).
 * Entering variable: Bland's rule (lowest index with positive reduced cost), which cannot cycle.
 * `A` is row-major m × n. Returns the optimum value and x, or `unbounded`.
 */
export interface LpSolution {
  status: 'optimal' | 'unbounded';
  value: number;
  x: Float64Array;
}

export function simplexMaxLeq(
  A: Float64Array,
  b: Float64Array,
  c: Float64Array,
  m: number,
  n: number,
): LpSolution {
  const width = n + m + 1; // structural | slack | rhs
  const T = new Float64Array((m + 1) * width);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) T[i * width + j] = A[i * n + j]!;
    T[i * width + n + i] = 1;
    T[i * width + width - 1] = b[i]!;
  }
  const obj = m * width;
  for (let j = 0; j < n; j++) T[obj + j] = -c[j]!;
  const basis = new Int32Array(m);
  for (let i = 0; i < m; i++) basis[i] = n + i;
  const eps = 1e-12;
  for (let iter = 0; iter < 50 * (m + n); iter++) {
    let enter = -1;
    for (let j = 0; j < n + m; j++) {
      if (T[obj + j]! < -eps) {
        enter = j;
        break;
      }
    }
    if (enter < 0) break;
    let leave = -1;
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < m; i++) {
      const a = T[i * width + enter]!;
      if (a > eps) {
        const ratio = T[i * width + width - 1]! / a;
        if (
          ratio < best - eps ||
          (Math.abs(ratio - best) <= eps && leave >= 0 && basis[i]! < basis[leave]!)
        ) {
          best = ratio;
          leave = i;
        }
      }
    }
    if (leave < 0) return { status: 'unbounded', value: Number.POSITIVE_INFINITY, x: new Float64Array(n) };
    const pr = leave * width;
    const pivot = T[pr + enter]!;
    for (let j = 0; j < width; j++) T[pr + j] = T[pr + j]! / pivot;
    for (let i = 0; i <= m; i++) {
      if (i === leave) continue;
      const f = T[i * width + enter]!;
      if (f === 0) continue;
      const r = i * width;
      for (let j = 0; j < width; j++) T[r + j] = T[r + j]! - f * T[pr + j]!;
    }
    basis[leave] = enter;
  }
  const x = new Float64Array(n);
  for (let i = 0; i < m; i++) if (basis[i]! < n) x[basis[i]!] = T[i * width + width - 1]!;
  return { status: 'optimal', value: T[obj + width - 1]!, x };
}
