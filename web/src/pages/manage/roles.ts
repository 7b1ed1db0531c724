import type { Role } from '../../../../src/services/contract.ts';

/** Editors and administrators create, import and build editions (docs/api-contract-benchmark.md). */
export const canManage = (role: Role): boolean => role === 'editor' || role === 'admin';

/** Only administrators publish. */
export const canPublish = (role: Role): boolean => role === 'admin';
