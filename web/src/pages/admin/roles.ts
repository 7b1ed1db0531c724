import { ROLES, type Role } from '../../../../src/services/contract.ts';
import type { MessageKey } from '../../i18n/en.ts';

/** The roles in the API contract's order (contract.ts is dependency-free, so web may import it). */
export const ROLE_OPTIONS: readonly Role[] = ROLES;

export function roleKey(role: Role): MessageKey {
  return `role.${role}`;
}
