import { createMatrix, type Matrix } from './matrix.ts';
import { type EngineIssue, fail, issue, ok, type Result } from './result.ts';

/**
 * The explicit-mask boundary of the engine's data layout.
 *
 * Inside the engine a missing value is NaN (see matrix.ts): one array, no mask to keep in step,
 * and every step already skips NaN. Callers that hold data as "values + missing mask" (typed
 * arrays from a database or a worker, Arrow-style columns) cross into the engine here, so NaN
 * never has two meanings: a masked cell becomes NaN, and an UNmasked NaN or ±Infinity is
 * rejected as an error value instead of being silently read as missing.
 *
 * Layout: `values` and `mask` are column-major like Matrix, cell (i, j) at `j * nRows + i`;
 * mask 1 = missing, 0 = present.
 */

/** The missing-value mask of a matrix: 1 where the cell is NaN, else 0. */
export function maskOf(m: Matrix): Uint8Array {
  const mask = new Uint8Array(m.values.length);
  for (let k = 0; k < m.values.length; k++) if (Number.isNaN(m.values[k]!)) mask[k] = 1;
  return mask;
}

/**
 * Builds a Matrix from values and a mask (1 = missing). Masked cells become NaN whatever they
 * hold. Every problem is reported at once: wrong lengths, mask entries other than 0/1, and
 * non-finite values in unmasked cells (row/column in the message are 1-based).
 */
export function fromMasked(
  values: ArrayLike<number>,
  mask: ArrayLike<number>,
  nRows: number,
  nCols: number,
): Result<Matrix> {
  if (!(Number.isInteger(nRows) && Number.isInteger(nCols) && nRows >= 0 && nCols >= 0))
    return fail([issue('mask-shape', `nRows and nCols must be whole numbers ≥ 0, got ${nRows} × ${nCols}`)]);
  const size = nRows * nCols;
  const errors: EngineIssue[] = [];
  if (values.length !== size)
    errors.push(
      issue('mask-shape', `values has ${values.length} cells, expected ${nRows} × ${nCols} = ${size}`),
    );
  if (mask.length !== size)
    errors.push(issue('mask-shape', `mask has ${mask.length} cells, expected ${nRows} × ${nCols} = ${size}`));
  if (errors.length > 0) return fail(errors);

  const m = createMatrix(nRows, nCols);
  for (let k = 0; k < size; k++) {
    const flag = mask[k]!;
    const where = `row ${(k % nRows) + 1}, column ${Math.floor(k / nRows) + 1}`;
    if (flag !== 0 && flag !== 1) {
      errors.push(issue('mask-value', `mask at ${where} is ${flag}; expected 0 (present) or 1 (missing)`));
      continue;
    }
    if (flag === 1) continue; // already NaN from createMatrix
    const v = values[k]!;
    if (!Number.isFinite(v))
      errors.push(issue('mask-unmasked-nonfinite', `value at ${where} is ${v} but the mask says present`));
    else m.values[k] = v;
  }
  return errors.length > 0 ? fail(errors) : ok(m);
}
