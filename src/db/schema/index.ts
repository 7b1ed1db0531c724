export * from './published.ts';
export * from './tenancy.ts';
