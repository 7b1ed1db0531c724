/**
 * Survey definitions, distribution and public answering (docs/api-contract-surveys.md).
 * Management under /api/orgs/{slug}/surveys (session; role and organisation checks are in the
 * service); public answering under /api/respond/{token} (surveys-respond.ts).
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { InvitationListInput, SurveyCollectionServices } from '../../services/contract-surveys.ts';
import { ServiceError } from '../../services/errors.ts';
import type { AppEnv } from '../context.ts';
import {
  jsonBody,
  jsonResponse,
  problemResponses,
  sessionAndCsrfSecurity,
  sessionSecurity,
} from '../openapi-helpers.ts';
import { currentSession } from '../security/session.ts';
import type { ApiApp, RouteDeps } from './deps.ts';
import { registerSurveyRespondRoutes } from './surveys-respond.ts';
import {
  InvitationListSchema,
  InvitationsBodySchema,
  IssuedSchema,
  LinkParamSchema,
  LinkPatchSchema,
  NewLinkSchema,
  NewSurveySchema,
  OrgParamSchema,
  QuotasSchema,
  RemindBodySchema,
  RemindedSchema,
  StatsSchema,
  StatusBodySchema,
  SurveyDetailSchema,
  SurveyLinkSchema,
  SurveyListSchema,
  SurveyParamSchema,
  SurveyPatchSchema,
  SurveyVersionSchema,
  TemplateListSchema,
  VersionParamSchema,
} from './surveys-schemas.ts';

const ROOT = '/api/orgs/{slug}/surveys';
const BASE = `${ROOT}/{id}`;
const tags = ['Surveys'];
const read = sessionSecurity;
const write = sessionAndCsrfSecurity;

const templates = createRoute({
  method: 'get',
  path: `${ROOT}/templates`,
  tags,
  summary: 'The built-in survey templates (analyst+)',
  security: read,
  request: { params: OrgParamSchema },
  responses: { 200: jsonResponse(TemplateListSchema, 'Templates'), ...problemResponses(401, 403, 404) },
});

const list = createRoute({
  method: 'get',
  path: ROOT,
  tags,
  summary: "The organisation's surveys, newest first (analyst+)",
  security: read,
  request: { params: OrgParamSchema },
  responses: { 200: jsonResponse(SurveyListSchema, 'Surveys'), ...problemResponses(401, 403, 404) },
});

const create = createRoute({
  method: 'post',
  path: ROOT,
  tags,
  summary: 'Create a draft survey from a template or a SurveyJS definition (editor)',
  security: write,
  request: { params: OrgParamSchema, body: jsonBody(NewSurveySchema) },
  responses: {
    201: jsonResponse(SurveyDetailSchema, 'The new draft survey'),
    ...problemResponses(400, 401, 403, 404, 413),
  },
});

const get = createRoute({
  method: 'get',
  path: BASE,
  tags,
  summary: 'A survey with its versions, draft, published definition and open links (analyst+)',
  security: read,
  request: { params: SurveyParamSchema },
  responses: { 200: jsonResponse(SurveyDetailSchema, 'Survey'), ...problemResponses(401, 403, 404) },
});

const update = createRoute({
  method: 'patch',
  path: BASE,
  tags,
  summary:
    'Change title, kind or the draft definition; a published version is frozen, so a change starts a new draft (editor)',
  security: write,
  request: { params: SurveyParamSchema, body: jsonBody(SurveyPatchSchema) },
  responses: {
    200: jsonResponse(SurveyDetailSchema, 'The survey'),
    ...problemResponses(400, 401, 403, 404, 409, 413),
  },
});

const publish = createRoute({
  method: 'post',
  path: `${BASE}/publish`,
  tags,
  summary: 'Publish and freeze the draft version (editor)',
  security: write,
  request: { params: SurveyParamSchema },
  responses: {
    200: jsonResponse(SurveyDetailSchema, 'The survey'),
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

const status = createRoute({
  method: 'post',
  path: `${BASE}/status`,
  tags,
  summary: 'Open or close the survey for answers (editor)',
  security: write,
  request: { params: SurveyParamSchema, body: jsonBody(StatusBodySchema) },
  responses: {
    200: jsonResponse(SurveyDetailSchema, 'The survey'),
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

const quotas = createRoute({
  method: 'put',
  path: `${BASE}/quotas`,
  tags,
  summary: 'Set the quotas: total and per respondent group (editor)',
  security: write,
  request: { params: SurveyParamSchema, body: jsonBody(QuotasSchema) },
  responses: { 200: jsonResponse(SurveyDetailSchema, 'The survey'), ...problemResponses(400, 401, 403, 404) },
});

const version = createRoute({
  method: 'get',
  path: `${BASE}/versions/{version}`,
  tags,
  summary: 'One version of the definition (analyst+)',
  security: read,
  request: { params: VersionParamSchema },
  responses: { 200: jsonResponse(SurveyVersionSchema, 'Version'), ...problemResponses(400, 401, 403, 404) },
});

const invite = createRoute({
  method: 'post',
  path: `${BASE}/invitations`,
  tags,
  summary:
    'Add invitations from JSON or CSV (name,email,group,locale); returns the single-use tokens once (editor)',
  security: write,
  request: {
    params: SurveyParamSchema,
    // Not `required`: the JSON validator then runs only for application/json, and CSV passes to the handler.
    body: {
      required: false,
      description: 'JSON { invitations: [...] } or CSV text with header name,email,group,locale',
      content: {
        'application/json': { schema: InvitationsBodySchema },
        'text/csv': {
          schema: z.string().openapi({ example: 'name,email,group,locale\nKim,kim@example.kr,experts,ko' }),
        },
      },
    },
  },
  responses: {
    201: jsonResponse(IssuedSchema, 'The invitations with their tokens'),
    ...problemResponses(400, 401, 403, 404, 409, 413),
  },
});

const invitations = createRoute({
  method: 'get',
  path: `${BASE}/invitations`,
  tags,
  summary: 'The invitations and whether each has answered (analyst+)',
  security: read,
  request: { params: SurveyParamSchema },
  responses: { 200: jsonResponse(InvitationListSchema, 'Invitations'), ...problemResponses(401, 403, 404) },
});

const reminders = createRoute({
  method: 'get',
  path: `${BASE}/reminders`,
  tags,
  summary: 'Who has not answered yet (analyst+)',
  security: read,
  request: { params: SurveyParamSchema },
  responses: {
    200: jsonResponse(InvitationListSchema, 'Pending invitations'),
    ...problemResponses(401, 403, 404),
  },
});

const remind = createRoute({
  method: 'post',
  path: `${BASE}/reminders`,
  tags,
  summary: 'Record that reminders went out (to the given ids, or to everyone pending) (editor)',
  security: write,
  request: { params: SurveyParamSchema, body: jsonBody(RemindBodySchema) },
  responses: {
    200: jsonResponse(RemindedSchema, 'How many were reminded'),
    ...problemResponses(400, 401, 403, 404),
  },
});

const remindersExport = createRoute({
  method: 'get',
  path: `${BASE}/reminders/export`,
  tags,
  summary: 'Who has not answered yet, as CSV (analyst+)',
  security: read,
  request: { params: SurveyParamSchema },
  responses: {
    200: { description: 'CSV (UTF-8 with BOM)', content: { 'text/csv': { schema: z.string() } } },
    ...problemResponses(401, 403, 404),
  },
});

const createLink = createRoute({
  method: 'post',
  path: `${BASE}/links`,
  tags,
  summary: 'Create an open link (rate-limited per client, optional quota) (editor)',
  security: write,
  request: { params: SurveyParamSchema, body: jsonBody(NewLinkSchema) },
  responses: { 201: jsonResponse(SurveyLinkSchema, 'The link'), ...problemResponses(400, 401, 403, 404) },
});

const updateLink = createRoute({
  method: 'patch',
  path: `${BASE}/links/{linkId}`,
  tags,
  summary: 'Change or deactivate an open link (editor)',
  security: write,
  request: { params: LinkParamSchema, body: jsonBody(LinkPatchSchema) },
  responses: { 200: jsonResponse(SurveyLinkSchema, 'The link'), ...problemResponses(400, 401, 403, 404) },
});

const stats = createRoute({
  method: 'get',
  path: `${BASE}/stats`,
  tags,
  summary: 'Live figures: invited, started, submitted and response rate by group (analyst+)',
  security: read,
  request: { params: SurveyParamSchema },
  responses: { 200: jsonResponse(StatsSchema, 'Figures'), ...problemResponses(401, 403, 404) },
});

async function invitationList(c: Context<AppEnv>): Promise<InvitationListInput> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type === 'text/csv') return { format: 'csv', text: await c.req.text() };
  if (type === 'application/json') {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new ServiceError('invalid', 'the body is not valid JSON', { body: ['not valid JSON'] });
    }
    const parsed = InvitationsBodySchema.safeParse(body);
    if (!parsed.success) {
      const fields: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path.length > 0 ? issue.path.map(String).join('.') : 'body';
        fields[key] = [...(fields[key] ?? []), issue.message];
      }
      throw new ServiceError('invalid', 'the invitation list is not valid', fields);
    }
    return { format: 'json', invitations: parsed.data.invitations };
  }
  throw new ServiceError('invalid', 'send application/json or text/csv', {
    body: ['content-type must be application/json or text/csv'],
  });
}

function registerManagementRoutes(app: ApiApp, surveys: SurveyCollectionServices): void {
  const actor = (c: Context<AppEnv>) => currentSession(c.get('session')).actor;

  app.openapi(templates, async (c) => {
    const items = await surveys.surveyTemplates(actor(c), c.req.valid('param').slug);
    return c.json(TemplateListSchema.parse({ items }), 200);
  });

  app.openapi(list, async (c) => {
    const items = await surveys.listSurveys(actor(c), c.req.valid('param').slug);
    return c.json(SurveyListSchema.parse({ items }), 200);
  });

  app.openapi(create, async (c) => {
    const detail = await surveys.createSurvey(actor(c), c.req.valid('param').slug, c.req.valid('json'));
    return c.json(SurveyDetailSchema.parse(detail), 201);
  });

  app.openapi(get, async (c) => {
    const { slug, id } = c.req.valid('param');
    return c.json(SurveyDetailSchema.parse(await surveys.getSurvey(actor(c), slug, id)), 200);
  });

  app.openapi(update, async (c) => {
    const { slug, id } = c.req.valid('param');
    const body = c.req.valid('json');
    const detail = await surveys.updateSurvey(actor(c), slug, id, {
      ...(body.title !== undefined ? { title: body.title } : {}),
      ...(body.kind !== undefined ? { kind: body.kind } : {}),
      ...(body.definition !== undefined ? { definition: body.definition } : {}),
    });
    return c.json(SurveyDetailSchema.parse(detail), 200);
  });

  app.openapi(publish, async (c) => {
    const { slug, id } = c.req.valid('param');
    return c.json(SurveyDetailSchema.parse(await surveys.publishSurvey(actor(c), slug, id)), 200);
  });

  app.openapi(status, async (c) => {
    const { slug, id } = c.req.valid('param');
    const detail = await surveys.setSurveyStatus(actor(c), slug, id, c.req.valid('json').status);
    return c.json(SurveyDetailSchema.parse(detail), 200);
  });

  app.openapi(quotas, async (c) => {
    const { slug, id } = c.req.valid('param');
    return c.json(
      SurveyDetailSchema.parse(await surveys.setSurveyQuotas(actor(c), slug, id, c.req.valid('json'))),
      200,
    );
  });

  app.openapi(version, async (c) => {
    const { slug, id, version: number } = c.req.valid('param');
    return c.json(SurveyVersionSchema.parse(await surveys.surveyVersion(actor(c), slug, id, number)), 200);
  });

  app.openapi(invite, async (c) => {
    const { slug, id } = c.req.valid('param');
    const caller = actor(c);
    const result = await surveys.addInvitations(caller, slug, id, await invitationList(c));
    return c.json(IssuedSchema.parse(result), 201);
  });

  app.openapi(invitations, async (c) => {
    const { slug, id } = c.req.valid('param');
    return c.json(
      InvitationListSchema.parse({ items: await surveys.listInvitations(actor(c), slug, id) }),
      200,
    );
  });

  app.openapi(reminders, async (c) => {
    const { slug, id } = c.req.valid('param');
    return c.json(
      InvitationListSchema.parse({ items: await surveys.pendingInvitations(actor(c), slug, id) }),
      200,
    );
  });

  app.openapi(remind, async (c) => {
    const { slug, id } = c.req.valid('param');
    const result = await surveys.markReminded(actor(c), slug, id, c.req.valid('json').ids);
    return c.json(RemindedSchema.parse(result), 200);
  });

  app.openapi(remindersExport, async (c) => {
    const { slug, id } = c.req.valid('param');
    const file = await surveys.exportReminders(actor(c), slug, id);
    return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${file.filename}"`,
    }) as never;
  });

  app.openapi(createLink, async (c) => {
    const { slug, id } = c.req.valid('param');
    const body = c.req.valid('json');
    const link = await surveys.createLink(actor(c), slug, id, {
      ...(body.label !== undefined ? { label: body.label } : {}),
      ...(body.group !== undefined ? { group: body.group } : {}),
      ...(body.ratePerMinute !== undefined ? { ratePerMinute: body.ratePerMinute } : {}),
      ...(body.quota !== undefined ? { quota: body.quota } : {}),
    });
    return c.json(SurveyLinkSchema.parse(link), 201);
  });

  app.openapi(updateLink, async (c) => {
    const { slug, id, linkId } = c.req.valid('param');
    const body = c.req.valid('json');
    const link = await surveys.updateLink(actor(c), slug, id, linkId, {
      ...(body.label !== undefined ? { label: body.label } : {}),
      ...(body.ratePerMinute !== undefined ? { ratePerMinute: body.ratePerMinute } : {}),
      ...(body.quota !== undefined ? { quota: body.quota } : {}),
      ...(body.active !== undefined ? { active: body.active } : {}),
    });
    return c.json(SurveyLinkSchema.parse(link), 200);
  });

  app.openapi(stats, async (c) => {
    const { slug, id } = c.req.valid('param');
    return c.json(StatsSchema.parse(await surveys.surveyStats(actor(c), slug, id)), 200);
  });
}

export function registerSurveyCollectionRoutes(app: ApiApp, deps: RouteDeps): void {
  registerManagementRoutes(app, deps.services.surveys);
  registerSurveyRespondRoutes(app, deps);
}
