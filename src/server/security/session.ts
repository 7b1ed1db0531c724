/** Resolves `cb_session` into the request's actor, and guards routes by session and role. */
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Role, Services } from '../../services/contract.ts';
import { ServiceError } from '../../services/errors.ts';
import type { AppEnv, ResolvedSession } from '../context.ts';
import { clearSessionCookie, SESSION_COOKIE } from '../cookies.ts';

export function loadSession(services: Services): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      const session = await services.auth.resolveSession(token);
      if (session) {
        c.set('session', session);
        c.set('sessionToken', token);
      } else {
        // Unknown or expired: tell the browser to drop it rather than send it forever.
        clearSessionCookie(c);
      }
    }
    await next();
  };
}

export function currentSession(session: ResolvedSession | null): ResolvedSession {
  if (!session)
    throw new ServiceError('unauthorized', 'Sign in first; the session is missing or has expired.');
  return session;
}

export const requireSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  currentSession(c.get('session'));
  await next();
};

export function requireRole(...roles: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const session = currentSession(c.get('session'));
    if (!roles.includes(session.actor.role)) {
      throw new ServiceError('forbidden', `This action needs the role ${roles.join(' or ')}.`);
    }
    await next();
  };
}
