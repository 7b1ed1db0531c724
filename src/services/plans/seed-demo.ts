/**
 * Loads Busan's two demo plans (data/plans) into the demo organisation, once: the growth strategy
 * of seed 003 (4 strategies, 10 initiatives, 71 projects, the four stated envelopes) and the 6th
 * Basic Informatization Plan of seed 004 (period, study, kickoff agenda; example tasks). Items the
 * data marks illustrative stay marked; the seed's facts are copied as they are.
 */
import { randomUUID } from 'node:crypto';
import { BUSAN_GROWTH_STRATEGY_2025 as GROWTH } from '../../../data/plans/busan-growth-strategy-2025.ts';
import { BUSAN_INFORMATIZATION_PLAN_2026_2030 as INFO } from '../../../data/plans/busan-informatization-plan-2026-2030.ts';
import type { Executor, OrganisationRow } from '../../db/index.ts';
import {
  findPlanBySourceKey,
  insertBudgetLineRows,
  insertPlanItemRows,
  insertPlanRow,
  type NewPlan,
  type NewPlanItem,
  type PlanBudgetLineRow,
} from '../../db/repositories/plans-index.ts';
import type { PlanItem } from '../../engine/planning/plan-tree.ts';
import { writeAudit } from '../audit-log.ts';
import type { PlanDetails } from '../contract-plans.ts';

const pad2 = (n: number) => String(n).padStart(2, '0');
const isoDate = (d: { year: number; month: number; day: number }) =>
  `${d.year}-${pad2(d.month)}-${pad2(d.day)}`;
const isoMonth = (d: { year: number; month: number }) => `${d.year}-${pad2(d.month)}`;

/** Rows for the children of an engine tree's root (the root is the plan itself). */
export function itemRowsFromTree(
  planId: string,
  root: PlanItem,
  status: 'proposed' | 'planned',
): { items: NewPlanItem[]; lines: PlanBudgetLineRow[] } {
  const items: NewPlanItem[] = [];
  const lines: PlanBudgetLineRow[] = [];
  const visit = (item: PlanItem, parentId: string | null, position: number) => {
    const id = randomUUID();
    items.push({
      id,
      planId,
      parentId,
      code: item.id,
      position,
      level: item.level,
      nameEn: item.name.en,
      nameKo: item.name.ko ?? '',
      koTranslated: item.name.translated?.includes('ko') ?? false,
      projectType: item.projectType ?? null,
      horizon: item.horizon ?? null,
      alignment: [...(item.alignment ?? [])],
      envelope: item.envelope ?? null,
      status,
      illustrative: item.illustrative ?? false,
      note: item.note ?? '',
    });
    for (const line of item.budget ?? []) lines.push({ itemId: id, ...line });
    for (const [i, child] of (item.children ?? []).entries()) visit(child, id, i);
  };
  for (const [i, child] of (root.children ?? []).entries()) visit(child, null, i);
  return { items, lines };
}

function growthPlan(orgId: string): NewPlan {
  const b = GROWTH.briefing;
  const p = GROWTH.preparedBy;
  const details: PlanDetails = {
    sources: [GROWTH.provenance],
    meetings: [
      {
        title: b.name,
        date: isoDate(b.date),
        dateNote: b.dateNote,
        start: b.time,
        venue: b.venue,
        participants: `Approximately ${b.participants.approximately}: ${b.participants.description}; presided over by ${b.presidedBy}`,
      },
    ],
    notes: [
      `Prepared by the ${p.body}, launched in ${p.launched} under the leadership of the ${p.ledBy}, through ${p.workingGroupMeetings} working group meetings and ${p.plenarySessions} plenary session.`,
      GROWTH.plan.note,
    ],
  };
  return {
    orgId,
    sourceKey: GROWTH.id,
    kind: 'growth_strategy',
    nameEn: GROWTH.plan.name.en,
    nameKo: GROWTH.plan.name.ko ?? '',
    periodFrom: null,
    periodTo: null,
    visionEn: `${GROWTH.goal.charAt(0).toUpperCase()}${GROWTH.goal.slice(1)}`,
    visionKo: '부산을 세계 5대 해양도시 반열에 올려놓는 것 (CityBench 번역)',
    alignment: [...(GROWTH.plan.alignment ?? [])],
    status: GROWTH.status,
    provenance: GROWTH.provenance,
    details,
  };
}

function informatizationPlan(orgId: string): NewPlan {
  const s = INFO.study;
  const k = INFO.kickoff;
  const both = (n: { en: string; ko?: string }) => ({ en: n.en, ko: n.ko ?? '' });
  const details: PlanDetails = {
    sources: [INFO.provenance],
    legalBasis: INFO.legalBasis.map(both),
    predecessor: {
      ordinal: INFO.predecessor.ordinal,
      from: INFO.predecessor.from,
      to: INFO.predecessor.to,
      description: INFO.predecessor.description,
    },
    nationalAlignment: INFO.nationalAlignment.map(both),
    study: {
      title: s.title,
      from: isoMonth(s.duration.from),
      to: isoMonth(s.duration.to),
      months: s.duration.months,
      durationNote: s.durationNote,
      budget: s.budget.toString(),
      contractor: { ...s.contractor },
      scope: [...s.scope],
      contents: [...s.contents],
      methods: [...s.methods],
    },
    meetings: [
      {
        title: 'Kickoff briefing of the planning study',
        date: isoDate(k.date),
        start: k.start,
        venue: k.venue,
        participants: `Approx. ${k.participants.approximately} people (${k.participants.groups.join(', ')}); agenda: ${k.agendaSummary}`,
        agenda: k.agenda.map((slot) => ({ ...slot })),
      },
    ],
    notes: [
      `Mandated every ${INFO.cycleYears} years under the ${INFO.legalBasis.map((b) => b.en).join(' and the ')}.`,
      `Drivers: ${INFO.drivers.join(', ')}. Linked with the ${INFO.policyLink}.`,
      `Roadmap elements: ${s.roadmapElements.join(', ')}.`,
      `Statement by ${INFO.spokesperson}.`,
    ],
  };
  return {
    orgId,
    sourceKey: INFO.id,
    kind: 'informatization_master_plan',
    nameEn: INFO.title.en,
    nameKo: INFO.title.ko ?? '',
    periodFrom: INFO.period.from,
    periodTo: INFO.period.to,
    visionEn: INFO.vision.map((v) => v.en).join('; '),
    visionKo: INFO.vision.map((v) => v.ko ?? '').join('; '),
    alignment: [],
    status: 'draft',
    provenance: INFO.provenance,
    details,
  };
}

const DEMO_PLANS = [
  { source: GROWTH.id, plan: growthPlan, tree: GROWTH.plan as PlanItem },
  { source: INFO.id, plan: informatizationPlan, tree: INFO.plan as PlanItem },
];

/** Idempotent: loads Busan's two demo plans into the demo organisation once. */
export async function seedPlansDemo(
  tx: Executor,
  org: OrganisationRow,
  onProgress: (message: string) => void,
): Promise<void> {
  for (const demo of DEMO_PLANS) {
    if (await findPlanBySourceKey(tx, org.id, demo.source)) continue;
    const plan = await insertPlanRow(tx, demo.plan(org.id));
    const { items, lines } = itemRowsFromTree(plan.id, demo.tree, 'proposed');
    await insertPlanItemRows(tx, items);
    await insertBudgetLineRows(tx, lines);
    await writeAudit(tx, {
      orgId: org.id,
      actor: null,
      action: 'plan.seed',
      entity: 'plan',
      entityId: plan.id,
      before: null,
      after: { source: demo.source, nameEn: plan.nameEn, items: items.length, budgetLines: lines.length },
    });
    onProgress(`demo plan loaded: ${plan.nameEn} (${items.length} items)`);
  }
}
