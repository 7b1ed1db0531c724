/** Shared pieces of route declarations, so every route documents its errors the same way. */

import { PROBLEM_CONTENT_TYPE } from './problem.ts';
import { ProblemSchema } from './schemas.ts';

export const SESSION_SCHEME = 'sessionCookie';
export const CSRF_SCHEME = 'csrfHeader';

export const sessionSecurity = [{ [SESSION_SCHEME]: [] }];
export const sessionAndCsrfSecurity = [{ [SESSION_SCHEME]: [], [CSRF_SCHEME]: [] }];
export const csrfSecurity = [{ [CSRF_SCHEME]: [] }];

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid request: malformed JSON, unknown field or a value of the wrong type',
  401: 'No valid session, or bad credentials',
  403: 'The role does not allow this, or the CSRF or origin check failed',
  404: 'Not found (or belongs to another organisation)',
  409: 'Conflicts with existing data',
  413: 'Body over 1 MiB',
  503: 'The database is unreachable',
};

/** `responses` entries for the given problem statuses. */
export function problemResponses<const S extends number>(...statuses: S[]) {
  const entries = statuses.map((status) => [
    status,
    {
      description: PROBLEM_DESCRIPTIONS[status] ?? 'Problem',
      content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } },
    },
  ]);
  return Object.fromEntries(entries) as Record<
    S,
    { description: string; content: { [PROBLEM_CONTENT_TYPE]: { schema: typeof ProblemSchema } } }
  >;
}

export function jsonBody<T>(schema: T, description?: string) {
  return {
    required: true,
    ...(description ? { description } : {}),
    content: { 'application/json': { schema } },
  };
}

export function jsonResponse<T>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}
