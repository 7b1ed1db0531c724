import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './context.ts';
import type { Logger } from './logger.ts';

export const REQUEST_ID_HEADER = 'x-request-id';

/** An incoming id is reused only if it is short and plain, so it is safe to echo and to log. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIdFrom(incoming: string | undefined): string {
  return incoming && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * Outermost middleware: assigns the request id, and after the response (error responses
 * included: Hono has already run onError by then) stamps the header and writes the access log.
 */
export function requestContext(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const startedAt = performance.now();
    const requestId = requestIdFrom(c.req.header(REQUEST_ID_HEADER));
    c.set('requestId', requestId);
    c.set('session', null);
    c.set('sessionToken', null);

    await next();

    c.res.headers.set(REQUEST_ID_HEADER, requestId);
    const status = c.res.status;
    const userId = c.get('session')?.actor.userId;
    const fields = {
      requestId,
      method: c.req.method,
      path: c.req.path,
      status,
      durationMs: Math.round((performance.now() - startedAt) * 100) / 100,
      ...(userId ? { userId } : {}),
    };
    if (status >= 500) logger.error('request', fields);
    else logger.info('request', fields);
  };
}
