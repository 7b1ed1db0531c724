export * from './benchmark.ts';
export * from './plans.ts';
export * from './published.ts';
export * from './surveys.ts';
export * from './tenancy.ts';
