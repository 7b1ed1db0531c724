/** Plan-tracking routes: workspace notes, SWOT, criteria and scores, AHP, priorities, roadmap, baselines. */
import type { PlanTrackingServices } from '../../services/contract-plan-tracking.ts';
import type { ApiApp } from './deps.ts';
import {
  actionRoute,
  actorOf,
  deleteReturningRoute,
  deleteRoute,
  readRoute,
  writeRoute,
} from './plan-tracking-route-kit.ts';
import {
  AhpInputSchema,
  AhpSchema,
  BaselineComparisonSchema,
  BaselineInputSchema,
  BaselineParams,
  BaselineSchema,
  CriteriaInputSchema,
  CriteriaSchema,
  GanttSchema,
  HorizonResultSchema,
  HorizonRuleSchema,
  ItemsOf,
  MatrixParams,
  NoteInputSchema,
  NoteParams,
  NoteSchema,
  PrioritiesSchema,
  ScoresInputSchema,
  SwotBoardSchema,
  SwotInputSchema,
  SwotItemSchema,
  SwotParams,
  TrackingPlanParams,
  WorkspaceSchema,
} from './plan-tracking-schemas.ts';

const workspace = readRoute(
  '/workspace',
  'Master-plan workspace: vision and analysis notes',
  TrackingPlanParams,
  WorkspaceSchema,
);
const createNote = writeRoute(
  'post',
  '/workspace/notes',
  'Add a workspace note (editor)',
  TrackingPlanParams,
  NoteInputSchema,
  NoteSchema,
  201,
);
const updateNote = writeRoute(
  'put',
  '/workspace/notes/{noteId}',
  'Replace a workspace note (editor)',
  NoteParams,
  NoteInputSchema,
  NoteSchema,
  200,
);
const deleteNote = deleteRoute('/workspace/notes/{noteId}', 'Delete a workspace note (editor)', NoteParams);
const swot = readRoute(
  '/swot',
  'SWOT board with links to plan items both ways',
  TrackingPlanParams,
  SwotBoardSchema,
);
const createSwot = writeRoute(
  'post',
  '/swot',
  'Add a SWOT item and its item links (editor)',
  TrackingPlanParams,
  SwotInputSchema,
  SwotItemSchema,
  201,
);
const updateSwot = writeRoute(
  'put',
  '/swot/{swotId}',
  'Replace a SWOT item and its links (editor)',
  SwotParams,
  SwotInputSchema,
  SwotItemSchema,
  200,
);
const deleteSwot = deleteRoute('/swot/{swotId}', 'Delete a SWOT item (editor)', SwotParams);
const criteria = readRoute(
  '/criteria',
  'Prioritisation criteria and score cells',
  TrackingPlanParams,
  CriteriaSchema,
);
const saveCriteria = writeRoute(
  'put',
  '/criteria',
  'Replace the criteria (editor)',
  TrackingPlanParams,
  CriteriaInputSchema,
  CriteriaSchema,
  200,
);
const saveScores = writeRoute(
  'put',
  '/scores',
  'Upsert or remove score cells (editor)',
  TrackingPlanParams,
  ScoresInputSchema,
  CriteriaSchema,
  200,
);
const ahp = readRoute(
  '/ahp',
  'AHP matrices with weights, consistency ratio and group result',
  TrackingPlanParams,
  AhpSchema,
);
const saveAhp = writeRoute(
  'put',
  '/ahp',
  "Create or replace one expert's pairwise matrix (editor)",
  TrackingPlanParams,
  AhpInputSchema,
  AhpSchema,
  200,
);
const deleteAhp = deleteReturningRoute(
  '/ahp/{matrixId}',
  'Delete one pairwise matrix (editor)',
  MatrixParams,
  AhpSchema,
);
const applyAhp = actionRoute(
  '/ahp/apply',
  'Set the criteria weights to the group AHP weights (editor)',
  TrackingPlanParams,
  CriteriaSchema,
);
const priorities = readRoute(
  '/priorities',
  'Ranked items by weighted score',
  TrackingPlanParams,
  PrioritiesSchema,
);
const horizons = writeRoute(
  'post',
  '/priorities/horizons',
  'Assign short/mid/long horizons from the ranking (editor)',
  TrackingPlanParams,
  HorizonRuleSchema,
  HorizonResultSchema,
  200,
);
const roadmap = readRoute('/roadmap', 'Gantt rows by phase and year', TrackingPlanParams, GanttSchema);
const baselines = readRoute(
  '/baselines',
  'Saved roadmap baselines',
  TrackingPlanParams,
  ItemsOf(BaselineSchema, 'BaselineList'),
);
const saveBaseline = writeRoute(
  'post',
  '/baselines',
  'Save the current roadmap as a baseline (editor)',
  TrackingPlanParams,
  BaselineInputSchema,
  BaselineSchema,
  201,
);
const deleteBaseline = deleteRoute('/baselines/{baselineId}', 'Delete a baseline (editor)', BaselineParams);
const compare = readRoute(
  '/baselines/{baselineId}/compare',
  'Compare a baseline with the current roadmap',
  BaselineParams,
  BaselineComparisonSchema,
);

export function registerPlanTrackingWorkspaceRoutes(app: ApiApp, t: PlanTrackingServices): void {
  app.openapi(workspace, async (c) => {
    const { slug, planId } = c.req.valid('param');
    return c.json(await t.workspace(actorOf(c), slug, planId), 200);
  });
  app.openapi(createNote, async (c) => {
    const { slug, planId } = c.req.valid('param');
    return c.json(await t.createWorkspaceNote(actorOf(c), slug, planId, c.req.valid('json')), 201);
  });
  app.openapi(updateNote, async (c) => {
    const { slug, planId, noteId } = c.req.valid('param');
    return c.json(await t.updateWorkspaceNote(actorOf(c), slug, planId, noteId, c.req.valid('json')), 200);
  });
  app.openapi(deleteNote, async (c) => {
    const { slug, planId, noteId } = c.req.valid('param');
    await t.deleteWorkspaceNote(actorOf(c), slug, planId, noteId);
    return c.body(null, 204);
  });
  app.openapi(swot, async (c) => {
    const { slug, planId } = c.req.valid('param');
    return c.json(await t.swotBoard(actorOf(c), slug, planId), 200);
  });
  app.openapi(createSwot, async (c) => {
    const { slug, planId } = c.req.valid('param');
    return c.json(await t.createSwotItem(actorOf(c), slug, planId, c.req.valid('json')), 201);
  });
  app.openapi(updateSwot, async (c) => {
    const { slug, planId, swotId } = c.req.valid('param');
    return c.json(await t.updateSwotItem(actorOf(c), slug, planId, swotId, c.req.valid('json')), 200);
  });
  app.openapi(deleteSwot, async (c) => {
    const { slug, planId, swotId } = c.req.valid('param');
    await t.deleteSwotItem(actorOf(c), slug, planId, swotId);
    return c.body(null, 204);
  });
  app.openapi(criteria, async (c) => {
    const { slug, planId } = c.req.valid('param');
    return c.json(await t.criteria(actorOf(c), slug, planId), 200);
  });
  app.openapi(saveCriteria, async (c) => {
    const { slug, planId } = c.req.valid('param');
    return c.json(await t.saveCriteria(actorOf(c), slug, planId, c.req.valid('json').criteria), 200);
  });
  app.openapi(saveScores, async (c) => {
    const { slug, planId } = c.req.valid('param');
    return c.json(await t.saveScores(actorOf(c), slug, planId, c.req.valid('json').cells), 200);
  });
  app.openapi(ahp, async (c) => {
    const { slug, planId } = c.req.valid('param');
    return c.json(await t.ahp(actorOf(c), slug, planId), 200);
  });
  app.openapi(saveAhp, async (c) => {
    const { slug, planId } = c.req.valid('param');
    return c.json(await t.saveAhpMatrix(actorOf(c), slug, planId, c.req.valid('json')), 200);
  });
  app.openapi(deleteAhp, async (c) => {
    const { slug, planId, matrixId } = c.req.valid('param');
    return c.json(await t.deleteAhpMatrix(actorOf(c), slug, planId, matrixId), 200);
  });
  app.openapi(applyAhp, async (c) => {
    const { slug, planId } = c.req.valid('param');
    return c.json(await t.applyAhpWeights(actorOf(c), slug, planId), 200);
  });
  app.openapi(priorities, async (c) => {
    const { slug, planId } = c.req.valid('param');
    return c.json(await t.priorities(actorOf(c), slug, planId), 200);
  });
  app.openapi(horizons, async (c) => {
    const { slug, planId } = c.req.valid('param');
    return c.json(await t.assignHorizons(actorOf(c), slug, planId, c.req.valid('json')), 200);
  });
  app.openapi(roadmap, async (c) => {
    const { slug, planId } = c.req.valid('param');
    return c.json(await t.gantt(actorOf(c), slug, planId), 200);
  });
  app.openapi(baselines, async (c) => {
    const { slug, planId } = c.req.valid('param');
    return c.json({ items: await t.baselines(actorOf(c), slug, planId) }, 200);
  });
  app.openapi(saveBaseline, async (c) => {
    const { slug, planId } = c.req.valid('param');
    return c.json(await t.saveBaseline(actorOf(c), slug, planId, c.req.valid('json').name), 201);
  });
  app.openapi(deleteBaseline, async (c) => {
    const { slug, planId, baselineId } = c.req.valid('param');
    await t.deleteBaseline(actorOf(c), slug, planId, baselineId);
    return c.body(null, 204);
  });
  app.openapi(compare, async (c) => {
    const { slug, planId, baselineId } = c.req.valid('param');
    return c.json(await t.compareBaseline(actorOf(c), slug, planId, baselineId), 200);
  });
}
