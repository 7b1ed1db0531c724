/** Uncertainty and sensitivity analysis: Monte Carlo rank statistics, Sobol indices, scenario replay. */
export * from './address.ts';
export * from './index-model.ts';
export * from './monte-carlo.ts';
export * from './rank-summary.ts';
export * from './scenarios.ts';
export * from './sensitivity.ts';
export * from './sobol.ts';
export * from './spec.ts';
