/** Analysis of a built index: correlations across levels, group consistency, removal effects. */
export * from './columns.ts';
export * from './consistency.ts';
export * from './correlations.ts';
export * from './remove-elements.ts';
