/** Plan-tracking routes: KPIs, progress, milestones, executed spend, earned value, the annual report. */
import { createRoute, z } from '@hono/zod-openapi';
import type { PlanTrackingServices } from '../../services/contract-plan-tracking.ts';
import { problemResponses, sessionSecurity } from '../openapi-helpers.ts';
import type { ApiApp } from './deps.ts';
import {
  actorOf,
  deleteRoute,
  queryRoute,
  readRoute,
  TRACKING_BASE,
  writeRoute,
} from './plan-tracking-route-kit.ts';
import {
  CostInputSchema,
  CostParams,
  CostSchema,
  EvmQuerySchema,
  EvmSchema,
  ItemParams,
  ItemsOf,
  KpiInputSchema,
  KpiParams,
  KpiSchema,
  MilestoneInputSchema,
  MilestoneParams,
  MilestoneSchema,
  ProgressInputSchema,
  ProgressParams,
  ProgressSchema,
  ReportQuerySchema,
  TrackingPlanParams,
  TrackingSchema,
} from './plan-tracking-schemas.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const tracking = readRoute(
  '/tracking',
  'KPIs, progress updates, milestones and spend of the plan',
  TrackingPlanParams,
  TrackingSchema,
);
const itemKpis = readRoute(
  '/items/{itemId}/kpis',
  'KPIs of one item with RAG status by year',
  ItemParams,
  ItemsOf(KpiSchema, 'KpiList'),
);
const createKpi = writeRoute(
  'post',
  '/items/{itemId}/kpis',
  'Add a KPI to an item (editor)',
  ItemParams,
  KpiInputSchema,
  KpiSchema,
  201,
);
const updateKpi = writeRoute(
  'put',
  '/kpis/{kpiId}',
  'Replace a KPI (editor)',
  KpiParams,
  KpiInputSchema,
  KpiSchema,
  200,
);
const deleteKpi = deleteRoute('/kpis/{kpiId}', 'Delete a KPI (editor)', KpiParams);
const addProgress = writeRoute(
  'post',
  '/progress',
  'Add a progress update (editor)',
  TrackingPlanParams,
  ProgressInputSchema,
  ProgressSchema,
  201,
);
const deleteProgress = deleteRoute(
  '/progress/{progressId}',
  'Delete a progress update (editor)',
  ProgressParams,
);
const createMilestone = writeRoute(
  'post',
  '/milestones',
  'Add a milestone (editor)',
  TrackingPlanParams,
  MilestoneInputSchema,
  MilestoneSchema,
  201,
);
const updateMilestone = writeRoute(
  'put',
  '/milestones/{milestoneId}',
  'Replace a milestone (editor)',
  MilestoneParams,
  MilestoneInputSchema,
  MilestoneSchema,
  200,
);
const deleteMilestone = deleteRoute(
  '/milestones/{milestoneId}',
  'Delete a milestone (editor)',
  MilestoneParams,
);
const addCost = writeRoute(
  'post',
  '/costs',
  'Record executed spend (editor)',
  TrackingPlanParams,
  CostInputSchema,
  CostSchema,
  201,
);
const deleteCost = deleteRoute('/costs/{costId}', 'Delete a spend entry (editor)', CostParams);
const evm = queryRoute(
  '/evm',
  'Earned value per item and in total (PV, EV, AC, SPI, CPI, EAC)',
  TrackingPlanParams,
  EvmQuerySchema,
  EvmSchema,
);

const report = createRoute({
  method: 'get',
  path: `${TRACKING_BASE}/report`,
  tags: ['Plan tracking'],
  summary:
    'Annual implementation plan (실행계획) and performance report (추진실적) as XLSX or print-ready HTML',
  security: sessionSecurity,
  request: { params: TrackingPlanParams, query: ReportQuerySchema },
  responses: {
    200: {
      description: 'The report as a file',
      content: {
        'text/html': { schema: z.string() },
        [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) },
      },
    },
    ...problemResponses(400, 401, 404),
  },
});

export function registerPlanTrackingProgressRoutes(app: ApiApp, t: PlanTrackingServices): void {
  app.openapi(tracking, async (c) => {
    const { slug, planId } = c.req.valid('param');
    return c.json(await t.tracking(actorOf(c), slug, planId), 200);
  });
  app.openapi(itemKpis, async (c) => {
    const { slug, planId, itemId } = c.req.valid('param');
    return c.json({ items: await t.itemKpis(actorOf(c), slug, planId, itemId) }, 200);
  });
  app.openapi(createKpi, async (c) => {
    const { slug, planId, itemId } = c.req.valid('param');
    return c.json(await t.createKpi(actorOf(c), slug, planId, itemId, c.req.valid('json')), 201);
  });
  app.openapi(updateKpi, async (c) => {
    const { slug, planId, kpiId } = c.req.valid('param');
    return c.json(await t.updateKpi(actorOf(c), slug, planId, kpiId, c.req.valid('json')), 200);
  });
  app.openapi(deleteKpi, async (c) => {
    const { slug, planId, kpiId } = c.req.valid('param');
    await t.deleteKpi(actorOf(c), slug, planId, kpiId);
    return c.body(null, 204);
  });
  app.openapi(addProgress, async (c) => {
    const { slug, planId } = c.req.valid('param');
    return c.json(await t.addProgress(actorOf(c), slug, planId, c.req.valid('json')), 201);
  });
  app.openapi(deleteProgress, async (c) => {
    const { slug, planId, progressId } = c.req.valid('param');
    await t.deleteProgress(actorOf(c), slug, planId, progressId);
    return c.body(null, 204);
  });
  app.openapi(createMilestone, async (c) => {
    const { slug, planId } = c.req.valid('param');
    return c.json(await t.createMilestone(actorOf(c), slug, planId, c.req.valid('json')), 201);
  });
  app.openapi(updateMilestone, async (c) => {
    const { slug, planId, milestoneId } = c.req.valid('param');
    return c.json(await t.updateMilestone(actorOf(c), slug, planId, milestoneId, c.req.valid('json')), 200);
  });
  app.openapi(deleteMilestone, async (c) => {
    const { slug, planId, milestoneId } = c.req.valid('param');
    await t.deleteMilestone(actorOf(c), slug, planId, milestoneId);
    return c.body(null, 204);
  });
  app.openapi(addCost, async (c) => {
    const { slug, planId } = c.req.valid('param');
    return c.json(await t.addCost(actorOf(c), slug, planId, c.req.valid('json')), 201);
  });
  app.openapi(deleteCost, async (c) => {
    const { slug, planId, costId } = c.req.valid('param');
    await t.deleteCost(actorOf(c), slug, planId, costId);
    return c.body(null, 204);
  });
  app.openapi(evm, async (c) => {
    const { slug, planId } = c.req.valid('param');
    const query = c.req.valid('query');
    return c.json(
      await t.earnedValue(actorOf(c), slug, planId, {
        ...(query.asOf !== undefined ? { asOf: query.asOf } : {}),
        ...(query.formula !== undefined ? { formula: query.formula } : {}),
      }),
      200,
    );
  });
  app.openapi(report, async (c) => {
    const { slug, planId } = c.req.valid('param');
    const file = await t.annualReport(actorOf(c), slug, planId, c.req.valid('query'));
    const disposition = file.contentType.startsWith('text/html') ? 'inline' : 'attachment';
    return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
      'content-type': file.contentType,
      'content-disposition': `${disposition}; filename="${file.filename}"`,
    }) as never;
  });
}
