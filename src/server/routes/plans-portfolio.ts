/** Plans, item trees, budgets, roll-ups, import and export (docs/api-contract-plans.md). */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { UploadedTable } from '../../services/contract.ts';
import type { PlanItemInput, PlanItemPatch, PlanPatch } from '../../services/contract-plans.ts';
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
import {
  DeletedItemsSchema,
  MovePlanItemSchema,
  NewPlanItemSchema,
  NewPlanSchema,
  PlanDetailSchema,
  PlanDocumentQuerySchema,
  PlanExportQuerySchema,
  PlanImportResultSchema,
  PlanItemParamSchema,
  PlanItemPatchSchema,
  PlanItemViewSchema,
  PlanListSchema,
  PlanParamSchema,
  PlanPatchSchema,
  PlanRollupSchema,
  PlanSlugParamSchema,
  PlanViewSchema,
} from './plans-schemas.ts';

const BASE = '/api/orgs/{slug}/plans';
const PLAN = `${BASE}/{planId}`;
const ITEM = `${PLAN}/items/{itemId}`;
const tags = ['Plans'];
const read = sessionSecurity;
const write = sessionAndCsrfSecurity;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const TABLE_COLUMNS =
  'code, parent_code, level, name_en (required) and kind, period_from, period_to, name_ko, ko_translated, description_en, description_ko, project_type, alignment, lead_department, partners, anchor_companies, horizon, start_date, end_date, status, envelope, illustrative, note, budget_<year>_<national|municipal|private|other>';

const uploadBody = {
  required: true,
  description: `A plan table (row 1 is the header; the first data row may be the plan itself, level "plan"). Columns: ${TABLE_COLUMNS}`,
  content: {
    'text/csv': { schema: z.string() },
    [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) },
  },
};

const list = createRoute({
  method: 'get',
  path: BASE,
  tags,
  summary: 'Plans of the organisation, newest first (members)',
  security: read,
  request: { params: PlanSlugParamSchema },
  responses: { 200: jsonResponse(PlanListSchema, 'Plans'), ...problemResponses(400, 401, 404) },
});

const create = createRoute({
  method: 'post',
  path: BASE,
  tags,
  summary: 'Create a plan (editor)',
  security: write,
  request: { params: PlanSlugParamSchema, body: jsonBody(NewPlanSchema) },
  responses: { 201: jsonResponse(PlanViewSchema, 'The new plan'), ...problemResponses(400, 401, 403, 404) },
});

const detail = createRoute({
  method: 'get',
  path: PLAN,
  tags,
  summary: 'A plan with its item tree and roll-ups (members)',
  security: read,
  request: { params: PlanParamSchema },
  responses: {
    200: jsonResponse(PlanDetailSchema, 'Plan, tree and roll-ups'),
    ...problemResponses(400, 401, 404),
  },
});

const update = createRoute({
  method: 'patch',
  path: PLAN,
  tags,
  summary: "Change a plan's fields (editor)",
  security: write,
  request: { params: PlanParamSchema, body: jsonBody(PlanPatchSchema) },
  responses: { 200: jsonResponse(PlanViewSchema, 'The plan'), ...problemResponses(400, 401, 403, 404) },
});

const remove = createRoute({
  method: 'delete',
  path: PLAN,
  tags,
  summary: 'Delete a plan with its items and budget lines (editor)',
  security: write,
  request: { params: PlanParamSchema },
  responses: { 204: { description: 'Deleted' }, ...problemResponses(400, 401, 403, 404) },
});

const rollup = createRoute({
  method: 'get',
  path: `${PLAN}/rollup`,
  tags,
  summary: 'Roll-ups by level, project type, horizon, funding source, year and alignment tag (members)',
  security: read,
  request: { params: PlanParamSchema },
  responses: { 200: jsonResponse(PlanRollupSchema, 'Roll-ups'), ...problemResponses(400, 401, 404) },
});

const createItem = createRoute({
  method: 'post',
  path: `${PLAN}/items`,
  tags,
  summary: 'Add an item with its budget lines (editor)',
  security: write,
  request: { params: PlanParamSchema, body: jsonBody(NewPlanItemSchema) },
  responses: {
    201: jsonResponse(PlanItemViewSchema, 'The new item'),
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

const getItem = createRoute({
  method: 'get',
  path: ITEM,
  tags,
  summary: 'One item with its budget lines and roll-up (members)',
  security: read,
  request: { params: PlanItemParamSchema },
  responses: { 200: jsonResponse(PlanItemViewSchema, 'The item'), ...problemResponses(400, 401, 404) },
});

const updateItem = createRoute({
  method: 'patch',
  path: ITEM,
  tags,
  summary: "Change an item's fields; `budget` replaces all its lines (editor)",
  security: write,
  request: { params: PlanItemParamSchema, body: jsonBody(PlanItemPatchSchema) },
  responses: {
    200: jsonResponse(PlanItemViewSchema, 'The item'),
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

const moveItem = createRoute({
  method: 'post',
  path: `${ITEM}/move`,
  tags,
  summary: 'Move an item and its subtree under another parent, at a position (editor)',
  security: write,
  request: { params: PlanItemParamSchema, body: jsonBody(MovePlanItemSchema) },
  responses: {
    200: jsonResponse(PlanItemViewSchema, 'The moved item'),
    ...problemResponses(400, 401, 403, 404),
  },
});

const deleteItem = createRoute({
  method: 'delete',
  path: ITEM,
  tags,
  summary: 'Delete an item and its subtree (editor)',
  security: write,
  request: { params: PlanItemParamSchema },
  responses: {
    200: jsonResponse(DeletedItemsSchema, 'How many items were deleted'),
    ...problemResponses(400, 401, 403, 404),
  },
});

const exportRoute = createRoute({
  method: 'get',
  path: `${PLAN}/export`,
  tags,
  summary: 'Download the plan table (CSV or XLSX; the format the import reads)',
  security: read,
  request: { params: PlanParamSchema, query: PlanExportQuerySchema },
  responses: {
    200: {
      description: 'The plan table as a file',
      content: {
        'text/csv': { schema: z.string() },
        [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) },
      },
    },
    ...problemResponses(400, 401, 404),
  },
});

const importNew = createRoute({
  method: 'post',
  path: `${BASE}/import`,
  tags,
  summary: 'Create a plan from a plan table (editor); every bad row named, nothing stored on any error',
  security: write,
  request: { params: PlanSlugParamSchema, body: uploadBody },
  responses: {
    201: jsonResponse(PlanImportResultSchema, 'The new plan'),
    ...problemResponses(400, 401, 403, 404, 413),
  },
});

const importInto = createRoute({
  method: 'post',
  path: `${PLAN}/import`,
  tags,
  summary:
    "Replace a plan's items (and its fields, from a plan row) with a plan table (editor); all or nothing",
  security: write,
  request: { params: PlanParamSchema, body: uploadBody },
  responses: {
    200: jsonResponse(PlanImportResultSchema, 'The plan after the import'),
    ...problemResponses(400, 401, 403, 404, 413),
  },
});

const documentRoute = createRoute({
  method: 'get',
  path: `${PLAN}/document`,
  tags,
  summary: 'The print-ready plan document (HTML, no external assets; 조/억 in ko, billions in en)',
  security: read,
  request: { params: PlanParamSchema, query: PlanDocumentQuerySchema },
  responses: {
    200: { description: 'A self-contained HTML page', content: { 'text/html': { schema: z.string() } } },
    ...problemResponses(400, 401, 404),
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

/** Drops keys whose value is undefined, so the service sees only the fields that were sent. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function registerPlanPortfolioRoutes(app: ApiApp, deps: RouteDeps): void {
  const plans = deps.services.plans;
  const actorOf = (c: Context<AppEnv>) => currentSession(c.get('session')).actor;

  app.openapi(list, async (c) => {
    const items = await plans.listPlans(actorOf(c), c.req.valid('param').slug);
    return c.json(PlanListSchema.parse({ items }), 200);
  });

  app.openapi(create, async (c) => {
    const view = await plans.createPlan(actorOf(c), c.req.valid('param').slug, defined(c.req.valid('json')));
    return c.json(PlanViewSchema.parse(view), 201);
  });

  app.openapi(detail, async (c) => {
    const { slug, planId } = c.req.valid('param');
    return c.json(PlanDetailSchema.parse(await plans.getPlan(actorOf(c), slug, planId)), 200);
  });

  app.openapi(update, async (c) => {
    const { slug, planId } = c.req.valid('param');
    const patch = defined(c.req.valid('json')) as PlanPatch;
    return c.json(PlanViewSchema.parse(await plans.updatePlan(actorOf(c), slug, planId, patch)), 200);
  });

  app.openapi(remove, async (c) => {
    const { slug, planId } = c.req.valid('param');
    await plans.deletePlan(actorOf(c), slug, planId);
    return c.body(null, 204);
  });

  app.openapi(rollup, async (c) => {
    const { slug, planId } = c.req.valid('param');
    return c.json(PlanRollupSchema.parse(await plans.getRollup(actorOf(c), slug, planId)), 200);
  });

  app.openapi(createItem, async (c) => {
    const { slug, planId } = c.req.valid('param');
    const input = defined(c.req.valid('json')) as PlanItemInput;
    return c.json(PlanItemViewSchema.parse(await plans.createItem(actorOf(c), slug, planId, input)), 201);
  });

  app.openapi(getItem, async (c) => {
    const { slug, planId, itemId } = c.req.valid('param');
    return c.json(PlanItemViewSchema.parse(await plans.getItem(actorOf(c), slug, planId, itemId)), 200);
  });

  app.openapi(updateItem, async (c) => {
    const { slug, planId, itemId } = c.req.valid('param');
    const patch = defined(c.req.valid('json')) as PlanItemPatch;
    const view = await plans.updateItem(actorOf(c), slug, planId, itemId, patch);
    return c.json(PlanItemViewSchema.parse(view), 200);
  });

  app.openapi(moveItem, async (c) => {
    const { slug, planId, itemId } = c.req.valid('param');
    const body = c.req.valid('json');
    const to =
      body.position === undefined
        ? { parentId: body.parentId }
        : { parentId: body.parentId, position: body.position };
    return c.json(PlanItemViewSchema.parse(await plans.moveItem(actorOf(c), slug, planId, itemId, to)), 200);
  });

  app.openapi(deleteItem, async (c) => {
    const { slug, planId, itemId } = c.req.valid('param');
    return c.json(DeletedItemsSchema.parse(await plans.deleteItem(actorOf(c), slug, planId, itemId)), 200);
  });

  app.openapi(exportRoute, async (c) => {
    const { slug, planId } = c.req.valid('param');
    const file = await plans.exportPlan(actorOf(c), slug, planId, c.req.valid('query').format);
    return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${file.filename}"`,
    }) as never;
  });

  app.openapi(importNew, async (c) => {
    const result = await plans.importNewPlan(actorOf(c), c.req.valid('param').slug, await uploadedTable(c));
    return c.json(PlanImportResultSchema.parse(result), 201);
  });

  app.openapi(importInto, async (c) => {
    const { slug, planId } = c.req.valid('param');
    const result = await plans.importIntoPlan(actorOf(c), slug, planId, await uploadedTable(c));
    return c.json(PlanImportResultSchema.parse(result), 200);
  });

  app.openapi(documentRoute, async (c) => {
    const { slug, planId } = c.req.valid('param');
    const html = await plans.planDocument(actorOf(c), slug, planId, c.req.valid('query').lang);
    return c.html(html, 200) as never;
  });
}
