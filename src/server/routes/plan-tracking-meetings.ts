/** Plan-tracking routes: meetings with agenda and records, benchmark factor links and the projected effect. */
import type { PlanTrackingServices } from '../../services/contract-plan-tracking.ts';
import type { ApiApp } from './deps.ts';
import {
  actorOf,
  deleteReturningRoute,
  deleteRoute,
  queryRoute,
  readRoute,
  writeRoute,
} from './plan-tracking-route-kit.ts';
import {
  EffectQuerySchema,
  EffectSchema,
  FactorLinkSchema,
  FactorLinksInputSchema,
  ItemParams,
  ItemsOf,
  MeetingInputSchema,
  MeetingParams,
  MeetingRecordInputSchema,
  MeetingSchema,
  MeetingSummarySchema,
  RecordParams,
  TrackingPlanParams,
} from './plan-tracking-schemas.ts';

const FactorListSchema = ItemsOf(FactorLinkSchema, 'FactorLinkList');

const meetings = readRoute(
  '/meetings',
  'Meetings and briefings, newest first',
  TrackingPlanParams,
  ItemsOf(MeetingSummarySchema, 'MeetingList'),
);
const createMeeting = writeRoute(
  'post',
  '/meetings',
  'Add a meeting with its timed agenda (editor)',
  TrackingPlanParams,
  MeetingInputSchema,
  MeetingSchema,
  201,
);
const meeting = readRoute(
  '/meetings/{meetingId}',
  'One meeting: agenda, participants, feedback and decisions',
  MeetingParams,
  MeetingSchema,
);
const updateMeeting = writeRoute(
  'put',
  '/meetings/{meetingId}',
  'Replace a meeting (editor)',
  MeetingParams,
  MeetingInputSchema,
  MeetingSchema,
  200,
);
const deleteMeeting = deleteRoute('/meetings/{meetingId}', 'Delete a meeting (editor)', MeetingParams);
const addRecord = writeRoute(
  'post',
  '/meetings/{meetingId}/records',
  'Add feedback or a decision linked to plan items (editor)',
  MeetingParams,
  MeetingRecordInputSchema,
  MeetingSchema,
  201,
);
const deleteRecord = deleteReturningRoute(
  '/meetings/{meetingId}/records/{recordId}',
  'Delete a meeting record (editor)',
  RecordParams,
  MeetingSchema,
);
const planFactors = readRoute(
  '/factors',
  'Every benchmark factor link of the plan',
  TrackingPlanParams,
  FactorListSchema,
);
const itemFactors = readRoute(
  '/items/{itemId}/factors',
  'Benchmark factor links of one item',
  ItemParams,
  FactorListSchema,
);
const saveItemFactors = writeRoute(
  'put',
  '/items/{itemId}/factors',
  "Replace an item's benchmark factor links (editor)",
  ItemParams,
  FactorLinksInputSchema,
  FactorListSchema,
  200,
);
const effect = queryRoute(
  '/effect',
  "Projected effect on the city's rating and rank (engine what-if), for one item or the whole plan",
  TrackingPlanParams,
  EffectQuerySchema,
  EffectSchema,
);

export function registerPlanTrackingMeetingRoutes(app: ApiApp, t: PlanTrackingServices): void {
  app.openapi(meetings, async (c) => {
    const { slug, planId } = c.req.valid('param');
    return c.json({ items: await t.meetings(actorOf(c), slug, planId) }, 200);
  });
  app.openapi(createMeeting, async (c) => {
    const { slug, planId } = c.req.valid('param');
    return c.json(await t.createMeeting(actorOf(c), slug, planId, c.req.valid('json')), 201);
  });
  app.openapi(meeting, async (c) => {
    const { slug, planId, meetingId } = c.req.valid('param');
    return c.json(await t.meeting(actorOf(c), slug, planId, meetingId), 200);
  });
  app.openapi(updateMeeting, async (c) => {
    const { slug, planId, meetingId } = c.req.valid('param');
    return c.json(await t.updateMeeting(actorOf(c), slug, planId, meetingId, c.req.valid('json')), 200);
  });
  app.openapi(deleteMeeting, async (c) => {
    const { slug, planId, meetingId } = c.req.valid('param');
    await t.deleteMeeting(actorOf(c), slug, planId, meetingId);
    return c.body(null, 204);
  });
  app.openapi(addRecord, async (c) => {
    const { slug, planId, meetingId } = c.req.valid('param');
    return c.json(await t.addMeetingRecord(actorOf(c), slug, planId, meetingId, c.req.valid('json')), 201);
  });
  app.openapi(deleteRecord, async (c) => {
    const { slug, planId, meetingId, recordId } = c.req.valid('param');
    return c.json(await t.deleteMeetingRecord(actorOf(c), slug, planId, meetingId, recordId), 200);
  });
  app.openapi(planFactors, async (c) => {
    const { slug, planId } = c.req.valid('param');
    return c.json({ items: await t.planFactors(actorOf(c), slug, planId) }, 200);
  });
  app.openapi(itemFactors, async (c) => {
    const { slug, planId, itemId } = c.req.valid('param');
    return c.json({ items: await t.itemFactors(actorOf(c), slug, planId, itemId) }, 200);
  });
  app.openapi(saveItemFactors, async (c) => {
    const { slug, planId, itemId } = c.req.valid('param');
    return c.json(
      { items: await t.saveItemFactors(actorOf(c), slug, planId, itemId, c.req.valid('json').links) },
      200,
    );
  });
  app.openapi(effect, async (c) => {
    const { slug, planId } = c.req.valid('param');
    return c.json(
      await t.projectedEffect(actorOf(c), slug, planId, c.req.valid('query').itemId ?? null),
      200,
    );
  });
}
