import { describe, expect, it } from 'vitest';
import {
  generatePassword,
  hashPassword,
  PASSWORD_HASH_PATTERN,
  verifyPassword,
} from '../../src/services/passwords.ts';
import { hashToken, newSessionToken } from '../../src/services/tokens.ts';

describe('scrypt passwords', () => {
  it('writes a self-describing hash with the agreed parameters and sizes', async () => {
    const hash = await hashPassword('correct horse');
    expect(hash).toMatch(PASSWORD_HASH_PATTERN);
    const [scheme, n, r, p, salt, key] = hash.split('$');
    expect([scheme, n, r, p]).toEqual(['scrypt', '16384', '8', '1']);
    expect(Buffer.from(salt!, 'base64url')).toHaveLength(16);
    expect(Buffer.from(key!, 'base64url')).toHaveLength(64);
  });

  it('verifies the right password and rejects others', async () => {
    const hash = await hashPassword('correct horse');
    expect(await verifyPassword('correct horse', hash)).toBe(true);
    expect(await verifyPassword('correct horsE', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('salts: the same password hashes differently each time', async () => {
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });

  it('reads parameters from the stored string (so they can change later)', async () => {
    const hash = await hashPassword('pw');
    const [, , , , salt, key] = hash.split('$');
    // Same salt and key under other parameters no longer match: the parameters are honoured.
    expect(await verifyPassword('pw', `scrypt$1024$8$1$${salt}$${key}`)).toBe(false);
  });

  it.each(['', 'plain', 'scrypt$x$8$1$a$b', 'bcrypt$16384$8$1$a$b', 'scrypt$16384$8$1$c2FsdA$'])(
    'returns false, never throws, for the malformed hash %j',
    async (stored) => {
      expect(await verifyPassword('pw', stored)).toBe(false);
    },
  );

  it('generates distinct 24-character passwords', () => {
    const a = generatePassword();
    expect(a).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(generatePassword()).not.toBe(a);
  });
});

describe('session tokens', () => {
  it('are 32 random bytes, stored as a sha256 hex digest', () => {
    const token = newSessionToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).toBe(hashToken(token));
    expect(newSessionToken()).not.toBe(token);
  });
});
