/** Route declarations shared by the plan-tracking route files: one shape for reads, writes and deletes. */
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ZodObject, ZodType } from 'zod';
import type { AppEnv } from '../context.ts';
import {
  jsonBody,
  jsonResponse,
  problemResponses,
  sessionAndCsrfSecurity,
  sessionSecurity,
} from '../openapi-helpers.ts';
import { currentSession } from '../security/session.ts';

export const TRACKING_BASE = '/api/orgs/{slug}/plans/{planId}';
const tags = ['Plan tracking'];

/** The signed-in actor (plans are members-only: no session is 401). */
export const actorOf = (c: Context<AppEnv>) => currentSession(c.get('session')).actor;

/** GET with path parameters, answering 200 with `schema`. */
export function readRoute<P extends ZodObject, S extends ZodType>(
  path: string,
  summary: string,
  params: P,
  schema: S,
) {
  return createRoute({
    method: 'get',
    path: `${TRACKING_BASE}${path}`,
    tags,
    summary,
    security: sessionSecurity,
    request: { params },
    responses: {
      200: jsonResponse(schema, summary),
      ...problemResponses(400, 401, 404),
    },
  });
}

/** GET with path parameters and a query, answering 200 with `schema`. */
export function queryRoute<P extends ZodObject, Q extends ZodObject, S extends ZodType>(
  path: string,
  summary: string,
  params: P,
  query: Q,
  schema: S,
) {
  return createRoute({
    method: 'get',
    path: `${TRACKING_BASE}${path}`,
    tags,
    summary,
    security: sessionSecurity,
    request: { params, query },
    responses: {
      200: jsonResponse(schema, summary),
      ...problemResponses(400, 401, 404),
    },
  });
}

/** POST/PUT with a JSON body, answering `status` with `schema` (editor or admin). */
export function writeRoute<P extends ZodObject, B extends ZodType, S extends ZodType, C extends 200 | 201>(
  method: 'post' | 'put',
  path: string,
  summary: string,
  params: P,
  body: B,
  schema: S,
  status: C,
) {
  return createRoute({
    method,
    path: `${TRACKING_BASE}${path}`,
    tags,
    summary,
    security: sessionAndCsrfSecurity,
    request: { params, body: jsonBody(body) },
    responses: {
      [status]: jsonResponse(schema, summary),
      ...problemResponses(400, 401, 403, 404, 409, 413),
    } as { [K in C]: ReturnType<typeof jsonResponse<S>> } & ReturnType<
      typeof problemResponses<400 | 401 | 403 | 404 | 409 | 413>
    >,
  });
}

/** POST without a body (an action), answering 200 with `schema` (editor or admin). */
export function actionRoute<P extends ZodObject, S extends ZodType>(
  path: string,
  summary: string,
  params: P,
  schema: S,
) {
  return createRoute({
    method: 'post',
    path: `${TRACKING_BASE}${path}`,
    tags,
    summary,
    security: sessionAndCsrfSecurity,
    request: { params },
    responses: {
      200: jsonResponse(schema, summary),
      ...problemResponses(400, 401, 403, 404, 409),
    },
  });
}

/** DELETE answering 204 (or 200 with `schema` when the answer is the updated parent). */
export function deleteRoute<P extends ZodObject>(path: string, summary: string, params: P) {
  return createRoute({
    method: 'delete',
    path: `${TRACKING_BASE}${path}`,
    tags,
    summary,
    security: sessionAndCsrfSecurity,
    request: { params },
    responses: {
      204: { description: 'Deleted' },
      ...problemResponses(400, 401, 403, 404),
    },
  });
}

export function deleteReturningRoute<P extends ZodObject, S extends ZodType>(
  path: string,
  summary: string,
  params: P,
  schema: S,
) {
  return createRoute({
    method: 'delete',
    path: `${TRACKING_BASE}${path}`,
    tags,
    summary,
    security: sessionAndCsrfSecurity,
    request: { params },
    responses: {
      200: jsonResponse(schema, summary),
      ...problemResponses(400, 401, 403, 404),
    },
  });
}
