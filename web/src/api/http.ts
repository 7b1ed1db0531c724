import { fetchCsrfToken, readCsrfCookie } from './csrf.ts';
import { ApiError, readProblem } from './problem.ts';
import { reportUnauthorized } from './unauthorized.ts';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

async function send(
  method: Method,
  path: string,
  body: unknown,
  csrfToken: string | null,
): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  try {
    return await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    throw new ApiError(0, {
      title: 'Network error',
      detail: cause instanceof Error ? cause.message : undefined,
    });
  }
}

/**
 * Calls one API route. State-changing methods carry the CSRF token; if the server rejects it
 * (expired or rotated cookie) we fetch a fresh one and retry once.
 */
export async function apiRequest<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const needsCsrf = method !== 'GET';
  let token = needsCsrf ? (readCsrfCookie() ?? (await fetchCsrfToken())) : null;
  let response = await send(method, path, body, token);
  if (needsCsrf && response.status === 403) {
    const problem = await readProblem(response.clone());
    if (new ApiError(403, problem).isCsrfFailure) {
      token = await fetchCsrfToken();
      response = await send(method, path, body, token);
    }
  }
  if (response.status === 401) reportUnauthorized();
  if (!response.ok) throw new ApiError(response.status, await readProblem(response));
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
