export * from './benchmark.ts';
export * from './published.ts';
export * from './tenancy.ts';
