/**
 * The public answering routes (/api/respond/{token}): GET the definition (+ saved answers), PUT
 * partial answers, POST the submission with an Idempotency-Key. Unlike api/http.ts these calls
 * return the raw status and Retry-After instead of throwing, so the submit-once loop can decide
 * what to retry.
 */
import type {
  RespondSaveResult,
  RespondSubmitResult,
  RespondView,
  SurveyAnswers,
  SurveyLocale,
} from '../../../../src/services/contract-surveys.ts';
import { fetchCsrfToken, readCsrfCookie } from '../../api/csrf.ts';
import type { Problem } from '../../api/problem.ts';
import { type AttemptResult, type KeyValueStorage, parseRetryAfter } from './submitOnce.ts';

export type { RespondSaveResult, RespondSubmitResult, RespondView };

export const respondApiPath = (token: string) => `/api/respond/${encodeURIComponent(token)}`;

/** Open links: the server hands out a resume token on the first save; kept per link token. */
export const resumeStorageKey = (token: string) => `citybench.respond.${token}.resume`;

export function readResumeToken(storage: KeyValueStorage | null, token: string): string | null {
  try {
    return storage?.getItem(resumeStorageKey(token)) ?? null;
  } catch {
    return null;
  }
}

export function writeResumeToken(storage: KeyValueStorage | null, token: string, resume: string): void {
  try {
    storage?.setItem(resumeStorageKey(token), resume);
  } catch {
    // Without storage an open-link respondent resumes only within this page.
  }
}

export function clearResumeToken(storage: KeyValueStorage | null, token: string): void {
  try {
    storage?.removeItem(resumeStorageKey(token));
  } catch {
    // Nothing stored, nothing to clear.
  }
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => '');
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return { title: response.statusText } satisfies Problem;
  }
}

/** One request; never throws (status 0 when there was no HTTP answer). */
export async function respondRequest(
  method: 'GET' | 'PUT' | 'POST',
  token: string,
  options: { body?: unknown; resumeToken?: string | null; idempotencyKey?: string } = {},
): Promise<AttemptResult> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.resumeToken) headers['x-resume-token'] = options.resumeToken;
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  try {
    if (method !== 'GET') headers['x-csrf-token'] = readCsrfCookie() ?? (await fetchCsrfToken());
    const response = await fetch(respondApiPath(token), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    return {
      status: response.status,
      body: await readBody(response),
      retryAfter: parseRetryAfter(response.headers.get('retry-after')),
    };
  } catch (cause) {
    return { status: 0, body: { title: cause instanceof Error ? cause.message : String(cause) } };
  }
}

export const saveAnswers = (
  token: string,
  answers: SurveyAnswers,
  locale: SurveyLocale,
  resumeToken: string | null,
) => respondRequest('PUT', token, { body: { answers, locale }, resumeToken });

export const submitAnswers = (
  token: string,
  answers: SurveyAnswers,
  locale: SurveyLocale,
  idempotencyKey: string,
  resumeToken: string | null,
) => respondRequest('POST', token, { body: { answers, locale }, idempotencyKey, resumeToken });

/** Why a link cannot be answered (or a submission was refused), for a clear message. */
export type RespondRefusal =
  | 'notFound'
  | 'expired'
  | 'notOpen'
  | 'quotaFull'
  | 'alreadySubmitted'
  | 'rateLimited'
  | 'invalid'
  | 'other';

const problemText = (body: unknown) => {
  if (typeof body !== 'object' || body === null) return '';
  const problem = body as Problem;
  return `${problem.type ?? ''} ${problem.title ?? ''} ${problem.detail ?? ''}`.toLowerCase();
};

export function classifyRefusal(status: number, body: unknown): RespondRefusal {
  const text = problemText(body);
  if (status === 429) return 'rateLimited';
  if (status === 404) return 'notFound';
  if (/quota/.test(text)) return 'quotaFull';
  if (/already|submitted/.test(text)) return 'alreadySubmitted';
  if (status === 410 || /expired|revoked|inactive|deactivated/.test(text)) return 'expired';
  if (/closed|not open|draft/.test(text)) return 'notOpen';
  if (status === 400 || status === 422) return 'invalid';
  if (status === 409) return 'notOpen';
  return 'other';
}

/** Field messages of a 400 problem, flattened to "question: message". */
export function fieldMessages(body: unknown): string[] {
  if (typeof body !== 'object' || body === null) return [];
  const errors = (body as Problem).errors ?? {};
  return Object.entries(errors).flatMap(([field, messages]) =>
    messages.map((message) => (field === 'body' ? message : `${field}: ${message}`)),
  );
}
