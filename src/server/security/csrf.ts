/**
 * Double-submit CSRF protection: a state-changing /api request must carry `x-csrf-token`
 * equal to the `cb_csrf` cookie. A cross-site page can make the browser send the cookie
 * but cannot read it, so it cannot forge the header.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../context.ts';
import { CSRF_COOKIE, CSRF_HEADER } from '../cookies.ts';
import { ProblemError } from '../problem.ts';

export const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** 32 random bytes, base64url: 43 characters. */
const CSRF_TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function newCsrfToken(): string {
  return randomBytes(32).toString('base64url');
}

export function isWellFormedCsrfToken(token: string | undefined): token is string {
  return token !== undefined && CSRF_TOKEN_SHAPE.test(token);
}

function tokensMatch(cookie: string, header: string): boolean {
  const a = Buffer.from(cookie);
  const b = Buffer.from(header);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function csrfProtection(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (UNSAFE_METHODS.has(c.req.method)) {
      const cookie = getCookie(c, CSRF_COOKIE);
      const header = c.req.header(CSRF_HEADER);
      if (!cookie || !header || !tokensMatch(cookie, header)) {
        throw new ProblemError({
          status: 403,
          code: 'csrf',
          title: 'CSRF check failed',
          detail: `Send header ${CSRF_HEADER} equal to the ${CSRF_COOKIE} cookie (GET /api/auth/csrf sets it).`,
        });
      }
    }
    await next();
  };
}
