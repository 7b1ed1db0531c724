/**
 * End to end over the real services on an in-memory PGlite: the one place where the server's
 * assumptions about the services (shapes, error kinds, cookie lifetime) meet the real thing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import { createJsonLogger } from '../../src/server/logger.ts';
import { DEMO_ORGANISATION, openRuntime, type Runtime } from '../../src/services/index.ts';
import { cookieFrom } from './support/harness.ts';

const ADMIN = { email: 'admin@busan.example', password: 'integration password' };
/** Opening PGlite and migrating takes several seconds on a busy machine. */
const STARTUP_TIMEOUT_MS = 120_000;

let runtime: Runtime;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  runtime = await openRuntime(
    { dataDir: 'unused', databaseUrl: null, sessionTtlHours: 12 },
    { inMemory: true },
  );
  await runtime.operator.seedDemo();
  await runtime.operator.createAdmin({ ...ADMIN, orgSlug: DEMO_ORGANISATION.slug });
  app = createApp({
    services: runtime.services,
    webDir: null,
    logger: createJsonLogger({ level: 'silent' }),
  });
}, STARTUP_TIMEOUT_MS);

afterAll(async () => {
  await runtime?.close();
});

/** Like a browser: fetch the CSRF token, then send it as cookie and header. */
async function browserWrite(
  path: string,
  method: string,
  body: unknown,
  session?: string,
): Promise<Response> {
  const csrfResponse = await app.request('/api/auth/csrf');
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const cookies = [`cb_csrf=${csrfToken}`, ...(session ? [session] : [])].join('; ');
  return app.request(path, {
    method,
    headers: { 'content-type': 'application/json', cookie: cookies, 'x-csrf-token': csrfToken },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function signIn(email: string, password: string): Promise<string> {
  const response = await browserWrite('/api/auth/sign-in', 'POST', { email, password });
  expect(response.status).toBe(200);
  // The cookie lives as long as the real session: 12 hours, give or take the second it took.
  const line = response.headers.getSetCookie().find((value) => value.startsWith('cb_session='));
  expect(line).toMatch(/Max-Age=4319\d|Max-Age=43200/);
  const cookie = cookieFrom(response, 'cb_session');
  if (!cookie) throw new Error('no session cookie');
  return cookie;
}

describe('server over the real services', () => {
  it('reports health', async () => {
    const response = await app.request('/api/health');
    expect(response.status).toBe(200);
  });

  it('signs in, reads the session, manages members and signs out', async () => {
    const session = await signIn(ADMIN.email, ADMIN.password);
    const me = await app.request('/api/auth/session', { headers: { cookie: session } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({
      role: 'admin',
      user: { email: ADMIN.email },
      organisation: { slug: DEMO_ORGANISATION.slug },
    });

    const created = await browserWrite(
      '/api/users',
      'POST',
      { email: 'viewer@busan.example', name: 'Viewer', role: 'viewer', password: 'viewer password' },
      session,
    );
    expect(created.status).toBe(201);
    const duplicate = await browserWrite(
      '/api/users',
      'POST',
      { email: 'viewer@busan.example', name: 'Viewer', role: 'viewer', password: 'viewer password' },
      session,
    );
    expect(duplicate.status).toBe(409);

    const viewer = await signIn('viewer@busan.example', 'viewer password');
    const forbidden = await app.request('/api/users', { headers: { cookie: viewer } });
    expect(forbidden.status).toBe(403);

    const audit = await app.request('/api/audit?limit=5', { headers: { cookie: session } });
    expect(audit.status).toBe(200);
    expect(((await audit.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0);

    const signedOut = await browserWrite('/api/auth/sign-out', 'POST', undefined, session);
    expect(signedOut.status).toBe(204);
    const after = await app.request('/api/auth/session', { headers: { cookie: session } });
    expect(after.status).toBe(401);
  });

  it('answers 401 on a wrong password and 404 for an unknown member id', async () => {
    const wrong = await browserWrite('/api/auth/sign-in', 'POST', {
      email: ADMIN.email,
      password: 'nope nope',
    });
    expect(wrong.status).toBe(401);
    const session = await signIn(ADMIN.email, ADMIN.password);
    const missing = await browserWrite(
      '/api/users/00000000-0000-0000-0000-000000000000',
      'DELETE',
      undefined,
      session,
    );
    expect(missing.status).toBe(404);
    const garbage = await browserWrite('/api/users/not-a-uuid', 'DELETE', undefined, session);
    expect(garbage.status).toBe(404);
  });

  it('serves the published history and the public organisation', async () => {
    const history = await app.request('/api/published/history?centre=Busan');
    expect(history.status).toBe(200);
    expect(await history.json()).toMatchObject({ centre: 'Busan' });
    const publicOrg = await app.request(`/api/public/organisations/${DEMO_ORGANISATION.slug}`);
    expect(publicOrg.status).toBe(200);
  });
});
