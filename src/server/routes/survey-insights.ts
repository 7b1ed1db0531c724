/**
 * Survey analytics, exports, the printable summary, into the index, and the innovation-capacity
 * profile (docs/api-contract-survey-insights.md). Role and organisation checks are in the service.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { BenchmarkCaller } from '../../services/contract.ts';
import {
  jsonBody,
  jsonResponse,
  problemResponses,
  sessionAndCsrfSecurity,
  sessionSecurity,
} from '../openapi-helpers.ts';
import { currentSession } from '../security/session.ts';
import type { ApiApp, RouteDeps } from './deps.ts';
import {
  CrossTabQuerySchema,
  ExportQuerySchema,
  InnovationProfileSchema,
  IntoIndexBodySchema,
  IntoIndexPreviewSchema,
  IntoIndexResultSchema,
  LangQuerySchema,
  OrgParamSchema,
  PreviewQuerySchema,
  SurveyAnalyticsSchema,
  SurveyCrossTabSchema,
  SurveyFreeTextSchema,
  SurveyParamSchema,
  XLSX_TYPE,
} from './survey-insights-schemas.ts';

const BASE = '/api/orgs/{slug}/surveys/{id}';
const tags = ['Survey insights'];

const analytics = createRoute({
  method: 'get',
  path: `${BASE}/analytics`,
  tags,
  summary: 'Distributions per question of the submitted responses (analyst+)',
  security: sessionSecurity,
  request: { params: SurveyParamSchema, query: LangQuerySchema },
  responses: {
    200: jsonResponse(SurveyAnalyticsSchema, 'Analytics'),
    ...problemResponses(400, 401, 403, 404),
  },
});

const crosstab = createRoute({
  method: 'get',
  path: `${BASE}/analytics/crosstab`,
  tags,
  summary: 'Cross-tab of one question by respondent group or by another question (analyst+)',
  security: sessionSecurity,
  request: { params: SurveyParamSchema, query: CrossTabQuerySchema },
  responses: {
    200: jsonResponse(SurveyCrossTabSchema, 'Cross-tab'),
    ...problemResponses(400, 401, 403, 404),
  },
});

const freeText = createRoute({
  method: 'get',
  path: `${BASE}/analytics/free-text`,
  tags,
  summary: 'Every free-text answer, newest first (analyst+)',
  security: sessionSecurity,
  request: { params: SurveyParamSchema, query: LangQuerySchema },
  responses: {
    200: jsonResponse(SurveyFreeTextSchema, 'Free-text answers'),
    ...problemResponses(400, 401, 403, 404),
  },
});

const exportRoute = createRoute({
  method: 'get',
  path: `${BASE}/export`,
  tags,
  summary: 'Download the submitted responses as CSV or XLSX, labels in ko or en (analyst+)',
  security: sessionSecurity,
  request: { params: SurveyParamSchema, query: ExportQuerySchema },
  responses: {
    200: {
      description: 'One row per submitted response',
      content: {
        'text/csv': { schema: z.string() },
        [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) },
      },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

const summary = createRoute({
  method: 'get',
  path: `${BASE}/summary`,
  tags,
  summary: 'Print-ready HTML summary, no external assets (analyst+)',
  security: sessionSecurity,
  request: { params: SurveyParamSchema, query: LangQuerySchema },
  responses: {
    200: { description: 'Self-contained HTML document', content: { 'text/html': { schema: z.string() } } },
    ...problemResponses(400, 401, 403, 404),
  },
});

const preview = createRoute({
  method: 'get',
  path: `${BASE}/into-index/preview`,
  tags,
  summary:
    "What the expert-assessment responses would become in an edition, with the model's rules (analyst+)",
  security: sessionSecurity,
  request: { params: SurveyParamSchema, query: PreviewQuerySchema },
  responses: {
    200: jsonResponse(IntoIndexPreviewSchema, 'Preview'),
    ...problemResponses(400, 401, 403, 404),
  },
});

const intoIndex = createRoute({
  method: 'post',
  path: `${BASE}/into-index`,
  tags,
  summary: "Replace a draft edition's assessments with the closed survey's responses (editor)",
  security: sessionAndCsrfSecurity,
  request: { params: SurveyParamSchema, body: jsonBody(IntoIndexBodySchema) },
  responses: {
    200: jsonResponse(IntoIndexResultSchema, 'Stored'),
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

const profile = createRoute({
  method: 'get',
  path: '/api/orgs/{slug}/innovation-profile',
  tags,
  summary: "The organisation's city innovation-capacity profile beside its peer pools",
  security: [{}, ...sessionSecurity],
  request: { params: OrgParamSchema },
  responses: {
    200: jsonResponse(InnovationProfileSchema, 'Profile'),
    ...problemResponses(400, 404),
  },
});

const callerOf = (session: { actor: BenchmarkCaller } | null): BenchmarkCaller => session?.actor ?? null;

export function registerSurveyInsightRoutes(app: ApiApp, { services }: RouteDeps): void {
  const surveys = services.surveys;

  app.openapi(analytics, async (c) => {
    const { slug, id } = c.req.valid('param');
    const result = await surveys.surveyAnalytics(
      callerOf(c.get('session')),
      slug,
      id,
      c.req.valid('query').lang,
    );
    return c.json(SurveyAnalyticsSchema.parse(result), 200);
  });

  app.openapi(crosstab, async (c) => {
    const { slug, id } = c.req.valid('param');
    const result = await surveys.surveyCrossTab(callerOf(c.get('session')), slug, id, c.req.valid('query'));
    return c.json(SurveyCrossTabSchema.parse(result), 200);
  });

  app.openapi(freeText, async (c) => {
    const { slug, id } = c.req.valid('param');
    const result = await surveys.surveyFreeText(
      callerOf(c.get('session')),
      slug,
      id,
      c.req.valid('query').lang,
    );
    return c.json(SurveyFreeTextSchema.parse(result), 200);
  });

  app.openapi(exportRoute, async (c) => {
    const { slug, id } = c.req.valid('param');
    const { format, lang } = c.req.valid('query');
    const file = await surveys.exportSurveyResponses(callerOf(c.get('session')), slug, id, format, lang);
    return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${file.filename}"`,
    }) as never;
  });

  app.openapi(summary, async (c) => {
    const { slug, id } = c.req.valid('param');
    const html = await surveys.surveySummaryHtml(
      callerOf(c.get('session')),
      slug,
      id,
      c.req.valid('query').lang,
    );
    return c.html(html, 200) as never;
  });

  app.openapi(preview, async (c) => {
    const { slug, id } = c.req.valid('param');
    const result = await surveys.intoIndexPreview(
      callerOf(c.get('session')),
      slug,
      id,
      c.req.valid('query').edition,
    );
    return c.json(IntoIndexPreviewSchema.parse(result), 200);
  });

  app.openapi(intoIndex, async (c) => {
    const { actor } = currentSession(c.get('session'));
    const { slug, id } = c.req.valid('param');
    const body = c.req.valid('json');
    const result = await surveys.intoIndex(actor, slug, id, {
      edition: body.edition,
      ...(body.factorValuesFrom !== undefined ? { factorValuesFrom: body.factorValuesFrom } : {}),
    });
    return c.json(IntoIndexResultSchema.parse(result), 200);
  });

  app.openapi(profile, async (c) => {
    const result = await surveys.innovationProfile(callerOf(c.get('session')), c.req.valid('param').slug);
    return c.json(InnovationProfileSchema.parse(result), 200);
  });
}
