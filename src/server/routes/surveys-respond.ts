/**
 * Public answering under /api/respond/{token}: no session; CSRF still applies to PUT and POST
 * (the page calls GET /api/auth/csrf first). Open-link tokens are rate-limited per client IP and
 * link (token bucket, 429 with Retry-After). POST stores the response once per Idempotency-Key:
 * 201 when this request stored it (after the commit), 200 when a retry finds it stored.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { RespondAdmit, RespondMeta } from '../../services/contract-surveys.ts';
import type { AppEnv } from '../context.ts';
import { csrfSecurity, jsonBody, jsonResponse, problemResponses } from '../openapi-helpers.ts';
import { PROBLEM_CONTENT_TYPE } from '../problem.ts';
import { ProblemSchema } from '../schemas.ts';
import { RateLimitedError, rateLimitedResponse, TokenBucketLimiter } from '../security/rate-limit.ts';
import type { ApiApp, RouteDeps } from './deps.ts';
import {
  RespondHeadersSchema,
  RespondViewSchema,
  SaveBodySchema,
  SavedSchema,
  SubmitHeadersSchema,
  SubmittedSchema,
  TokenParamSchema,
} from './surveys-schemas.ts';

const PATH = '/api/respond/{token}';
const tags = ['Survey answering'];
const rateLimited = {
  429: {
    description: 'Too many requests from this address for this open link (see Retry-After)',
    content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } },
  },
};

const getRoute = createRoute({
  method: 'get',
  path: PATH,
  tags,
  summary: 'The published survey for this link, with the saved answers when resuming (public)',
  request: { params: TokenParamSchema, headers: RespondHeadersSchema },
  responses: {
    200: jsonResponse(RespondViewSchema, 'Definition and saved response'),
    ...problemResponses(404, 409),
    ...rateLimited,
  },
});

const saveRoute = createRoute({
  method: 'put',
  path: PATH,
  tags,
  summary: 'Save partial answers to resume later (public; open links return a resume token)',
  security: csrfSecurity,
  request: { params: TokenParamSchema, headers: RespondHeadersSchema, body: jsonBody(SaveBodySchema) },
  responses: {
    200: jsonResponse(SavedSchema, 'Saved'),
    ...problemResponses(400, 403, 404, 409, 413),
    ...rateLimited,
  },
});

const submitRoute = createRoute({
  method: 'post',
  path: PATH,
  tags,
  summary:
    'Submit the response once (public). Send Idempotency-Key; 201 when stored by this request, 200 with the same body for a retry of a stored submit',
  security: csrfSecurity,
  request: { params: TokenParamSchema, headers: SubmitHeadersSchema, body: jsonBody(SaveBodySchema) },
  responses: {
    201: jsonResponse(
      SubmittedSchema,
      'Stored (a retry with the same Idempotency-Key answers 200, same body)',
    ),
    ...problemResponses(400, 403, 404, 409, 413),
    ...rateLimited,
  },
});

/** Best effort: there is no socket when the app is called in-process (tests, app.request). */
function clientIp(c: Context<AppEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export function registerSurveyRespondRoutes(app: ApiApp, deps: RouteDeps): void {
  const surveys = deps.services.surveys;
  const limiter = new TokenBucketLimiter(() => deps.now().getTime());

  const meta = (c: Context<AppEnv>, resumeToken: string | undefined): RespondMeta => {
    const ip = clientIp(c);
    const admit: RespondAdmit = (link) => {
      const admission = limiter.take(`${ip}\u0000${link.id}`, link.ratePerMinute);
      if (!admission.ok) throw new RateLimitedError(admission.retryAfterSeconds);
    };
    return { resumeToken: resumeToken ?? null, admit };
  };

  app.openapi(getRoute, async (c) => {
    try {
      const { token } = c.req.valid('param');
      const view = await surveys.respondGet(token, meta(c, c.req.valid('header')['x-resume-token']));
      c.header('cache-control', 'no-store');
      return c.json(RespondViewSchema.parse(view), 200);
    } catch (err) {
      if (err instanceof RateLimitedError) return rateLimitedResponse(c, err) as never;
      throw err;
    }
  });

  app.openapi(saveRoute, async (c) => {
    try {
      const { token } = c.req.valid('param');
      const body = c.req.valid('json');
      const saved = await surveys.respondSave(
        token,
        { answers: body.answers, ...(body.locale ? { locale: body.locale } : {}) },
        meta(c, c.req.valid('header')['x-resume-token']),
      );
      return c.json(SavedSchema.parse(saved), 200);
    } catch (err) {
      if (err instanceof RateLimitedError) return rateLimitedResponse(c, err) as never;
      throw err;
    }
  });

  app.openapi(submitRoute, async (c) => {
    try {
      const { token } = c.req.valid('param');
      const body = c.req.valid('json');
      const headers = c.req.valid('header');
      const result = await surveys.respondSubmit(
        token,
        {
          answers: body.answers,
          idempotencyKey: headers['idempotency-key'],
          ...(body.locale ? { locale: body.locale } : {}),
        },
        meta(c, headers['x-resume-token']),
      );
      // 201 only for the request that stored it; its transaction has committed by now.
      if (!result.created) return c.json(SubmittedSchema.parse(result), 200) as never;
      return c.json(SubmittedSchema.parse(result), 201);
    } catch (err) {
      if (err instanceof RateLimitedError) return rateLimitedResponse(c, err) as never;
      throw err;
    }
  });
}
