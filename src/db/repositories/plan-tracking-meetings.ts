/** Meetings of a plan: the meeting, its timed agenda, and feedback / decisions linked to items. */
import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../open.ts';
import {
  planMeetingAgenda,
  planMeetingRecordItems,
  planMeetingRecords,
  planMeetings,
} from '../schema/index.ts';
import type { PlanMeetingAgendaRow, PlanMeetingRecordRow, PlanMeetingRow } from '../schema/plan-tracking.ts';

export type NewPlanMeeting = typeof planMeetings.$inferInsert;
export type NewAgendaSlot = Omit<typeof planMeetingAgenda.$inferInsert, 'meetingId'>;

/** Newest first. */
export async function listMeetings(ex: Executor, planId: string): Promise<PlanMeetingRow[]> {
  return ex
    .select()
    .from(planMeetings)
    .where(eq(planMeetings.planId, planId))
    .orderBy(desc(planMeetings.heldOn), desc(planMeetings.startsAt));
}

export async function countMeetingRecords(
  ex: Executor,
  meetingIds: readonly string[],
): Promise<Map<string, number>> {
  if (meetingIds.length === 0) return new Map();
  const rows = await ex
    .select({ meetingId: planMeetingRecords.meetingId, n: count() })
    .from(planMeetingRecords)
    .where(inArray(planMeetingRecords.meetingId, [...meetingIds]))
    .groupBy(planMeetingRecords.meetingId);
  return new Map(rows.map((r) => [r.meetingId, Number(r.n)]));
}

export async function findMeeting(ex: Executor, planId: string, id: string): Promise<PlanMeetingRow | null> {
  const [row] = await ex
    .select()
    .from(planMeetings)
    .where(and(eq(planMeetings.planId, planId), eq(planMeetings.id, id)));
  return row ?? null;
}

export async function findMeetingBySourceKey(
  ex: Executor,
  planId: string,
  sourceKey: string,
): Promise<PlanMeetingRow | null> {
  const [row] = await ex
    .select()
    .from(planMeetings)
    .where(and(eq(planMeetings.planId, planId), eq(planMeetings.sourceKey, sourceKey)));
  return row ?? null;
}

export async function insertMeeting(ex: Executor, values: NewPlanMeeting): Promise<PlanMeetingRow> {
  const [row] = await ex.insert(planMeetings).values(values).returning();
  if (!row) throw new Error('insert into plan_meetings returned no row');
  return row;
}

export async function updateMeeting(
  ex: Executor,
  id: string,
  values: Omit<NewPlanMeeting, 'id' | 'planId' | 'sourceKey'>,
): Promise<PlanMeetingRow> {
  const [row] = await ex.update(planMeetings).set(values).where(eq(planMeetings.id, id)).returning();
  if (!row) throw new Error('update of plan_meetings matched no row');
  return row;
}

export async function deleteMeeting(ex: Executor, id: string): Promise<void> {
  await ex.delete(planMeetings).where(eq(planMeetings.id, id));
}

export async function listAgenda(ex: Executor, meetingId: string): Promise<PlanMeetingAgendaRow[]> {
  return ex
    .select()
    .from(planMeetingAgenda)
    .where(eq(planMeetingAgenda.meetingId, meetingId))
    .orderBy(asc(planMeetingAgenda.position));
}

export async function replaceAgenda(
  ex: Executor,
  meetingId: string,
  slots: readonly NewAgendaSlot[],
): Promise<void> {
  await ex.delete(planMeetingAgenda).where(eq(planMeetingAgenda.meetingId, meetingId));
  if (slots.length > 0) await ex.insert(planMeetingAgenda).values(slots.map((s) => ({ ...s, meetingId })));
}

export async function listMeetingRecords(ex: Executor, meetingId: string): Promise<PlanMeetingRecordRow[]> {
  return ex
    .select()
    .from(planMeetingRecords)
    .where(eq(planMeetingRecords.meetingId, meetingId))
    .orderBy(asc(planMeetingRecords.createdAt), asc(planMeetingRecords.id));
}

export async function listRecordItems(
  ex: Executor,
  recordIds: readonly string[],
): Promise<{ recordId: string; itemId: string }[]> {
  if (recordIds.length === 0) return [];
  return ex
    .select()
    .from(planMeetingRecordItems)
    .where(inArray(planMeetingRecordItems.recordId, [...recordIds]));
}

export async function insertMeetingRecord(
  ex: Executor,
  values: { meetingId: string; kind: string; textEn: string; textKo: string },
  itemIds: readonly string[],
): Promise<PlanMeetingRecordRow> {
  const [row] = await ex.insert(planMeetingRecords).values(values).returning();
  if (!row) throw new Error('insert into plan_meeting_records returned no row');
  if (itemIds.length > 0)
    await ex.insert(planMeetingRecordItems).values(itemIds.map((itemId) => ({ recordId: row.id, itemId })));
  return row;
}

export async function findMeetingRecord(
  ex: Executor,
  meetingId: string,
  id: string,
): Promise<PlanMeetingRecordRow | null> {
  const [row] = await ex
    .select()
    .from(planMeetingRecords)
    .where(and(eq(planMeetingRecords.meetingId, meetingId), eq(planMeetingRecords.id, id)));
  return row ?? null;
}

export async function deleteMeetingRecord(ex: Executor, id: string): Promise<void> {
  await ex.delete(planMeetingRecords).where(eq(planMeetingRecords.id, id));
}
