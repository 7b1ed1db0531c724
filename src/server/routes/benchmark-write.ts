/** Write routes of the benchmark API: create a draft, import factor values and assessments, build, publish. */
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { BenchmarkServices, UploadedTable } from '../../services/contract.ts';
import { ServiceError } from '../../services/errors.ts';
import type { AppEnv } from '../context.ts';
import { jsonBody, jsonResponse, problemResponses, sessionAndCsrfSecurity } from '../openapi-helpers.ts';
import { currentSession } from '../security/session.ts';
import {
  EditionDetailSchema,
  EditionParamSchema,
  EditionSummarySchema,
  ImportedSchema,
  NewEditionSchema,
  SlugParamSchema,
  uploadBody,
  XLSX_TYPE,
} from './benchmark-schemas.ts';
import type { ApiApp } from './deps.ts';

const BASE = '/api/orgs/{slug}/benchmark';
const tags = ['Benchmark'];
const security = sessionAndCsrfSecurity;

const create = createRoute({
  method: 'post',
  path: `${BASE}/editions`,
  tags,
  summary: 'Create a draft edition (editor)',
  security,
  request: { params: SlugParamSchema, body: jsonBody(NewEditionSchema) },
  responses: {
    201: jsonResponse(EditionSummarySchema, 'The new draft'),
    ...problemResponses(400, 401, 403, 404, 409, 413),
  },
});

const importRoute = (what: string, columns: string) =>
  createRoute({
    method: 'post',
    path: `${BASE}/editions/{number}/${what}`,
    tags,
    summary: `Replace the ${what.replace('-', ' ')} of a draft from CSV or XLSX (editor); all rows or none`,
    security,
    request: { params: EditionParamSchema, body: uploadBody(columns) },
    responses: {
      200: jsonResponse(ImportedSchema, 'Rows imported'),
      ...problemResponses(400, 401, 403, 404, 409, 413),
    },
  });

const importFactorValues = importRoute('factor-values', 'city, factor, value');
const importAssessments = importRoute(
  'assessments',
  'respondent, home_city, region, sector, city, dimension, rating, date',
);

const build = createRoute({
  method: 'post',
  path: `${BASE}/editions/{number}/build`,
  tags,
  summary: 'Recompute and store the results of a draft (editor)',
  security,
  request: { params: EditionParamSchema },
  responses: {
    200: jsonResponse(EditionDetailSchema, 'Edition and new results'),
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

const publish = createRoute({
  method: 'post',
  path: `${BASE}/editions/{number}/publish`,
  tags,
  summary: 'Publish and freeze an edition (admin)',
  security,
  request: { params: EditionParamSchema },
  responses: {
    200: jsonResponse(EditionSummarySchema, 'The published edition'),
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

/** The uploaded table, by content type: CSV text or XLSX bytes. */
async function uploadedTable(c: Context<AppEnv>): Promise<UploadedTable> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type === 'text/csv') return { format: 'csv', text: await c.req.text() };
  if (type === XLSX_TYPE) return { format: 'xlsx', bytes: new Uint8Array(await c.req.arrayBuffer()) };
  throw new ServiceError('invalid', `send text/csv or ${XLSX_TYPE}`, {
    body: [`content-type must be text/csv or ${XLSX_TYPE}`],
  });
}

export function registerBenchmarkWriteRoutes(app: ApiApp, benchmark: BenchmarkServices): void {
  app.openapi(create, async (c) => {
    const { actor } = currentSession(c.get('session'));
    const body = c.req.valid('json');
    const summary = await benchmark.createEdition(actor, c.req.valid('param').slug, {
      number: body.number,
      label: body.label,
      publishedOn: body.publishedOn,
      ...(body.frameworkVersion !== undefined ? { frameworkVersion: body.frameworkVersion } : {}),
    });
    return c.json(EditionSummarySchema.parse(summary), 201);
  });

  app.openapi(importFactorValues, async (c) => {
    const { actor } = currentSession(c.get('session'));
    const { slug, number } = c.req.valid('param');
    const result = await benchmark.importFactorValues(actor, slug, number, await uploadedTable(c));
    return c.json(ImportedSchema.parse(result), 200);
  });

  app.openapi(importAssessments, async (c) => {
    const { actor } = currentSession(c.get('session'));
    const { slug, number } = c.req.valid('param');
    const result = await benchmark.importAssessments(actor, slug, number, await uploadedTable(c));
    return c.json(ImportedSchema.parse(result), 200);
  });

  app.openapi(build, async (c) => {
    const { actor } = currentSession(c.get('session'));
    const { slug, number } = c.req.valid('param');
    return c.json(EditionDetailSchema.parse(await benchmark.build(actor, slug, number)), 200);
  });

  app.openapi(publish, async (c) => {
    const { actor } = currentSession(c.get('session'));
    const { slug, number } = c.req.valid('param');
    return c.json(EditionSummarySchema.parse(await benchmark.publish(actor, slug, number)), 200);
  });
}
