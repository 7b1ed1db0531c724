/**
 * Rejects state-changing requests whose `Origin` names another site than the one being
 * addressed: a second line of defence next to the CSRF token. Requests without `Origin`
 * (curl, the CLI, older browsers on same-origin requests) pass on to the CSRF check.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.ts';
import { ProblemError } from '../problem.ts';
import { UNSAFE_METHODS } from './csrf.ts';

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null; // includes the opaque origin "null"
  }
}

export function sameOriginOnly(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (origin !== undefined && UNSAFE_METHODS.has(c.req.method)) {
      // Node's adapter builds the request URL from the Host header, so this is the Host.
      const host = new URL(c.req.url).host;
      if (hostOf(origin) !== host) {
        throw new ProblemError({
          status: 403,
          code: 'cross-origin',
          title: 'Cross-origin request refused',
          detail: `Origin ${origin} does not match the host ${host}.`,
        });
      }
    }
    await next();
  };
}
