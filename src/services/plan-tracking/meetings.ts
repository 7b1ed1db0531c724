/** Meetings and briefings: timed agenda, participants, feedback and decisions linked to plan items. */
import type { Database, Executor } from '../../db/index.ts';
import {
  countMeetingRecords,
  deleteMeeting,
  deleteMeetingRecord,
  findMeeting,
  findMeetingRecord,
  insertMeeting,
  insertMeetingRecord,
  listAgenda,
  listMeetingRecords,
  listMeetings,
  listRecordItems,
  type MeetingParticipantsJson,
  type NewAgendaSlot,
  type NewPlanMeeting,
  type PlanMeetingRow,
  replaceAgenda,
  updateMeeting,
} from '../../db/repositories/plan-tracking-index.ts';
import {
  MEETING_KINDS,
  MEETING_RECORD_KINDS,
  type MeetingInput,
  type MeetingSummary,
  type MeetingView,
  type PlanTrackingServices,
} from '../contract-plan-tracking.ts';
import { ServiceError } from '../errors.ts';
import { planReadAccess, planWriteAccess, requireId } from './access.ts';
import { auditPlan } from './audit.ts';
import { bilingual, integerIn, invalid, isoDate, oneOf, text, timeOfDay } from './validate.ts';
import { requirePlanItems } from './workspace.ts';

function toSummary(row: PlanMeetingRow, records: number): MeetingSummary {
  return {
    id: row.id,
    kind: row.kind as MeetingSummary['kind'],
    title: { en: row.titleEn, ko: row.titleKo },
    heldOn: row.heldOn,
    startsAt: row.startsAt,
    venue: { en: row.venueEn, ko: row.venueKo },
    records,
    illustrative: row.illustrative,
    note: row.note,
  };
}

export async function meetingViewOf(ex: Executor, row: PlanMeetingRow): Promise<MeetingView> {
  const agendaRows = await listAgenda(ex, row.id);
  const records = await listMeetingRecords(ex, row.id);
  const links = await listRecordItems(
    ex,
    records.map((r) => r.id),
  );
  const agenda = agendaRows.map((a) => ({
    position: a.position,
    start: a.startTime,
    end: a.endTime,
    minutes: a.minutes,
    title: { en: a.titleEn, ko: a.titleKo },
    presenter: a.presenter,
    notes: a.notes,
  }));
  const contiguous = agenda.every((slot, i) => i === 0 || agenda[i - 1]?.end === slot.start);
  return {
    ...toSummary(row, records.length),
    purpose: { en: row.purposeEn, ko: row.purposeKo },
    participants: row.participants,
    agenda,
    agendaMinutes: agenda.reduce((s, a) => s + a.minutes, 0),
    agendaContiguous: contiguous,
    recordList: records.map((r) => ({
      id: r.id,
      kind: r.kind as MeetingView['recordList'][number]['kind'],
      text: { en: r.textEn, ko: r.textKo },
      itemIds: links
        .filter((l) => l.recordId === r.id)
        .map((l) => l.itemId)
        .sort(),
      createdAt: r.createdAt.toISOString(),
    })),
  };
}

/** Validated meeting row values and agenda slots (minutes derived from start and end). */
export function meetingValues(input: MeetingInput): {
  row: Omit<NewPlanMeeting, 'planId' | 'id' | 'sourceKey'>;
  agenda: NewAgendaSlot[] | null;
} {
  const title = bilingual(input.title, 'title', 300);
  const venue = bilingual(input.venue, 'venue', 300, false);
  const purpose = bilingual(input.purpose ?? { en: '', ko: '' }, 'purpose', 4000, false);
  const startsAt = input.startsAt ?? null;
  if (startsAt !== null) timeOfDay(startsAt, 'startsAt');
  const p = input.participants;
  const participants: MeetingParticipantsJson = {
    count:
      p?.count === undefined || p?.count === null
        ? null
        : integerIn(p.count, 'participants.count', 0, 100_000),
    approximate: p?.approximate ?? false,
    groups: (p?.groups ?? []).map((g, i) => bilingual(g, `participants.groups[${i}]`, 200)),
    people: (p?.people ?? []).map((person, i) => ({
      name: text(person.name, `participants.people[${i}].name`, 200, true),
      affiliation: text(person.affiliation, `participants.people[${i}].affiliation`, 200),
      role: text(person.role, `participants.people[${i}].role`, 200),
    })),
  };
  if (participants.groups.length > 50 || participants.people.length > 500)
    throw invalid('participants', 'at most 50 groups and 500 people');
  let agenda: NewAgendaSlot[] | null = null;
  if (input.agenda !== undefined) {
    if (input.agenda.length > 100) throw invalid('agenda', 'at most 100 slots');
    agenda = input.agenda.map((slot, i) => {
      const start = timeOfDay(slot.start, `agenda[${i}].start`);
      const end = timeOfDay(slot.end, `agenda[${i}].end`);
      if (end <= start) throw invalid(`agenda[${i}].end`, 'must be after the start');
      const t = bilingual(slot.title, `agenda[${i}].title`, 300);
      return {
        position: i,
        startTime: slot.start,
        endTime: slot.end,
        minutes: end - start,
        titleEn: t.en,
        titleKo: t.ko,
        presenter: text(slot.presenter, `agenda[${i}].presenter`, 200),
        notes: text(slot.notes, `agenda[${i}].notes`, 1000),
      };
    });
    agenda.forEach((slot, i) => {
      const previous = agenda?.[i - 1];
      if (previous && timeOfDay(slot.startTime, 'start') < timeOfDay(previous.endTime, 'end'))
        throw invalid(`agenda[${i}].start`, 'overlaps the previous slot');
    });
  }
  return {
    row: {
      kind: oneOf(input.kind, MEETING_KINDS, 'kind'),
      titleEn: title.en,
      titleKo: title.ko,
      heldOn: isoDate(input.heldOn, 'heldOn'),
      startsAt,
      venueEn: venue.en,
      venueKo: venue.ko,
      purposeEn: purpose.en,
      purposeKo: purpose.ko,
      participants,
      illustrative: input.illustrative ?? false,
      note: text(input.note, 'note', 1000),
    },
    agenda,
  };
}

type MeetingMethods = Pick<
  PlanTrackingServices,
  | 'meetings'
  | 'meeting'
  | 'createMeeting'
  | 'updateMeeting'
  | 'deleteMeeting'
  | 'addMeetingRecord'
  | 'deleteMeetingRecord'
>;

export function meetingMethods({ db }: Database): MeetingMethods {
  const find = async (ex: Executor, planId: string, meetingId: string) => {
    requireId(meetingId, 'meeting');
    const row = await findMeeting(ex, planId, meetingId);
    if (!row) throw new ServiceError('not_found', 'meeting not found');
    return row;
  };
  return {
    async meetings(caller, slug, planId) {
      const { plan } = await planReadAccess(db, caller, slug, planId);
      const rows = await listMeetings(db, plan.id);
      const counts = await countMeetingRecords(
        db,
        rows.map((r) => r.id),
      );
      return rows.map((r) => toSummary(r, counts.get(r.id) ?? 0));
    },

    async meeting(caller, slug, planId, meetingId) {
      const { plan } = await planReadAccess(db, caller, slug, planId);
      return meetingViewOf(db, await find(db, plan.id, meetingId));
    },

    async createMeeting(caller, slug, planId, input) {
      const access = await planWriteAccess(db, caller, slug, planId);
      const values = meetingValues(input);
      return db.transaction(async (tx) => {
        const row = await insertMeeting(tx, { ...values.row, planId: access.plan.id });
        await replaceAgenda(tx, row.id, values.agenda ?? []);
        const view = await meetingViewOf(tx, row);
        await auditPlan(tx, access, 'plan.meeting.create', 'plan_meeting', row.id, view);
        return view;
      });
    },

    async updateMeeting(caller, slug, planId, meetingId, input) {
      const access = await planWriteAccess(db, caller, slug, planId);
      const values = meetingValues(input);
      return db.transaction(async (tx) => {
        const before = await meetingViewOf(tx, await find(tx, access.plan.id, meetingId));
        const row = await updateMeeting(tx, before.id, { ...values.row, updatedAt: new Date() });
        if (values.agenda !== null) await replaceAgenda(tx, row.id, values.agenda);
        const view = await meetingViewOf(tx, row);
        await auditPlan(tx, access, 'plan.meeting.update', 'plan_meeting', row.id, view, before);
        return view;
      });
    },

    async deleteMeeting(caller, slug, planId, meetingId) {
      const access = await planWriteAccess(db, caller, slug, planId);
      await db.transaction(async (tx) => {
        const before = await meetingViewOf(tx, await find(tx, access.plan.id, meetingId));
        await deleteMeeting(tx, before.id);
        await auditPlan(tx, access, 'plan.meeting.delete', 'plan_meeting', before.id, null, before);
      });
    },

    async addMeetingRecord(caller, slug, planId, meetingId, input) {
      const access = await planWriteAccess(db, caller, slug, planId);
      const kind = oneOf(input.kind, MEETING_RECORD_KINDS, 'kind');
      const t = bilingual(input.text, 'text', 4000);
      return db.transaction(async (tx) => {
        const meeting = await find(tx, access.plan.id, meetingId);
        const itemIds = await requirePlanItems(tx, access.plan.id, input.itemIds ?? []);
        const record = await insertMeetingRecord(
          tx,
          { meetingId: meeting.id, kind, textEn: t.en, textKo: t.ko },
          itemIds,
        );
        await auditPlan(tx, access, 'plan.meeting.record.create', 'plan_meeting', meeting.id, {
          recordId: record.id,
          kind,
          text: t,
          itemIds,
        });
        return meetingViewOf(tx, meeting);
      });
    },

    async deleteMeetingRecord(caller, slug, planId, meetingId, recordId) {
      const access = await planWriteAccess(db, caller, slug, planId);
      return db.transaction(async (tx) => {
        const meeting = await find(tx, access.plan.id, meetingId);
        requireId(recordId, 'record');
        const record = await findMeetingRecord(tx, meeting.id, recordId);
        if (!record) throw new ServiceError('not_found', 'record not found');
        await deleteMeetingRecord(tx, record.id);
        await auditPlan(tx, access, 'plan.meeting.record.delete', 'plan_meeting', meeting.id, null, {
          recordId: record.id,
          kind: record.kind,
          text: { en: record.textEn, ko: record.textKo },
        });
        return meetingViewOf(tx, meeting);
      });
    },
  };
}
