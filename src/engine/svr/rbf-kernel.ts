/**
 * The RBF kernel K(x, y) = exp(-gamma * |x - y|^2), evaluated the way LIBSVM 3.24 does so that
 * results agree bit for bit where it matters:
 * - during training, |x - y|^2 = |x|^2 + |y|^2 - 2 x.y with the squared norms precomputed
 *   (`Kernel::kernel_rbf`), and each value is rounded to single precision (LIBSVM's `Qfloat`);
 * - at prediction, |x - y|^2 is summed from the differences (`Kernel::k_function`).
 * Dot products run in feature order; LIBSVM skips zero features, which adds only exact zeros.
 */

/** |x_i|^2 for every row of a row-major matrix. */
export function squaredNorms(features: Float64Array, nRows: number, nFeatures: number): Float64Array {
  const norms = new Float64Array(nRows);
  for (let i = 0; i < nRows; i++) {
    const base = i * nFeatures;
    let sum = 0;
    for (let f = 0; f < nFeatures; f++) {
      const v = features[base + f]!;
      sum += v * v;
    }
    norms[i] = sum;
  }
  return norms;
}

/**
 * Writes K(x_row, x_columns[c]) into out[c] for every c (single precision, like LIBSVM). The
 * dot product is summed strictly in feature order: reordering would change the last bits.
 */
export function fillKernelRow(
  out: Float32Array,
  row: number,
  columns: Int32Array,
  features: Float64Array,
  norms: Float64Array,
  nFeatures: number,
  gamma: number,
): void {
  const base = row * nFeatures;
  const normRow = norms[row]!;
  const minusGamma = -gamma;
  for (let c = 0; c < columns.length; c++) {
    const j = columns[c]!;
    const other = j * nFeatures;
    let dot = 0;
    for (let f = 0; f < nFeatures; f++) dot += features[base + f]! * features[other + f]!;
    out[c] = Math.exp(minusGamma * (normRow + norms[j]! - 2 * dot));
  }
}

/** K(a, b) for a query point, from the summed squared differences (LIBSVM's prediction path). */
export function rbfFromDifferences(
  a: Float64Array,
  aOffset: number,
  b: Float64Array,
  bOffset: number,
  nFeatures: number,
  gamma: number,
): number {
  let sum = 0;
  for (let f = 0; f < nFeatures; f++) {
    const d = a[aOffset + f]! - b[bOffset + f]!;
    sum += d * d;
  }
  return Math.exp(-gamma * sum);
}
