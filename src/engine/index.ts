/**
 * Public API of the index engine: pure functions, typed arrays in, results out, errors as values.
 *
 *   input/      parseCsv, readCoin (iData + iMeta → Coin, every problem reported at once)
 *   core/       Matrix (column-major Float64Array, NaN = missing), Structure (tree, CSR), Result
 *   checks/     get_stats-style indicator statistics, data availability, correlation flags
 *   denominate/ screen/ impute/ treat/ normalise/ weights/ aggregate/ rank/   one COINr step each
 *   pipeline/   IndexSpec (spec.ts), compileIndex (validate once), runIndex / buildIndex
 *   stats/      (namespace `stats`) seeded RNG, descriptive statistics, correlation, eigen, PCA,
 *               Cronbach, KMO, PCA / optimised / noisy weights
 *   uncertainty/ (namespace `uncertainty`) Monte Carlo ranks, Sobol sensitivity, scenario replay
 *   svr/        (namespace `svr`) epsilon-SVR with an RBF kernel, a port of LIBSVM 3.24's solver
 *   analysis/   (namespace `analysis`) correlations within and across levels, group consistency
 *               (Cronbach, KMO, PCA), the effect of removing each component
 *   planning/   (namespace `planning`) exact KRW money, plan trees and roll-ups, AHP, weighted
 *               scoring, earned value, KPI status
 *   fam/        (namespace `fam`) the factor assessment model behind benchmark editions
 *
 * Typical use: `readCoin(data, meta)` → `buildIndex(coin, spec)`; for many runs with different
 * weights, `compileIndex` once and `runIndex(compiled, { weights })`.
 */
export type { AggregationPlan } from './aggregate/aggregate.ts';
export { aggregateAll } from './aggregate/aggregate.ts';
export { aBenefitOfDoubt } from './aggregate/benefit-of-doubt.ts';
export { aCopeland } from './aggregate/copeland.ts';
export { aGenmean, aGmean, aHmean, aMean, aWeightedMedian } from './aggregate/row-means.ts';
export { type LpSolution, simplexMaxLeq } from './aggregate/simplex.ts';
export * as analysis from './analysis/index.ts';
export * from './checks/indicator-stats.ts';
export * from './core/describe.ts';
export * from './core/mask.ts';
export * from './core/matrix.ts';
export * from './core/result.ts';
export * from './core/structure.ts';
export { denominate } from './denominate/denominate.ts';
export * as fam from './fam/index.ts';
export { type EmOptions, imputeEm } from './impute/impute-em.ts';
export * from './impute/impute-simple.ts';
export { parseCsv, type Table } from './input/csv.ts';
export { isMissingText, parseNumberCell, readCoin } from './input/read-coin.ts';
export { type ColumnNormalisation, normalise } from './normalise/normalise.ts';
export * from './normalise/normalisers.ts';
export { buildIndex, type IndexResult, type RunOptions, runIndex } from './pipeline/build-index.ts';
export { type CompiledIndex, compileIndex } from './pipeline/compile.ts';
export type * from './pipeline/spec.ts';
export * as planning from './planning/index.ts';
export { rankAscendingMin, rankDescendingMin } from './rank/rank.ts';
export * from './rank/unit-results.ts';
export { type ScreenOptions, screenUnits } from './screen/screen-units.ts';
export * as stats from './stats/index.ts';
export * as svr from './svr/index.ts';
export * from './treat/transforms.ts';
export * from './treat/treat.ts';
export * from './treat/treat-dataset.ts';
export * as uncertainty from './uncertainty/index.ts';
export * from './weights/weights.ts';
