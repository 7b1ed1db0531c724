/** Workspace notes (environment, as-is, vision, proposals) and the SWOT board with item links. */
import type { Database, Executor } from '../../db/index.ts';
import {
  deletePlanNote,
  deleteSwotItem,
  findPlanNote,
  findSwotItem,
  insertPlanNote,
  insertSwotItem,
  itemIdsInPlan,
  listPlanNotes,
  listSwotItems,
  listSwotLinks,
  nextNotePosition,
  nextSwotPosition,
  type PlanNoteRow,
  type PlanSwotItemRow,
  replaceSwotLinks,
  updatePlanNote,
  updateSwotItem,
} from '../../db/repositories/plan-tracking-index.ts';
import {
  NOTE_KINDS,
  type PlanTrackingServices,
  SWOT_QUADRANTS,
  type SwotBoard,
  type SwotItem,
  type SwotItemInput,
  type WorkspaceNote,
  type WorkspaceNoteInput,
} from '../contract-plan-tracking.ts';
import { ServiceError } from '../errors.ts';
import { planReadAccess, planWriteAccess, requireId } from './access.ts';
import { auditPlan } from './audit.ts';
import { bilingual, integerIn, invalid, oneOf, text } from './validate.ts';

export function toNoteView(row: PlanNoteRow): WorkspaceNote {
  return {
    id: row.id,
    kind: row.kind as WorkspaceNote['kind'],
    title: { en: row.titleEn, ko: row.titleKo },
    body: { en: row.bodyEn, ko: row.bodyKo },
    position: row.position,
    illustrative: row.illustrative,
    note: row.note,
    updatedAt: row.updatedAt.toISOString(),
  };
}

function toSwotView(row: PlanSwotItemRow, itemIds: string[]): SwotItem {
  return {
    id: row.id,
    quadrant: row.quadrant as SwotItem['quadrant'],
    text: { en: row.textEn, ko: row.textKo },
    position: row.position,
    illustrative: row.illustrative,
    note: row.note,
    itemIds,
  };
}

function noteValues(input: WorkspaceNoteInput) {
  return {
    kind: oneOf(input.kind, NOTE_KINDS, 'kind'),
    ...(() => {
      const title = bilingual(input.title, 'title', 200);
      const body = bilingual(input.body, 'body', 20_000, false);
      return { titleEn: title.en, titleKo: title.ko, bodyEn: body.en, bodyKo: body.ko };
    })(),
    illustrative: input.illustrative ?? false,
    note: text(input.note, 'note', 1000),
  };
}

/** The distinct item ids, each an item of the plan (else invalid). */
export async function requirePlanItems(
  ex: Executor,
  planId: string,
  itemIds: readonly string[],
  field = 'itemIds',
): Promise<string[]> {
  const unique = [...new Set(itemIds)];
  for (const id of unique)
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw invalid(field, `${id} is not an item of this plan`);
  const found = await itemIdsInPlan(ex, planId, unique);
  const missing = unique.filter((id) => !found.has(id));
  if (missing.length > 0) throw invalid(field, `not items of this plan: ${missing.join(', ')}`);
  return unique;
}

/** One item of the plan, else not_found. */
export async function requirePlanItem(ex: Executor, planId: string, itemId: string): Promise<void> {
  requireId(itemId, 'item');
  const found = await itemIdsInPlan(ex, planId, [itemId]);
  if (!found.has(itemId)) throw new ServiceError('not_found', 'item not found');
}

async function swotBoardOf(ex: Executor, planId: string): Promise<SwotBoard> {
  const rows = await listSwotItems(ex, planId);
  const links = await listSwotLinks(
    ex,
    rows.map((r) => r.id),
  );
  const bySwot = new Map<string, string[]>();
  const byItem: Record<string, string[]> = {};
  for (const link of links) {
    bySwot.set(link.swotId, [...(bySwot.get(link.swotId) ?? []), link.itemId]);
    byItem[link.itemId] = [...(byItem[link.itemId] ?? []), link.swotId];
  }
  const order = new Map(SWOT_QUADRANTS.map((q, i) => [q as string, i]));
  const items = rows
    .map((r) => toSwotView(r, (bySwot.get(r.id) ?? []).sort()))
    .sort((a, b) => (order.get(a.quadrant) ?? 0) - (order.get(b.quadrant) ?? 0) || a.position - b.position);
  for (const list of Object.values(byItem)) list.sort();
  return { planId, items, byItem };
}

type WorkspaceMethods = Pick<
  PlanTrackingServices,
  | 'workspace'
  | 'createWorkspaceNote'
  | 'updateWorkspaceNote'
  | 'deleteWorkspaceNote'
  | 'swotBoard'
  | 'createSwotItem'
  | 'updateSwotItem'
  | 'deleteSwotItem'
>;

export function workspaceMethods({ db }: Database): WorkspaceMethods {
  const findNote = async (ex: Executor, planId: string, noteId: string) => {
    requireId(noteId, 'note');
    const row = await findPlanNote(ex, planId, noteId);
    if (!row) throw new ServiceError('not_found', 'note not found');
    return row;
  };
  const findSwot = async (ex: Executor, planId: string, swotId: string) => {
    requireId(swotId, 'SWOT item');
    const row = await findSwotItem(ex, planId, swotId);
    if (!row) throw new ServiceError('not_found', 'SWOT item not found');
    return row;
  };
  const swotValues = (input: SwotItemInput) => {
    const t = bilingual(input.text, 'text', 1000);
    return {
      quadrant: oneOf(input.quadrant, SWOT_QUADRANTS, 'quadrant'),
      textEn: t.en,
      textKo: t.ko,
      illustrative: input.illustrative ?? false,
      note: text(input.note, 'note', 1000),
    };
  };

  return {
    async workspace(caller, slug, planId) {
      const { plan } = await planReadAccess(db, caller, slug, planId);
      const order = new Map(NOTE_KINDS.map((k, i) => [k as string, i]));
      const notes = (await listPlanNotes(db, plan.id))
        .map(toNoteView)
        .sort((a, b) => (order.get(a.kind) ?? 0) - (order.get(b.kind) ?? 0) || a.position - b.position);
      return { planId: plan.id, vision: { en: plan.visionEn, ko: plan.visionKo }, notes };
    },

    async createWorkspaceNote(caller, slug, planId, input) {
      const access = await planWriteAccess(db, caller, slug, planId);
      const values = noteValues(input);
      return db.transaction(async (tx) => {
        const position =
          input.position === undefined
            ? await nextNotePosition(tx, access.plan.id, values.kind)
            : integerIn(input.position, 'position', 0, 100_000);
        const row = await insertPlanNote(tx, { ...values, planId: access.plan.id, position });
        const view = toNoteView(row);
        await auditPlan(tx, access, 'plan.note.create', 'plan_note', row.id, view);
        return view;
      });
    },

    async updateWorkspaceNote(caller, slug, planId, noteId, input) {
      const access = await planWriteAccess(db, caller, slug, planId);
      const values = noteValues(input);
      return db.transaction(async (tx) => {
        const before = await findNote(tx, access.plan.id, noteId);
        const position =
          input.position === undefined ? before.position : integerIn(input.position, 'position', 0, 100_000);
        const view = toNoteView(await updatePlanNote(tx, before.id, { ...values, position }));
        await auditPlan(tx, access, 'plan.note.update', 'plan_note', before.id, view, toNoteView(before));
        return view;
      });
    },

    async deleteWorkspaceNote(caller, slug, planId, noteId) {
      const access = await planWriteAccess(db, caller, slug, planId);
      await db.transaction(async (tx) => {
        const before = await findNote(tx, access.plan.id, noteId);
        await deletePlanNote(tx, before.id);
        await auditPlan(tx, access, 'plan.note.delete', 'plan_note', before.id, null, toNoteView(before));
      });
    },

    async swotBoard(caller, slug, planId) {
      const { plan } = await planReadAccess(db, caller, slug, planId);
      return swotBoardOf(db, plan.id);
    },

    async createSwotItem(caller, slug, planId, input) {
      const access = await planWriteAccess(db, caller, slug, planId);
      const values = swotValues(input);
      return db.transaction(async (tx) => {
        const itemIds = await requirePlanItems(tx, access.plan.id, input.itemIds ?? []);
        const position =
          input.position === undefined
            ? await nextSwotPosition(tx, access.plan.id, values.quadrant)
            : integerIn(input.position, 'position', 0, 100_000);
        const row = await insertSwotItem(tx, { ...values, planId: access.plan.id, position });
        await replaceSwotLinks(tx, row.id, itemIds);
        const view = toSwotView(row, itemIds.sort());
        await auditPlan(tx, access, 'plan.swot.create', 'plan_swot_item', row.id, view);
        return view;
      });
    },

    async updateSwotItem(caller, slug, planId, swotId, input) {
      const access = await planWriteAccess(db, caller, slug, planId);
      const values = swotValues(input);
      return db.transaction(async (tx) => {
        const before = await findSwot(tx, access.plan.id, swotId);
        const beforeLinks = (await listSwotLinks(tx, [before.id])).map((l) => l.itemId).sort();
        const itemIds =
          input.itemIds === undefined
            ? beforeLinks
            : await requirePlanItems(tx, access.plan.id, input.itemIds);
        const position =
          input.position === undefined ? before.position : integerIn(input.position, 'position', 0, 100_000);
        const row = await updateSwotItem(tx, before.id, { ...values, position });
        await replaceSwotLinks(tx, row.id, itemIds);
        const view = toSwotView(row, [...itemIds].sort());
        await auditPlan(
          tx,
          access,
          'plan.swot.update',
          'plan_swot_item',
          row.id,
          view,
          toSwotView(before, beforeLinks),
        );
        return view;
      });
    },

    async deleteSwotItem(caller, slug, planId, swotId) {
      const access = await planWriteAccess(db, caller, slug, planId);
      await db.transaction(async (tx) => {
        const before = await findSwot(tx, access.plan.id, swotId);
        const links = (await listSwotLinks(tx, [before.id])).map((l) => l.itemId).sort();
        await deleteSwotItem(tx, before.id);
        await auditPlan(
          tx,
          access,
          'plan.swot.delete',
          'plan_swot_item',
          before.id,
          null,
          toSwotView(before, links),
        );
      });
    },
  };
}
