import { getConnInfo } from '@hono/node-server/conninfo';
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../context.ts';
import { CSRF_COOKIE, clearSessionCookie, setCsrfCookie, setSessionCookie } from '../cookies.ts';
import {
  csrfSecurity,
  jsonBody,
  jsonResponse,
  problemResponses,
  sessionAndCsrfSecurity,
  sessionSecurity,
} from '../openapi-helpers.ts';
import { SessionViewSchema } from '../schemas.ts';
import { isWellFormedCsrfToken, newCsrfToken } from '../security/csrf.ts';
import { currentSession, requireSession } from '../security/session.ts';
import type { ApiApp, RouteDeps } from './deps.ts';

const CsrfTokenSchema = z.object({ csrfToken: z.string() }).openapi('CsrfToken');

const SignInSchema = z
  .strictObject({
    // Not validated as an email: a malformed address is simply bad credentials.
    email: z.string().min(1).max(320),
    password: z.string().min(1).max(1024),
  })
  .openapi('SignInRequest');

const csrf = createRoute({
  method: 'get',
  path: '/api/auth/csrf',
  tags: ['Auth'],
  summary: 'Get the CSRF token (and set the cb_csrf cookie)',
  description: 'Echo the token in the x-csrf-token header of every POST, PUT, PATCH and DELETE.',
  responses: { 200: jsonResponse(CsrfTokenSchema, 'The token, also set as the readable cb_csrf cookie') },
});

const signIn = createRoute({
  method: 'post',
  path: '/api/auth/sign-in',
  tags: ['Auth'],
  summary: 'Sign in with email and password',
  description: 'Sets the HttpOnly cb_session cookie and rotates cb_csrf.',
  security: csrfSecurity,
  request: { body: jsonBody(SignInSchema) },
  responses: {
    200: jsonResponse(SessionViewSchema, 'Signed in'),
    ...problemResponses(400, 401, 403, 413, 503),
  },
});

const session = createRoute({
  method: 'get',
  path: '/api/auth/session',
  tags: ['Auth'],
  summary: 'The current session',
  security: sessionSecurity,
  middleware: [requireSession],
  responses: {
    200: jsonResponse(SessionViewSchema, 'The signed-in user, organisation and role'),
    ...problemResponses(401),
  },
});

const signOut = createRoute({
  method: 'post',
  path: '/api/auth/sign-out',
  tags: ['Auth'],
  summary: 'Sign out (revokes the session and clears cb_session)',
  security: sessionAndCsrfSecurity,
  middleware: [requireSession],
  responses: {
    204: { description: 'Signed out' },
    ...problemResponses(401, 403),
  },
});

/** Best effort: there is no socket when the app is called in-process (tests, app.request). */
function clientIp(c: Context<AppEnv>): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

export function registerAuthRoutes(app: ApiApp, { services, now }: RouteDeps): void {
  app.openapi(csrf, (c) => {
    // Reuse a valid existing token so that other open tabs keep working.
    const existing = getCookie(c, CSRF_COOKIE);
    const token = isWellFormedCsrfToken(existing) ? existing : newCsrfToken();
    setCsrfCookie(c, token);
    return c.json({ csrfToken: token }, 200);
  });

  app.openapi(signIn, async (c) => {
    const { email, password } = c.req.valid('json');
    const userAgent = c.req.header('user-agent');
    const ip = clientIp(c);
    const result = await services.auth.signIn(email, password, {
      ...(ip ? { ip } : {}),
      ...(userAgent ? { userAgent } : {}),
    });
    setSessionCookie(c, result.sessionToken, new Date(result.expiresAt), now());
    // A fresh CSRF token per session: one observed before sign-in is worthless after it.
    setCsrfCookie(c, newCsrfToken());
    return c.json(SessionViewSchema.parse(result), 200);
  });

  app.openapi(session, (c) => {
    return c.json(SessionViewSchema.parse(currentSession(c.get('session'))), 200);
  });

  app.openapi(signOut, async (c) => {
    const token = c.get('sessionToken');
    if (token) await services.auth.signOut(token);
    clearSessionCookie(c);
    return c.body(null, 204);
  });
}
