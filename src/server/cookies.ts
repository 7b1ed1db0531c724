/** The two cookies of the contract and how they are written. */
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';

export const SESSION_COOKIE = 'cb_session';
export const CSRF_COOKIE = 'cb_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** Browsers cap cookie lifetimes at 400 days (and Hono refuses more). */
const MAX_COOKIE_AGE_SECONDS = 400 * 24 * 60 * 60;

function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:';
}

export function setSessionCookie(c: Context, token: string, expiresAt: Date, now: Date): void {
  const seconds = Math.floor((expiresAt.getTime() - now.getTime()) / 1000);
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: isHttps(c),
    maxAge: Math.min(Math.max(seconds, 0), MAX_COOKIE_AGE_SECONDS),
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'Lax', secure: isHttps(c) });
}

/** Readable by the web app (not HttpOnly) so it can echo the value in `x-csrf-token`. */
export function setCsrfCookie(c: Context, token: string): void {
  setCookie(c, CSRF_COOKIE, token, { sameSite: 'Strict', path: '/', secure: isHttps(c) });
}
