import { type Actor, ROLES, type Role } from './contract.ts';
import { ServiceError } from './errors.ts';

export function requireAdmin(actor: Actor): void {
  if (actor.role !== 'admin') throw new ServiceError('forbidden', 'this action needs the admin role');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id cannot name anything: treat it as unknown rather than let the database reject it. */
export function requireUuid(id: string, what: string): void {
  if (!UUID.test(id)) throw new ServiceError('not_found', `${what} not found`);
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export function requireRole(value: string): Role {
  if (!(ROLES as readonly string[]).includes(value)) {
    throw new ServiceError('invalid', `role must be one of ${ROLES.join(', ')}`, {
      role: [`must be one of ${ROLES.join(', ')}`],
    });
  }
  return value as Role;
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** Trims and lower-cases; emails are compared case-insensitively everywhere. */
export function normaliseEmail(email: string): string {
  const value = email.trim().toLowerCase();
  if (!EMAIL.test(value) || value.length > 320) {
    throw new ServiceError('invalid', 'email is not a valid address', { email: ['not a valid address'] });
  }
  return value;
}

export function requireText(value: string, field: string, max = 200): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > max) {
    throw new ServiceError('invalid', `${field} must be 1 to ${max} characters`, {
      [field]: [`must be 1 to ${max} characters`],
    });
  }
  return trimmed;
}
