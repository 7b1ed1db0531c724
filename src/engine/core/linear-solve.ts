/**
 * Solves the symmetric positive-definite system M z = r in place by Cholesky (M = L Lᵀ).
 * `M` is row-major p × p and is overwritten by L; `r` is overwritten by z. Returns false when M is
 * not positive definite (the caller then keeps its previous estimate).
 */
export function choleskySolveInPlace(M: Float64Array, r: Float64Array, p: number): boolean {
  for (let j = 0; j < p; j++) {
    let d = M[j * p + j]!;
    for (let k = 0; k < j; k++) d -= M[j * p + k]! * M[j * p + k]!;
    if (!(d > 0)) return false;
    const ljj = Math.sqrt(d);
    M[j * p + j] = ljj;
    for (let i = j + 1; i < p; i++) {
      let s = M[i * p + j]!;
      for (let k = 0; k < j; k++) s -= M[i * p + k]! * M[j * p + k]!;
      M[i * p + j] = s / ljj;
    }
  }
  for (let i = 0; i < p; i++) {
    let s = r[i]!;
    for (let k = 0; k < i; k++) s -= M[i * p + k]! * r[k]!;
    r[i] = s / M[i * p + i]!;
  }
  for (let i = p - 1; i >= 0; i--) {
    let s = r[i]!;
    for (let k = i + 1; k < p; k++) s -= M[k * p + i]! * r[k]!;
    r[i] = s / M[i * p + i]!;
  }
  return true;
}
