/**
 * Analytic Hierarchy Process (Saaty): weights from a pairwise comparison matrix A, where a_ij says
 * how much more important criterion i is than j on the 1–9 scale and a_ji = 1/a_ij.
 *
 * - Weights w: the principal (Perron) eigenvector of A, by power iteration until no component
 *   moves by more than 1e-12, normalised to sum to 1.
 * - λmax = mean over i of (A w)_i / w_i; CI = (λmax − n)/(n − 1); CR = CI / RI(n), with RI from
 *   the table below (CR = 0 for n ≤ 2, where every reciprocal matrix is consistent).
 * - A CR above 0.1 raises the `inconsistent` warning (Saaty's usual acceptance threshold).
 * - The most inconsistent pair is the judgement farthest from the ratio the weights imply,
 *   measured as |ln(a_ij · w_j / w_i)|, so the expert knows which comparison to revisit.
 * - A group matrix is the element-wise geometric mean of the experts' matrices, which keeps
 *   reciprocity (Aczél & Saaty 1983).
 */
import { type EngineIssue, fail, issue, ok, type Result } from '../core/result.ts';

/** Random Index for n = 1…15, as used by common AHP implementations (Saaty; see reference §3.2). */
export const RANDOM_INDEX: readonly number[] = [
  0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.53, 1.56, 1.57, 1.58,
];
export const MAX_AHP_SIZE = RANDOM_INDEX.length;
export const CR_THRESHOLD = 0.1;

/** The values a single judgement may take: 1…9 and their reciprocals. */
const SAATY_VALUES = [1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((v) => (v === 1 ? [1] : [v, 1 / v]));

export type PairwiseMatrix = readonly (readonly number[])[];

export interface ValidateOptions {
  /** Relative tolerance for a_ij · a_ji = 1 and for matching Saaty values. Default 1e-9. */
  tolerance?: number;
  /** Require every entry to be 1…9 or a reciprocal (true for one expert's answers). Default true. */
  saatyScale?: boolean;
}

/** Checks size (1…15, square), positive finite entries, unit diagonal, reciprocity and the scale. */
export function validatePairwise(
  matrix: PairwiseMatrix,
  options: ValidateOptions = {},
): Result<PairwiseMatrix> {
  const tolerance = options.tolerance ?? 1e-9;
  const n = matrix.length;
  if (n < 1 || n > MAX_AHP_SIZE)
    return fail([issue('ahp-size', `a pairwise matrix needs 1 to ${MAX_AHP_SIZE} rows, got ${n}`)]);
  const errors: EngineIssue[] = [];
  matrix.forEach((row, i) => {
    if (row.length !== n)
      errors.push(issue('ahp-size', `row ${i + 1} has ${row.length} entries, expected ${n}`));
  });
  if (errors.length > 0) return fail(errors);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const a = matrix[i]![j]!;
      const where = `a[${i + 1}][${j + 1}] = ${a}`;
      if (!Number.isFinite(a) || a <= 0) {
        errors.push(issue('ahp-not-positive', `${where}: entries must be positive and finite`));
        continue;
      }
      if (i === j && Math.abs(a - 1) > tolerance) errors.push(issue('ahp-diagonal', `${where}: must be 1`));
      if (j > i) {
        const back = matrix[j]![i]!;
        if (Number.isFinite(back) && back > 0 && Math.abs(a * back - 1) > tolerance)
          errors.push(issue('ahp-not-reciprocal', `${where} but a[${j + 1}][${i + 1}] = ${back}`));
      }
      if ((options.saatyScale ?? true) && !SAATY_VALUES.some((v) => Math.abs(a - v) <= tolerance * v))
        errors.push(issue('ahp-off-scale', `${where}: not on Saaty's 1–9 scale`));
    }
  }
  return errors.length > 0 ? fail(errors) : ok(matrix);
}

export interface InconsistentPair {
  /** 0-based row and column, i < j. */
  i: number;
  j: number;
  judgement: number;
  /** w_i / w_j, the ratio the weights imply. */
  implied: number;
}

export interface AhpResult {
  weights: number[];
  lambdaMax: number;
  ci: number;
  ri: number;
  cr: number;
  /** CR above CR_THRESHOLD (0.1). */
  inconsistent: boolean;
  /** Null for n < 2 or when every judgement matches the weights exactly. */
  mostInconsistentPair: InconsistentPair | null;
  iterations: number;
}

export interface AhpOptions extends ValidateOptions {
  /** Stop when no weight changes by more than this. Default 1e-12. */
  convergence?: number;
  maxIterations?: number;
}

export function ahpWeights(matrix: PairwiseMatrix, options: AhpOptions = {}): Result<AhpResult> {
  const valid = validatePairwise(matrix, options);
  if (!valid.ok) return valid;
  const n = matrix.length;
  const convergence = options.convergence ?? 1e-12;
  const maxIterations = options.maxIterations ?? 10_000;

  let w = new Array<number>(n).fill(1 / n);
  let iterations = 0;
  let change = Number.POSITIVE_INFINITY;
  while (change > convergence) {
    if (iterations >= maxIterations)
      return fail([
        issue('ahp-no-convergence', `power iteration did not converge in ${maxIterations} steps`),
      ]);
    const next = normalise(multiply(matrix, w));
    change = Math.max(...next.map((v, i) => Math.abs(v - w[i]!)));
    w = next;
    iterations++;
  }

  const aw = multiply(matrix, w);
  const lambdaMax = aw.reduce((s, v, i) => s + v / w[i]!, 0) / n;
  // λmax ≥ n for a positive reciprocal matrix; clamp float noise so a consistent matrix gives CI = 0.
  const ci = n > 2 ? Math.max(0, (lambdaMax - n) / (n - 1)) : 0;
  const ri = RANDOM_INDEX[n - 1]!;
  const cr = ri > 0 ? ci / ri : 0;
  return ok({
    weights: w,
    lambdaMax,
    ci,
    ri,
    cr,
    inconsistent: cr > CR_THRESHOLD,
    mostInconsistentPair: mostInconsistentPair(matrix, w),
    iterations,
  });
}

function multiply(matrix: PairwiseMatrix, v: readonly number[]): number[] {
  return matrix.map((row) => row.reduce((s, a, j) => s + a * v[j]!, 0));
}

function normalise(v: readonly number[]): number[] {
  const sum = v.reduce((s, x) => s + x, 0);
  return v.map((x) => x / sum);
}

function mostInconsistentPair(matrix: PairwiseMatrix, w: readonly number[]): InconsistentPair | null {
  let worst: InconsistentPair | null = null;
  let worstDeviation = 1e-9; // below this, a judgement agrees with the weights
  for (let i = 0; i < matrix.length; i++) {
    for (let j = i + 1; j < matrix.length; j++) {
      const judgement = matrix[i]![j]!;
      const implied = w[i]! / w[j]!;
      const deviation = Math.abs(Math.log(judgement / implied));
      if (deviation > worstDeviation) {
        worstDeviation = deviation;
        worst = { i, j, judgement, implied };
      }
    }
  }
  return worst;
}

/**
 * Group judgement: element-wise geometric mean of several experts' matrices, optionally weighted
 * (weights need not sum to 1). Each input is validated on Saaty's scale; the result is reciprocal
 * but generally off the scale, so compute its weights with `{ saatyScale: false }`.
 */
export function aggregateGeometricMean(
  matrices: readonly PairwiseMatrix[],
  expertWeights?: readonly number[],
): Result<number[][]> {
  if (matrices.length === 0) return fail([issue('ahp-no-experts', 'no matrices to aggregate')]);
  const errors: EngineIssue[] = [];
  matrices.forEach((m, k) => {
    const valid = validatePairwise(m);
    if (!valid.ok)
      errors.push(...valid.errors.map((e) => ({ ...e, message: `expert ${k + 1}: ${e.message}` })));
  });
  const n = matrices[0]!.length;
  if (matrices.some((m) => m.length !== n))
    errors.push(issue('ahp-size', 'experts answered matrices of different sizes'));
  const weights = expertWeights ?? matrices.map(() => 1);
  if (weights.length !== matrices.length || weights.some((x) => !(x >= 0)) || weights.every((x) => x === 0))
    errors.push(issue('ahp-expert-weights', 'need one non-negative expert weight per matrix, not all zero'));
  if (errors.length > 0) return fail(errors);

  const total = weights.reduce((s, x) => s + x, 0);
  const out = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) =>
      Math.exp(matrices.reduce((s, m, k) => s + weights[k]! * Math.log(m[i]![j]!), 0) / total),
    ),
  );
  return ok(out);
}
