/**
 * Planning engine: plan trees and their roll-ups, KRW money in bigint, AHP weights, weighted
 * scoring and horizons, earned value and KPI status. Pure, errors as values.
 */
export * from './ahp.ts';
export * from './earned-value.ts';
export * from './kpi.ts';
export * from './money.ts';
export * from './plan-tree.ts';
export * from './rollup.ts';
export * from './scoring.ts';
