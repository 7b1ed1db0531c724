import { describe, expect, it } from 'vitest';
import { PASSWORD } from './support/fake-services.ts';
import { createHarness, signIn, writeHeaders } from './support/harness.ts';

interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  requestId: string;
  errors?: Record<string, string[]>;
}

async function problemOf(response: Response): Promise<ProblemBody> {
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  const body = (await response.json()) as ProblemBody;
  expect(body.status).toBe(response.status);
  expect(body.requestId).toBe(response.headers.get('x-request-id'));
  return body;
}

function signInRequest(body: string, extra: Record<string, string> = {}) {
  return { method: 'POST', headers: { ...writeHeaders(), ...extra }, body };
}

describe('request validation', () => {
  it('malformed JSON is a 400 problem', async () => {
    const { app } = createHarness();
    const response = await app.request('/api/auth/sign-in', signInRequest('{"email": "a@b.test",'));
    expect(response.status).toBe(400);
    const problem = await problemOf(response);
    expect(problem.type).toBe('/problems/malformed-body');
    expect(problem.errors).toHaveProperty('body');
  });

  it('an unknown field is a 400 naming the field', async () => {
    const { app } = createHarness();
    const response = await app.request(
      '/api/auth/sign-in',
      signInRequest(JSON.stringify({ email: 'admin@busan.test', password: PASSWORD, rememberMe: true })),
    );
    expect(response.status).toBe(400);
    const problem = await problemOf(response);
    expect(problem.type).toBe('/problems/validation');
    expect(problem.errors).toEqual({ rememberMe: ['Unknown field'] });
  });

  it('a value of the wrong type is a 400 naming the field', async () => {
    const { app } = createHarness();
    const response = await app.request(
      '/api/auth/sign-in',
      signInRequest(JSON.stringify({ email: 42, password: PASSWORD })),
    );
    expect(response.status).toBe(400);
    const problem = await problemOf(response);
    expect(Object.keys(problem.errors ?? {})).toEqual(['email']);
    expect(problem.errors?.email?.[0]).toMatch(/expected string/);
  });

  it('a missing field is a 400 naming the field', async () => {
    const { app } = createHarness();
    const response = await app.request(
      '/api/auth/sign-in',
      signInRequest(JSON.stringify({ email: 'a@b.test' })),
    );
    expect(response.status).toBe(400);
    expect((await problemOf(response)).errors).toHaveProperty('password');
  });

  it('a body that is not an object is reported under "body"', async () => {
    const { app } = createHarness();
    const response = await app.request('/api/auth/sign-in', signInRequest('[1, 2]'));
    expect(response.status).toBe(400);
    expect((await problemOf(response)).errors).toHaveProperty('body');
  });

  it('a body that is not JSON at all is a 415 problem', async () => {
    const { app } = createHarness();
    const response = await app.request(
      '/api/auth/sign-in',
      signInRequest('email=a', { 'content-type': 'application/x-www-form-urlencoded' }),
    );
    expect(response.status).toBe(415);
    await problemOf(response);
  });

  it('a body over 1 MiB is a 413 problem', async () => {
    const harness = createHarness();
    const admin = await signIn(harness, 'admin@busan.test');
    const huge = JSON.stringify({ name: 'x'.repeat(1024 * 1024) });
    const response = await harness.app.request('/api/organisation', {
      method: 'PATCH',
      headers: writeHeaders(admin),
      body: huge,
    });
    expect(response.status).toBe(413);
    expect((await problemOf(response)).type).toBe('/problems/payload-too-large');
  });

  it('a declared Content-Length over 1 MiB is refused before reading the body', async () => {
    const { app } = createHarness();
    const response = await app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { ...writeHeaders(), 'content-length': String(2 * 1024 * 1024) },
      body: '{}',
    });
    expect(response.status).toBe(413);
  });
});

describe('routing and unexpected failures', () => {
  it('an unknown /api route is a 404 problem', async () => {
    const { app } = createHarness();
    const response = await app.request('/api/nope');
    expect(response.status).toBe(404);
    expect(await problemOf(response)).toMatchObject({ type: '/problems/not-found', instance: '/api/nope' });
  });

  it('an internal error is a 500 with the requestId and nothing of the error itself', async () => {
    const { app, services, logs } = createHarness();
    services.controls.publishedError = new Error('relation "secret_table" does not exist');
    const response = await app.request('/api/published/history?centre=Busan', {
      headers: { 'x-request-id': 'trace-0123456789' },
    });
    expect(response.status).toBe(500);
    const text = await response.clone().text();
    expect(text).not.toContain('secret_table');
    const problem = await problemOf(response);
    expect(problem).toMatchObject({ type: '/problems/internal', requestId: 'trace-0123456789' });
    expect(Object.keys(problem).sort()).toEqual([
      'detail',
      'instance',
      'requestId',
      'status',
      'title',
      'type',
    ]);

    const errorLine = logs.find((line) => line.msg === 'unhandled error');
    expect(errorLine).toMatchObject({ level: 'error', requestId: 'trace-0123456789' });
    expect(JSON.stringify(errorLine)).toContain('secret_table');
    expect((errorLine?.err as { stack?: string } | undefined)?.stack).toMatch(/^Error: relation/);
  });

  it('a service response of the wrong shape is a 500, not a leak', async () => {
    const { app, services } = createHarness();
    services.published.history = async () => ({ centre: 'Busan' }) as never;
    const response = await app.request('/api/published/history?centre=Busan');
    expect(response.status).toBe(500);
  });
});

describe('origin check', () => {
  it('refuses a state-changing request from another origin', async () => {
    const { app } = createHarness();
    const response = await app.request(
      'http://localhost/api/auth/sign-in',
      signInRequest(JSON.stringify({ email: 'admin@busan.test', password: PASSWORD }), {
        origin: 'https://evil.example',
      }),
    );
    expect(response.status).toBe(403);
    expect((await problemOf(response)).type).toBe('/problems/cross-origin');
  });

  it('refuses the opaque "null" origin', async () => {
    const { app } = createHarness();
    const response = await app.request(
      '/api/auth/sign-in',
      signInRequest(JSON.stringify({ email: 'admin@busan.test', password: PASSWORD }), { origin: 'null' }),
    );
    expect(response.status).toBe(403);
  });

  it('accepts the same origin', async () => {
    const { app } = createHarness();
    const response = await app.request(
      'http://localhost:8080/api/auth/sign-in',
      signInRequest(JSON.stringify({ email: 'admin@busan.test', password: PASSWORD }), {
        origin: 'http://localhost:8080',
      }),
    );
    expect(response.status).toBe(200);
  });
});

describe('request ids and logs', () => {
  it('generates an x-request-id on every response', async () => {
    const { app } = createHarness();
    const ok = await app.request('/api/health');
    const missing = await app.request('/api/missing');
    expect(ok.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(missing.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(ok.headers.get('x-request-id')).not.toBe(missing.headers.get('x-request-id'));
  });

  it('keeps a sane incoming id and replaces an unsafe one', async () => {
    const { app } = createHarness();
    const kept = await app.request('/api/health', { headers: { 'x-request-id': 'abc-123_DEF.456' } });
    expect(kept.headers.get('x-request-id')).toBe('abc-123_DEF.456');
    const replaced = await app.request('/api/health', { headers: { 'x-request-id': 'bad id <script>' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('writes one access log line per request with status, duration and user', async () => {
    const harness = createHarness();
    const cookie = await signIn(harness, 'viewer@busan.test');
    harness.logs.length = 0;
    const response = await harness.app.request('/api/organisation', { headers: { cookie } });
    expect(harness.logs).toHaveLength(1);
    expect(harness.logs[0]).toMatchObject({
      level: 'info',
      msg: 'request',
      requestId: response.headers.get('x-request-id'),
      method: 'GET',
      path: '/api/organisation',
      status: 200,
      userId: 'u-busan-viewer',
    });
    expect(typeof harness.logs[0]?.durationMs).toBe('number');
  });
});
