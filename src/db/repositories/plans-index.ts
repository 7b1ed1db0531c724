/** The plans (portfolio) repositories, for src/services/plans (one import path for the whole area). */
export * from './plans-items.ts';
export * from './plans-store.ts';
