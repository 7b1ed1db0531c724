const CSRF_COOKIE = 'cb_csrf';

export function readCsrfCookie(): string | null {
  for (const part of document.cookie.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === CSRF_COOKIE) return decodeURIComponent(value.join('='));
  }
  return null;
}

/**
 * Double-submit CSRF: GET /api/auth/csrf sets the readable `cb_csrf` cookie and we echo it in
 * `x-csrf-token`. The response body carries the same token for when cookies are not yet visible.
 */
export async function fetchCsrfToken(): Promise<string> {
  const response = await fetch('/api/auth/csrf', { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`GET /api/auth/csrf answered ${response.status}`);
  const body = (await response.json()) as { csrfToken?: unknown };
  const fromCookie = readCsrfCookie();
  if (fromCookie) return fromCookie;
  if (typeof body.csrfToken === 'string') return body.csrfToken;
  throw new Error('GET /api/auth/csrf returned no token');
}
