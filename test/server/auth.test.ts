import { describe, expect, it } from 'vitest';
import { PASSWORD, SESSION_LIFETIME_MS } from './support/fake-services.ts';
import { CSRF, cookieFrom, createHarness, signIn, writeHeaders } from './support/harness.ts';

function setCookieLine(response: Response, name: string): string {
  const line = response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${name}=`));
  if (!line) throw new Error(`no Set-Cookie for ${name}`);
  return line;
}

describe('GET /api/auth/csrf', () => {
  it('issues a readable, SameSite=Strict cb_csrf cookie equal to the returned token', async () => {
    const { app } = createHarness();
    const response = await app.request('/api/auth/csrf');
    expect(response.status).toBe(200);
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    expect(csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const line = setCookieLine(response, 'cb_csrf');
    expect(line).toContain(`cb_csrf=${csrfToken}`);
    expect(line).toContain('SameSite=Strict');
    expect(line).toContain('Path=/');
    expect(line).not.toContain('HttpOnly');
  });

  it('keeps an existing well-formed token so other tabs keep working', async () => {
    const { app } = createHarness();
    const first = (await (await app.request('/api/auth/csrf')).json()) as { csrfToken: string };
    const again = await app.request('/api/auth/csrf', { headers: { cookie: `cb_csrf=${first.csrfToken}` } });
    expect(((await again.json()) as { csrfToken: string }).csrfToken).toBe(first.csrfToken);
  });
});

describe('POST /api/auth/sign-in', () => {
  it('signs in, sets an HttpOnly Lax session cookie living as long as the session, and rotates cb_csrf', async () => {
    const { app, services } = createHarness();
    const response = await app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { ...writeHeaders(), 'user-agent': 'vitest' },
      body: JSON.stringify({ email: 'admin@busan.test', password: PASSWORD }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      role: 'admin',
      user: { email: 'admin@busan.test' },
      organisation: { slug: 'busan' },
    });
    // The token only travels in the cookie; nothing internal leaks into the body.
    expect(Object.keys(body).sort()).toEqual(['expiresAt', 'organisation', 'role', 'user']);

    const session = setCookieLine(response, 'cb_session');
    expect(session).toMatch(/^cb_session=token-/);
    expect(session).toContain('HttpOnly');
    expect(session).toContain('SameSite=Lax');
    expect(session).toContain('Path=/');
    expect(session).toContain(`Max-Age=${SESSION_LIFETIME_MS / 1000}`);
    expect(session).not.toContain('Secure');

    const csrf = cookieFrom(response, 'cb_csrf');
    expect(csrf).toBeDefined();
    expect(csrf).not.toBe(`cb_csrf=${CSRF}`);
    expect(services.signInCalls).toEqual([{ email: 'admin@busan.test', meta: { userAgent: 'vitest' } }]);
  });

  it('marks the session cookie Secure when the request came over https', async () => {
    const { app } = createHarness();
    const response = await app.request('https://citybench.example/api/auth/sign-in', {
      method: 'POST',
      headers: writeHeaders(),
      body: JSON.stringify({ email: 'admin@busan.test', password: PASSWORD }),
    });
    expect(response.status).toBe(200);
    expect(setCookieLine(response, 'cb_session')).toContain('Secure');
  });

  it('answers 401 problem on a wrong password and sets no cookie', async () => {
    const { app } = createHarness();
    const response = await app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: writeHeaders(),
      body: JSON.stringify({ email: 'admin@busan.test', password: 'wrong' }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 401, type: '/problems/unauthorized' });
    expect(cookieFrom(response, 'cb_session')).toBeUndefined();
  });

  it('answers 403 csrf problem when the x-csrf-token header is missing', async () => {
    const { app, services } = createHarness();
    const response = await app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `cb_csrf=${CSRF}` },
      body: JSON.stringify({ email: 'admin@busan.test', password: PASSWORD }),
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await response.json()) as { type: string };
    expect(problem.type).toMatch(/\/csrf$/);
    expect(services.signInCalls).toHaveLength(0);
  });

  it('answers 403 csrf problem when the header does not match the cookie', async () => {
    const { app } = createHarness();
    const response = await app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { ...writeHeaders(), 'x-csrf-token': `${CSRF.slice(0, -1)}X` },
      body: JSON.stringify({ email: 'admin@busan.test', password: PASSWORD }),
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { type: string }).type).toMatch(/\/csrf$/);
  });

  it('answers 403 csrf problem when there is a header but no cookie', async () => {
    const { app } = createHarness();
    const response = await app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': CSRF },
      body: JSON.stringify({ email: 'admin@busan.test', password: PASSWORD }),
    });
    expect(response.status).toBe(403);
  });
});

describe('GET /api/auth/session', () => {
  it('resolves the session cookie into the session view', async () => {
    const harness = createHarness();
    const cookie = await signIn(harness, 'viewer@busan.test');
    const response = await harness.app.request('/api/auth/session', { headers: { cookie } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      role: 'viewer',
      user: { id: 'u-busan-viewer' },
      organisation: { id: 'org-busan' },
    });
  });

  it('answers 401 problem when signed out', async () => {
    const { app } = createHarness();
    const response = await app.request('/api/auth/session');
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });

  it('answers 401 problem once the session has expired, and clears the stale cookie', async () => {
    const harness = createHarness();
    const cookie = await signIn(harness, 'viewer@busan.test');
    harness.services.controls.now = new Date(
      harness.services.controls.now.getTime() + SESSION_LIFETIME_MS + 1,
    );
    const response = await harness.app.request('/api/auth/session', { headers: { cookie } });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ status: 401, type: '/problems/unauthorized' });
    expect(setCookieLine(response, 'cb_session')).toContain('Max-Age=0');
  });
});

describe('POST /api/auth/sign-out', () => {
  it('revokes the session and clears the cookie', async () => {
    const harness = createHarness();
    const cookie = await signIn(harness, 'admin@busan.test');
    const response = await harness.app.request('/api/auth/sign-out', {
      method: 'POST',
      headers: writeHeaders(cookie),
    });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(setCookieLine(response, 'cb_session')).toContain('Max-Age=0');

    const after = await harness.app.request('/api/auth/session', { headers: { cookie } });
    expect(after.status).toBe(401);
  });

  it('needs the CSRF token too', async () => {
    const harness = createHarness();
    const cookie = await signIn(harness, 'admin@busan.test');
    const response = await harness.app.request('/api/auth/sign-out', { method: 'POST', headers: { cookie } });
    expect(response.status).toBe(403);
    const still = await harness.app.request('/api/auth/session', { headers: { cookie } });
    expect(still.status).toBe(200);
  });

  it('answers 401 when there is no session', async () => {
    const { app } = createHarness();
    const response = await app.request('/api/auth/sign-out', { method: 'POST', headers: writeHeaders() });
    expect(response.status).toBe(401);
  });
});
