/** The benchmark repositories, for src/services/benchmark (one import path for the whole area). */
export * from './benchmark-data.ts';
export * from './benchmark-editions.ts';
export * from './benchmark-framework.ts';
export * from './benchmark-results.ts';
