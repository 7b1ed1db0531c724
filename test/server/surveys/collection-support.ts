/** The real app over real services on a test database (PGlite or PostgreSQL), for the survey API tests. */
import { createApp } from '../../../src/server/app.ts';
import { createJsonLogger } from '../../../src/server/logger.ts';
import type { Services } from '../../../src/services/contract.ts';
import { createServices } from '../../../src/services/create-services.ts';
import { createTestDatabase, type DriverName, type TestDatabase } from '../../db/support/databases.ts';
import { createOrgWithAdmin, PASSWORD } from '../../db/support/fixtures.ts';
import { cookieFrom } from '../support/harness.ts';

export interface SurveyApi {
  fixture: TestDatabase;
  services: Services;
  app: ReturnType<typeof createApp>;
  slug: string;
  orgId: string;
  /** `cb_session=...` of the organisation's admin. */
  admin: string;
  csrf: string;
  request(path: string, init?: RequestOptions): Promise<Response>;
  json<T>(path: string, init?: RequestOptions): Promise<{ status: number; body: T }>;
  signIn(email: string): Promise<string>;
}

export interface RequestOptions {
  method?: string;
  body?: unknown;
  /** Raw text body with its content type (e.g. CSV). */
  text?: { type: string; body: string };
  session?: string | null;
  headers?: Record<string, string>;
  csrf?: boolean;
}

export async function openSurveyApi(driver: DriverName): Promise<SurveyApi> {
  const fixture = await createTestDatabase(driver);
  const services = createServices(fixture.database);
  const { slug, orgId } = await createOrgWithAdmin(fixture.database, services);
  const app = createApp({ services, webDir: null, logger: createJsonLogger({ level: 'silent' }) });
  const csrfResponse = await app.request('/api/auth/csrf');
  const { csrfToken: csrf } = (await csrfResponse.json()) as { csrfToken: string };

  const request = async (path: string, init: RequestOptions = {}): Promise<Response> => {
    const method = init.method ?? (init.body !== undefined || init.text ? 'POST' : 'GET');
    const unsafe = method !== 'GET' && method !== 'HEAD';
    const cookies = [
      ...(unsafe && init.csrf !== false ? [`cb_csrf=${csrf}`] : []),
      ...(init.session ? [init.session] : []),
    ];
    const headers: Record<string, string> = {
      ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(init.text ? { 'content-type': init.text.type } : {}),
      ...(unsafe && init.csrf !== false ? { 'x-csrf-token': csrf } : {}),
      ...(cookies.length > 0 ? { cookie: cookies.join('; ') } : {}),
      ...init.headers,
    };
    const body = init.text ? init.text.body : init.body !== undefined ? JSON.stringify(init.body) : undefined;
    return app.request(path, { method, headers, ...(body !== undefined ? { body } : {}) });
  };
  const json = async <T>(path: string, init?: RequestOptions) => {
    const response = await request(path, init);
    return { status: response.status, body: (await response.json()) as T };
  };
  const signIn = async (email: string) => {
    const response = await request('/api/auth/sign-in', { body: { email, password: PASSWORD } });
    const cookie = cookieFrom(response, 'cb_session');
    if (!cookie) throw new Error(`sign-in failed: ${response.status}`);
    return cookie;
  };
  const admin = await signIn(`admin@${slug}.test`);
  return { fixture, services, app, slug, orgId, admin, csrf, request, json, signIn };
}
