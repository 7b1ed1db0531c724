/** Builds the app over the fake services and signs in the way a browser would. */
import { createApp } from '../../../src/server/app.ts';
import type { Logger } from '../../../src/server/logger.ts';
import { createFakeServices, PASSWORD } from './fake-services.ts';

export interface LogLine {
  level: string;
  msg: string;
  [field: string]: unknown;
}

export const CSRF = 'csrf-token-for-tests-0123456789abcdefghijklm';

export function createHarness(options: { webDir?: string | null } = {}) {
  const services = createFakeServices();
  const logs: LogLine[] = [];
  const capture =
    (level: string) =>
    (msg: string, fields: Record<string, unknown> = {}) =>
      logs.push({ level, msg, ...fields });
  const logger: Logger = {
    debug: capture('debug'),
    info: capture('info'),
    warn: capture('warn'),
    error: capture('error'),
  };
  const app = createApp({
    services,
    webDir: options.webDir ?? null,
    logger,
    now: () => services.controls.now,
  });
  return { app, services, logs };
}

export type Harness = ReturnType<typeof createHarness>;

/** Headers for a state-changing request: JSON body, matching CSRF cookie and header. */
export function writeHeaders(sessionCookie?: string): Record<string, string> {
  const cookies = [`cb_csrf=${CSRF}`, ...(sessionCookie ? [sessionCookie] : [])];
  return { 'content-type': 'application/json', cookie: cookies.join('; '), 'x-csrf-token': CSRF };
}

/** Extracts `name=value` of a Set-Cookie for the given cookie, for sending it back. */
export function cookieFrom(response: Response, name: string): string | undefined {
  const line = response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${name}=`));
  return line?.split(';')[0];
}

export async function signIn(harness: Harness, email: string, password = PASSWORD): Promise<string> {
  const response = await harness.app.request('/api/auth/sign-in', {
    method: 'POST',
    headers: writeHeaders(),
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in as ${email} failed: ${response.status}`);
  const cookie = cookieFrom(response, 'cb_session');
  if (!cookie) throw new Error('sign-in set no cb_session cookie');
  return cookie;
}
