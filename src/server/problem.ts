/**
 * The one mapping from failures to `application/problem+json` (RFC 9457):
 * `{ type, title, status, detail, instance, requestId, errors? }`.
 * Routes throw (ServiceError, HTTPException) and the app's onError / defaultHook land here.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import { ServiceError, type ServiceErrorKind } from '../services/errors.ts';
import type { AppEnv } from './context.ts';
import { errorFields, type Logger } from './logger.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json' as const;

/** Problem types are relative URIs; the last segment is the stable machine-readable code. */
const PROBLEM_TYPE_BASE = '/problems/';

export type FieldErrors = Record<string, string[]>;

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  requestId: string;
  errors?: FieldErrors;
}

interface ProblemSpec {
  status: ContentfulStatusCode;
  code: string;
  title: string;
  detail: string;
  errors?: FieldErrors;
}

const SERVICE_ERROR_STATUS: Record<ServiceErrorKind, { status: ContentfulStatusCode; title: string }> = {
  invalid: { status: 400, title: 'Invalid request' },
  unauthorized: { status: 401, title: 'Unauthorized' },
  forbidden: { status: 403, title: 'Forbidden' },
  not_found: { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'Conflict' },
  unavailable: { status: 503, title: 'Service unavailable' },
};

/** Raised by middleware for refusals that are not a service's decision (CSRF, origin, size). */
export class ProblemError extends Error {
  readonly spec: ProblemSpec;
  constructor(spec: ProblemSpec) {
    super(spec.detail);
    this.name = 'ProblemError';
    this.spec = spec;
  }
}

export function problemResponse(c: Context<AppEnv>, spec: ProblemSpec): Response {
  const problem: Problem = {
    type: `${PROBLEM_TYPE_BASE}${spec.code}`,
    title: spec.title,
    status: spec.status,
    detail: spec.detail,
    instance: c.req.path,
    requestId: c.get('requestId'),
    ...(spec.errors ? { errors: spec.errors } : {}),
  };
  return c.newResponse(JSON.stringify(problem), spec.status, {
    'content-type': PROBLEM_CONTENT_TYPE,
  });
}

/** Field path for a zod issue; issues about the whole value are reported under the target name. */
function fieldPath(path: readonly PropertyKey[], target: string): string {
  return path.length === 0 ? target : path.map(String).join('.');
}

export function zodFieldErrors(error: ZodError, target: string): FieldErrors {
  const errors: FieldErrors = {};
  const add = (field: string, message: string) => {
    errors[field] = [...(errors[field] ?? []), message];
  };
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      // Strict schemas: name each unknown field rather than the object that holds it.
      for (const key of issue.keys) add(fieldPath([...issue.path, key], target), 'Unknown field');
    } else {
      add(fieldPath(issue.path, target), issue.message);
    }
  }
  return errors;
}

/** Names the validation targets the way a client thinks of them. */
const TARGET_NAMES: Record<string, string> = { json: 'body', param: 'path', query: 'query' };

/** `defaultHook` of OpenAPIHono: request validation failures become 400 problems with `errors`. */
export function validationHook(
  result:
    | { target: string; success: true; data: unknown }
    | { target: string; success: false; error: ZodError },
  c: Context<AppEnv>,
): Response | undefined {
  if (result.success) return undefined;
  const target = TARGET_NAMES[result.target] ?? result.target;
  return problemResponse(c, {
    status: 400,
    code: 'validation',
    title: 'Invalid request',
    detail: `The request ${target} is not valid.`,
    errors: zodFieldErrors(result.error, target),
  });
}

function specForServiceError(error: ServiceError): ProblemSpec {
  const { status, title } = SERVICE_ERROR_STATUS[error.kind];
  // 503 detail is fixed: the service's message may describe infrastructure.
  const detail =
    error.kind === 'unavailable' ? 'A required backend is unavailable; try again later.' : error.message;
  return {
    status,
    code: error.kind.replace('_', '-'),
    title,
    detail,
    ...(error.fields ? { errors: error.fields } : {}),
  };
}

function specForHttpException(error: HTTPException): ProblemSpec | null {
  switch (error.status) {
    case 400:
      // Raised by Hono's validator when the body is not parseable JSON.
      return {
        status: 400,
        code: 'malformed-body',
        title: 'Malformed request body',
        detail: error.message,
        errors: { body: [error.message] },
      };
    case 413:
      return payloadTooLarge();
    case 415:
      return {
        status: 415,
        code: 'unsupported-media-type',
        title: 'Unsupported media type',
        detail: 'Send the body as application/json.',
      };
    default:
      return null;
  }
}

export function payloadTooLarge(): ProblemSpec {
  return {
    status: 413,
    code: 'payload-too-large',
    title: 'Payload too large',
    detail: 'The request body exceeds 1 MiB.',
  };
}

function internalError(): ProblemSpec {
  return {
    status: 500,
    code: 'internal',
    title: 'Internal server error',
    detail: 'Something went wrong on our side. Quote the requestId when reporting it.',
  };
}

/** onError of the app: expected refusals map to their status, everything else to an opaque 500. */
export function createErrorHandler(logger: Logger) {
  return (error: Error, c: Context<AppEnv>): Response => {
    const requestId = c.get('requestId');
    if (error instanceof ProblemError) return problemResponse(c, error.spec);
    if (error instanceof ServiceError) {
      if (error.kind === 'unavailable')
        logger.error('service unavailable', { requestId, ...errorFields(error) });
      return problemResponse(c, specForServiceError(error));
    }
    if (error instanceof HTTPException) {
      const spec = specForHttpException(error);
      if (spec) return problemResponse(c, spec);
    }
    logger.error('unhandled error', { requestId, ...errorFields(error) });
    return problemResponse(c, internalError());
  };
}

export function notFoundProblem(c: Context<AppEnv>): Response {
  return problemResponse(c, {
    status: 404,
    code: 'not-found',
    title: 'Not found',
    detail: `No API route matches ${c.req.method} ${c.req.path}.`,
  });
}
