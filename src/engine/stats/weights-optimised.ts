import { fail, issue, ok, type Result } from '../core/result.ts';
import { type CorrelationMethod, correlation } from './correlation.ts';
import { nelderMead } from './nelder-mead.ts';

export interface OptimisedWeightsOptions {
  /** Target correlation share per indicator; default equal ("balance" as in COINr itarg = "equal"). */
  target?: ArrayLike<number>;
  /** "balance": hit the target shares; "infomax": maximise the sum of correlations. */
  objective?: 'balance' | 'infomax';
  correlationMethod?: CorrelationMethod;
  /** Relative tolerance of the optimiser (COINr default 0.1). */
  toler?: number;
  /** Maximum number of objective evaluations (COINr default 500). */
  maxIterations?: number;
  /** Builds the index from weights; default the weighted arithmetic mean over present values. */
  aggregate?: (weights: Float64Array) => Float64Array;
  initialWeights?: ArrayLike<number>;
}

export interface OptimisedWeights {
  /** Weights scaled to sum 1. */
  weights: Float64Array;
  /** Correlation of each indicator with the index built from `weights`. */
  correlations: Float64Array;
  objective: number;
  evaluations: number;
  converged: boolean;
}

/** Weighted arithmetic mean per unit, re-weighted over the present indicators (COINr a_amean). */
export function weightedMeanIndex(
  columns: readonly ArrayLike<number>[],
  weights: ArrayLike<number>,
): Float64Array {
  const units = columns[0]?.length ?? 0;
  const out = new Float64Array(units);
  for (let u = 0; u < units; u++) {
    let s = 0;
    let w = 0;
    columns.forEach((c, j) => {
      const v = c[u]!;
      if (Number.isNaN(v)) return;
      s += weights[j]! * v;
      w += weights[j]!;
    });
    out[u] = w > 0 ? s / w : Number.NaN;
  }
  return out;
}

/**
 * Weights that make the indicator-index correlations match a target (COINr get_opt_weights).
 * With c_i = cor(x_i, index(w)), "balance" minimises sum_i (c_i / sum c - t_i / sum t)^2 and
 * "infomax" minimises -sum_i c_i, by Nelder-Mead. Weights are optimised as |w| so they stay
 * non-negative. COINr bug #62 (targets applied in the wrong order) cannot arise: the target is
 * positional, matching `columns`.
 */
export function optimisedWeights(
  columns: readonly ArrayLike<number>[],
  options: OptimisedWeightsOptions = {},
): Result<OptimisedWeights> {
  const p = columns.length;
  if (p < 2) return fail([issue('opt-weights', 'optimising weights needs at least two indicators')]);
  const target = Float64Array.from(options.target ?? new Array<number>(p).fill(1));
  if (target.length !== p)
    return fail([issue('opt-weights', `target has ${target.length} values for ${p} indicators`)]);
  const targetSum = target.reduce((a, b) => a + b, 0);
  const method = options.correlationMethod ?? 'pearson';
  const aggregate = options.aggregate ?? ((w: Float64Array) => weightedMeanIndex(columns, w));
  const correlationsFor = (w: Float64Array) => {
    const index = aggregate(w);
    return Float64Array.from(columns, (c) => correlation(c, index, method));
  };
  const objective = (raw: Float64Array) => {
    const w = raw.map(Math.abs);
    if (w.every((v) => v === 0)) return Number.POSITIVE_INFINITY;
    const c = correlationsFor(w);
    if (options.objective === 'infomax') return -c.reduce((a, b) => a + b, 0);
    const cSum = c.reduce((a, b) => a + b, 0);
    let loss = 0;
    for (let i = 0; i < p; i++) loss += (c[i]! / cSum - target[i]! / targetSum) ** 2;
    return loss;
  };
  const start = Float64Array.from(options.initialWeights ?? new Array<number>(p).fill(1 / p));
  const result = nelderMead(objective, start, {
    reltol: options.toler ?? 0.1,
    maxEvaluations: options.maxIterations ?? 500,
  });
  const abs = result.x.map(Math.abs);
  const total = abs.reduce((a, b) => a + b, 0);
  const weights = abs.map((v) => v / total);
  return ok({
    weights,
    correlations: correlationsFor(weights),
    objective: result.value,
    evaluations: result.evaluations,
    converged: result.converged,
  });
}
