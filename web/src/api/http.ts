import { fetchCsrfToken, readCsrfCookie } from './csrf.ts';
import { ApiError, readProblem } from './problem.ts';
import { reportUnauthorized } from './unauthorized.ts';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** A request body: its content type, and the bytes (made inside the fetch's try, like the fetch). */
interface Content {
  type: string;
  body: () => BodyInit | Promise<BodyInit>;
}

async function send(
  method: Method,
  path: string,
  content: Content | undefined,
  csrfToken: string | null,
): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (content) headers['content-type'] = content.type;
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  try {
    return await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: content ? await content.body() : undefined,
    });
  } catch (cause) {
    throw new ApiError(0, {
      title: 'Network error',
      detail: cause instanceof Error ? cause.message : undefined,
    });
  }
}

/**
 * Sends with the CSRF token; if the server rejects it (expired or rotated cookie) we fetch a
 * fresh one and retry once.
 */
async function sendWithCsrf(attempt: (csrfToken: string) => Promise<Response>): Promise<Response> {
  const response = await attempt(readCsrfCookie() ?? (await fetchCsrfToken()));
  if (response.status !== 403) return response;
  const problem = await readProblem(response.clone());
  return new ApiError(403, problem).isCsrfFailure ? attempt(await fetchCsrfToken()) : response;
}

async function readResponse<T>(response: Response): Promise<T> {
  if (response.status === 401) reportUnauthorized();
  if (!response.ok) throw new ApiError(response.status, await readProblem(response));
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** Calls one API route with an optional JSON body. State-changing methods carry the CSRF token. */
export async function apiRequest<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const content: Content | undefined =
    body === undefined ? undefined : { type: 'application/json', body: () => JSON.stringify(body) };
  const response =
    method === 'GET'
      ? await send(method, path, content, null)
      : await sendWithCsrf((token) => send(method, path, content, token));
  return readResponse<T>(response);
}

export const CSV_TYPE = 'text/csv';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The content type an upload is sent with, by the file name's extension; null for anything but .csv/.xlsx. */
export function uploadContentType(fileName: string): string | null {
  const lower = fileName.trim().toLowerCase();
  if (lower.endsWith('.csv')) return CSV_TYPE;
  if (lower.endsWith('.xlsx')) return XLSX_TYPE;
  return null;
}

/**
 * POSTs a .csv or .xlsx file's bytes as the request body (apiRequest only sends JSON), with the
 * same CSRF handling: one retry with a fresh token when the server rejects the old one.
 */
export async function uploadTable<T>(path: string, file: File): Promise<T> {
  const response = await sendWithCsrf((token) => {
    const type = uploadContentType(file.name);
    if (!type) throw new ApiError(0, { title: `${file.name}: only .csv and .xlsx files can be imported` });
    return send('POST', path, { type, body: () => file.arrayBuffer() }, token);
  });
  return readResponse<T>(response);
}
