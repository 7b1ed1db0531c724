import { createHash, randomBytes } from 'node:crypto';

/** A session token: 32 random bytes, base64url. Only its sha256 is stored. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
