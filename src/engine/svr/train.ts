/**
 * Epsilon-SVR training (LIBSVM 3.24 `svm_train` with `-s 3 -t 2`).
 *
 * Dual problem over 2l variables a = (alpha, alpha*):
 *   min 0.5 (alpha - alpha*)' K (alpha - alpha*) + sum_t (epsilon - y_t) alpha_t + (epsilon + y_t) alpha*_t
 *   subject to sum_t (alpha_t - alpha*_t) = 0,  0 <= alpha_t, alpha*_t <= C,
 * solved by `solveSmo` from a = 0. The model keeps rows with alpha_t - alpha*_t != 0.
 */
import { type EngineIssue, fail, issue, ok, type Result } from '../core/result.ts';
import { groupIdenticalRows } from './distinct-rows.ts';
import { resolveSvrParams } from './params.ts';
import { fillKernelRow, squaredNorms } from './rbf-kernel.ts';
import { KernelRowCache } from './row-cache.ts';
import { solveSmo } from './smo-solver.ts';
import { SvrQ } from './svr-q.ts';
import type { SvrData, SvrModel, SvrParams } from './types.ts';

export function trainSvr(
  data: SvrData,
  targets: Float64Array,
  given: Partial<SvrParams> = {},
): Result<SvrModel> {
  const problems = checkTrainingData(data, targets);
  if (problems.length > 0) return fail(problems);
  const resolved = resolveSvrParams(given, data.nFeatures);
  if (!resolved.ok) return resolved;
  const params = resolved.value;

  const { nRows: l, nFeatures, features } = data;
  const norms = squaredNorms(features, l, nFeatures);
  const { groupOfRow, firstRow } = groupIdenticalRows(features, l, nFeatures);
  const nGroups = firstRow.length;
  const cache = new KernelRowCache(nGroups, params.cacheSizeMb * 2 ** 20, (out, group) =>
    fillKernelRow(out, firstRow[group]!, firstRow, features, norms, nFeatures, params.gamma),
  );

  const p = new Float64Array(2 * l);
  for (let t = 0; t < l; t++) {
    p[t] = params.epsilon - targets[t]!;
    p[t + l] = params.epsilon + targets[t]!;
  }
  const solution = solveSmo({
    q: new SvrQ(groupOfRow, nGroups, cache),
    p,
    alpha: new Float64Array(2 * l),
    C: params.C,
    tolerance: params.tolerance,
    shrinking: params.shrinking,
  });

  let nSupport = 0;
  for (let t = 0; t < l; t++) if (solution.alpha[t]! - solution.alpha[t + l]! !== 0) nSupport++;
  const supportIndices = new Int32Array(nSupport);
  const coefficients = new Float64Array(nSupport);
  const supportVectors = new Float64Array(nSupport * nFeatures);
  let k = 0;
  for (let t = 0; t < l; t++) {
    const coefficient = solution.alpha[t]! - solution.alpha[t + l]!;
    if (coefficient === 0) continue;
    supportIndices[k] = t;
    coefficients[k] = coefficient;
    supportVectors.set(features.subarray(t * nFeatures, (t + 1) * nFeatures), k * nFeatures);
    k++;
  }
  return ok({
    nFeatures,
    gamma: params.gamma,
    supportIndices,
    coefficients,
    supportVectors,
    rho: solution.rho,
    objective: solution.objective,
    iterations: solution.iterations,
    hitIterationLimit: solution.hitIterationLimit,
  });
}

function checkTrainingData(data: SvrData, targets: Float64Array): EngineIssue[] {
  const { nRows, nFeatures, features } = data;
  if (!(Number.isInteger(nRows) && nRows >= 1 && Number.isInteger(nFeatures) && nFeatures >= 1)) {
    return [issue('svr-empty', `need at least one row and one feature, got ${nRows} x ${nFeatures}`)];
  }
  if (features.length !== nRows * nFeatures) {
    return [issue('svr-shape', `features has ${features.length} values, expected ${nRows} x ${nFeatures}`)];
  }
  if (targets.length !== nRows) {
    return [issue('svr-shape', `targets has ${targets.length} values, expected ${nRows}`)];
  }
  const errors: EngineIssue[] = [];
  for (let i = 0; i < nRows && errors.length < 10; i++) {
    if (!Number.isFinite(targets[i]!))
      errors.push(issue('svr-not-finite', 'target is missing or infinite', { row: i + 1 }));
    for (let f = 0; f < nFeatures; f++) {
      if (!Number.isFinite(features[i * nFeatures + f]!)) {
        errors.push(issue('svr-not-finite', `feature ${f + 1} is missing or infinite`, { row: i + 1 }));
        break;
      }
    }
  }
  return errors;
}
