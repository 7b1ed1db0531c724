/**
 * The Hessian of the epsilon-SVR dual over 2l variables (LIBSVM's `SVR_Q`).
 *
 * Variable t < l is alpha_t (sign +1), variable t + l is alpha*_t (sign -1); both refer to
 * training row t. Q[s][t] = sign_s * sign_t * K(row_s, row_t), and the sign is also the
 * variable's label y_t in the solver. The solver permutes variables (shrinking), so `sign` and
 * `group` are permuted with them by `swapIndex`.
 *
 * LIBSVM's get_Q copies row s of Q into a buffer (reordered, signs applied). Here the kernel rows
 * hold unsigned K for every group of identical training rows (see distinct-rows.ts), so
 * Q[s][t] = sign_s * sign_t * row_s[group[t]]; `ActiveKernelRows` gathers them into variable
 * order and the solver applies the signs itself. Sign flips are exact, so every product and sum is
 * bitwise what LIBSVM computes. Rows stay compact on purpose: gathering from a freshly computed
 * row is memory-bound, and a longer (pre-signed) row costs more than the multiplications it saves.
 */
import type { KernelRowCache } from './row-cache.ts';

export class SvrQ {
  /** +1 for alpha_t, -1 for alpha*_t; doubles as the solver's labels y. */
  readonly sign: Int8Array;
  /** The group of identical training rows each variable refers to: its position in a kernel row. */
  readonly group: Int32Array;

  /** `groupOfRow` maps training rows to groups; `cache` holds kernel rows between groups. */
  constructor(
    groupOfRow: Int32Array,
    /** Number of groups: the length of a kernel row. */
    readonly nGroups: number,
    private readonly cache: KernelRowCache,
  ) {
    const nRows = groupOfRow.length;
    this.sign = new Int8Array(2 * nRows);
    this.group = new Int32Array(2 * nRows);
    for (let k = 0; k < nRows; k++) {
      this.sign[k] = 1;
      this.sign[k + nRows] = -1;
      this.group[k] = groupOfRow[k]!;
      this.group[k + nRows] = groupOfRow[k]!;
    }
  }

  /**
   * The cached kernel row (single precision, like LIBSVM's Qfloat) of variable s's training row:
   * K(s, t) is at `group[t]`. Valid until two other rows have been requested.
   */
  kernelRow(s: number): Float32Array {
    return this.cache.get(this.group[s]!);
  }

  swapIndex(i: number, j: number): void {
    const s = this.sign[i]!;
    this.sign[i] = this.sign[j]!;
    this.sign[j] = s;
    const g = this.group[i]!;
    this.group[i] = this.group[j]!;
    this.group[j] = g;
  }
}
