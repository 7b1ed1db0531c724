export * from './benchmark.ts';
export * from './plan-tracking.ts';
export * from './plans.ts';
export * from './published.ts';
export * from './survey-insights.ts';
export * from './surveys.ts';
export * from './tenancy.ts';
