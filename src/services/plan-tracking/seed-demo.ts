/**
 * Demo data of plan tracking for the 6th Basic Informatization Plan (seed 004), loaded once into
 * the demo organisation after the plans themselves (src/services/plans/seed-demo.ts).
 *
 * Facts: the kickoff briefing of 12 June 2025 (time, venue, participants, the timed agenda) and
 * the notes marked "Seed 004" are copied from the seed; their Korean texts are CityBench
 * translations. Everything else (SWOT, criteria and scores, the AHP matrix, KPIs, progress,
 * spend, milestones, factor links, the example decision) is ILLUSTRATIVE: the plan was still being
 * drafted, so CityBench made it up to show the features, and every such row says so.
 */

import { BUSAN_INFORMATIZATION_PLAN_2026_2030 as INFO } from '../../../data/plans/busan-informatization-plan-2026-2030.ts';
import type { Executor, OrganisationRow } from '../../db/index.ts';
import {
  findMeetingBySourceKey,
  findTrackingPlanBySourceKey,
  insertCost,
  insertKpi,
  insertMeeting,
  insertMeetingRecord,
  insertMilestone,
  insertPlanNote,
  insertProgress,
  insertSwotItem,
  listCriteria,
  listTrackingItems,
  replaceAgenda,
  replaceCriteria,
  replaceItemFactors,
  replaceKpiYears,
  replaceSwotLinks,
  upsertAhpMatrix,
  upsertScores,
} from '../../db/repositories/plan-tracking-index.ts';
import { writeAudit } from '../audit-log.ts';
import { meetingValues } from './meetings.ts';

export const KICKOFF_SOURCE_KEY = 'seed-004-kickoff';

const ILLUSTRATIVE =
  'Illustrative: made up by CityBench for the demo (the plan was still being drafted); not the city’s data.';
const FROM_SEED =
  'Seed 004 (Busan press release on the kickoff, AI-translated by the city); Korean text is a CityBench translation.';

/** Korean wording of the seed's agenda rows (CityBench translations). */
const AGENDA_KO: Record<string, string> = {
  'Opening & Participant Introduction': '개회 및 참석자 소개',
  'Welcome Remarks': '인사말',
  'Project Briefing': '사업 설명(착수 보고)',
  'Feedback & Q&A': '의견 수렴 및 질의응답',
  Closing: '폐회',
};

const GROUPS_KO: Record<string, string> = {
  'City officials': '시 공무원',
  'external experts': '외부 전문가',
  'project contractor': '용역 수행사',
};

function isoDateOf(d: { year: number; month: number; day: number }): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** Idempotent: loads the demo master-plan workspace, priorities, KPIs and the seed-004 kickoff meeting into the demo organisation once. */
export async function seedPlanTrackingDemo(
  tx: Executor,
  org: OrganisationRow,
  onProgress: (message: string) => void,
): Promise<void> {
  const plan = await findTrackingPlanBySourceKey(tx, org.id, INFO.id);
  if (!plan) return;
  if (await findMeetingBySourceKey(tx, plan.id, KICKOFF_SOURCE_KEY)) return;
  const items = await listTrackingItems(tx, plan.id);
  const byCode = new Map(items.map((i) => [i.code, i.id]));
  const t1 = byCode.get('bip6-t1');
  const t2 = byCode.get('bip6-t2');
  const t3 = byCode.get('bip6-t3');
  if (!t1 || !t2 || !t3) return; // the demo plan's tree changed: nothing sensible to attach to

  // 8. The kickoff briefing, exactly as the seed states it.
  const k = INFO.kickoff;
  const values = meetingValues({
    kind: 'kickoff',
    title: {
      en: `Kickoff briefing: ${INFO.study.title}`,
      ko: '제6차 부산광역시 정보화 기본계획 수립 연구용역 착수보고회',
    },
    heldOn: isoDateOf(k.date),
    startsAt: k.start,
    venue: { en: k.venue, ko: '도모헌 회의실(2층)' },
    purpose: {
      en: `${k.agendaSummary}. To present the project initiation and gather feedback.`,
      ko: '사업 설명, 의견 수렴 및 질의응답. 용역 착수를 보고하고 의견을 수렴함.',
    },
    participants: {
      count: k.participants.approximately,
      approximate: true,
      groups: k.participants.groups.map((g) => ({ en: g, ko: GROUPS_KO[g] ?? g })),
      people: [],
    },
    agenda: k.agenda.map((slot) => ({
      start: slot.start,
      end: slot.end,
      title: { en: slot.content, ko: AGENDA_KO[slot.content] ?? slot.content },
    })),
    illustrative: false,
    note: FROM_SEED,
  });
  const meeting = await insertMeeting(tx, { ...values.row, planId: plan.id, sourceKey: KICKOFF_SOURCE_KEY });
  await replaceAgenda(tx, meeting.id, values.agenda ?? []);
  await insertMeetingRecord(
    tx,
    {
      meetingId: meeting.id,
      kind: 'decision',
      textEn:
        '(Illustrative example, not from the seed) Reflect the citizen and public-servant survey results in the SWOT analysis before prioritising the action tasks.',
      textKo:
        '(예시, 보도자료에 없는 내용) 과제 우선순위 결정 전에 시민·공무원 설문 결과를 SWOT 분석에 반영한다.',
    },
    [t1, t2],
  );

  // 3. Workspace notes: three from the seed, one illustrative proposal.
  const notes = [
    {
      kind: 'environment',
      titleEn: 'Drivers and national policy alignment',
      titleKo: '환경 변화와 국가 정책 연계',
      bodyEn: `Deepening digital era shaped by ${INFO.drivers.join(', ')} innovations. The plan responds to national policies: ${INFO.nationalAlignment.map((n) => n.en).join(', ')}.`,
      bodyKo: `초거대 인공지능(AI), 데이터, 클라우드 혁신으로 심화되는 디지털 시대. 국가 정책(${INFO.nationalAlignment.map((n) => n.ko).join(', ')})에 대응한다.`,
      illustrative: false,
      note: FROM_SEED,
    },
    {
      kind: 'as-is',
      titleEn: `${INFO.predecessor.ordinal}th plan (${INFO.predecessor.from}–${INFO.predecessor.to})`,
      titleKo: `제${INFO.predecessor.ordinal}차 계획(${INFO.predecessor.from}~${INFO.predecessor.to})`,
      bodyEn: `Assess the achievements and limitations of ${INFO.predecessor.description}.`,
      bodyKo: `곧 만료되는 제5차 계획(2019~2025)의 성과와 한계를 진단한다.`,
      illustrative: false,
      note: FROM_SEED,
    },
    {
      kind: 'vision',
      titleEn: 'Vision',
      titleKo: '비전',
      bodyEn: `A ${INFO.vision.map((v) => v.en).join(' and a ')}, linked with the ${INFO.policyLink}.`,
      bodyKo: '살기 좋은 AI 도시이자 글로벌 AI 혁신 허브. 민선 8기 시정 목표와 연계한다.',
      illustrative: false,
      note: FROM_SEED,
    },
    {
      kind: 'proposal',
      titleEn: 'Example: a data and AI governance unit in the informatization division',
      titleKo: '예시: 정보화 부서 내 데이터·AI 거버넌스 전담 조직',
      bodyEn: 'Example of an organisational proposal the study could make (the seed names the topic only).',
      bodyKo: '연구용역이 제시할 수 있는 조직 개선안의 예시(보도자료에는 항목명만 있음).',
      illustrative: true,
      note: ILLUSTRATIVE,
    },
  ];
  for (const [position, n] of notes.entries()) await insertPlanNote(tx, { ...n, planId: plan.id, position });

  // SWOT (illustrative), linked to the example tasks.
  const swot: [string, string, string, string[]][] = [
    [
      'strength',
      'Example: data and systems built under the 5th plan',
      '예시: 제5차 계획으로 구축한 데이터와 시스템',
      [t2],
    ],
    [
      'weakness',
      'Example: fragmented legacy systems across departments',
      '예시: 부서별로 분산된 노후 시스템',
      [t2, t3],
    ],
    [
      'opportunity',
      'Example: national AI programmes open to local governments',
      '예시: 지자체 대상 국가 AI 사업',
      [t1],
    ],
    [
      'threat',
      'Example: privacy and security risks of AI services',
      '예시: AI 서비스의 개인정보·보안 위험',
      [t1, t3],
    ],
  ];
  for (const [position, [quadrant, en, ko, links]] of swot.entries()) {
    const row = await insertSwotItem(tx, {
      planId: plan.id,
      quadrant,
      textEn: en,
      textKo: ko,
      position,
      illustrative: true,
      note: ILLUSTRATIVE,
    });
    await replaceSwotLinks(tx, row.id, links);
  }

  // 4. Criteria, scores and one expert's AHP matrix (illustrative).
  const criteria = [
    ['importance', 'Importance', '중요도', 0.4, 'benefit'],
    ['urgency', 'Urgency', '시급성', 0.3, 'benefit'],
    ['feasibility', 'Feasibility', '실현 가능성', 0.2, 'benefit'],
    ['cost', 'Cost', '비용', 0.1, 'cost'],
  ] as const;
  await replaceCriteria(
    tx,
    plan.id,
    criteria.map(([code, en, ko, weight, direction], position) => ({
      code,
      nameEn: en,
      nameKo: ko,
      weight,
      weightSource: 'entered',
      direction,
      scaleMin: 1,
      scaleMax: 5,
      position,
      illustrative: true,
      note: ILLUSTRATIVE,
    })),
  );
  const criterionId = new Map((await listCriteria(tx, plan.id)).map((c) => [c.code, c.id]));
  const scores: Record<string, [string, number[]]> = {
    t1: [t1, [5, 5, 4, 2]],
    t2: [t2, [5, 4, 3, 3]],
    t3: [t3, [4, 2, 2, 5]],
  };
  await upsertScores(
    tx,
    Object.values(scores).flatMap(([itemId, values]) =>
      criteria.map(([code], i) => ({
        criterionId: criterionId.get(code) ?? '',
        itemId,
        score: values[i] ?? 1,
      })),
    ),
  );
  await upsertAhpMatrix(tx, {
    planId: plan.id,
    expert: 'Example expert A (illustrative)',
    criteria: criteria.map(([code]) => code),
    matrix: [
      [1, 2, 3, 4],
      [1 / 2, 1, 2, 3],
      [1 / 3, 1 / 2, 1, 2],
      [1 / 4, 1 / 3, 1 / 2, 1],
    ],
  });

  // 6. KPIs, milestones, progress and spend (illustrative).
  const kpis = [
    {
      itemId: t1,
      nameEn: 'Share of civil-service enquiries answered by the AI counter',
      nameKo: 'AI 민원 상담 처리 비율',
      unit: '%',
      direction: 'higher-is-better',
      baseline: 0,
      baselineYear: 2025,
      years: [
        { year: 2026, target: 10, actual: 8 },
        { year: 2027, target: 25, actual: null },
      ],
    },
    {
      itemId: t2,
      nameEn: 'Datasets published on the city data platform',
      nameKo: '도시 데이터 플랫폼 개방 데이터셋 수',
      unit: 'datasets',
      direction: 'higher-is-better',
      baseline: 120,
      baselineYear: 2025,
      years: [
        { year: 2027, target: 200, actual: null },
        { year: 2028, target: 300, actual: null },
      ],
    },
  ];
  for (const { years, ...kpi } of kpis) {
    const row = await insertKpi(tx, { ...kpi, planId: plan.id, illustrative: true, note: ILLUSTRATIVE });
    await replaceKpiYears(tx, row.id, years);
  }
  const milestones = [
    [t1, 'Pilot AI counter opens', 'AI 민원 상담 시범 운영 개시', '2026-09-30', '2026-10-15'],
    [t1, 'Service extended to all districts', '전 구·군 서비스 확대', '2027-06-30', null],
    [t2, 'Platform design completed', '플랫폼 설계 완료', '2027-06-30', null],
    [t3, 'Digital twin pilot area chosen', '디지털 트윈 시범 지역 선정', '2029-03-31', null],
  ] as const;
  for (const [itemId, en, ko, dueOn, doneOn] of milestones)
    await insertMilestone(tx, {
      planId: plan.id,
      itemId,
      nameEn: en,
      nameKo: ko,
      dueOn,
      doneOn,
      illustrative: true,
      note: ILLUSTRATIVE,
    });
  await insertProgress(tx, {
    planId: plan.id,
    itemId: t1,
    reportedOn: '2026-10-31',
    percentComplete: 60,
    note: `Pilot running in two districts. ${ILLUSTRATIVE}`,
    author: null,
  });
  for (const [spentOn, amount] of [
    ['2026-05-29', 250_000_000n],
    ['2026-09-30', 230_000_000n],
  ] as const)
    await insertCost(tx, {
      planId: plan.id,
      itemId: t1,
      spentOn,
      amount,
      source: 'municipal',
      note: ILLUSTRATIVE,
    });

  // 7. Factor links to the demo benchmark framework (SYNTHETIC factors; illustrative amounts).
  const links: [string, string, number][] = [
    [t1, 'TE07', 3],
    [t2, 'TE12', 10],
    [t3, 'TE07', 5],
  ];
  for (const [itemId, factorCode, amount] of links)
    await replaceItemFactors(tx, plan.id, itemId, [
      { factorCode, kind: 'delta', amount, illustrative: true, note: ILLUSTRATIVE },
    ]);

  await writeAudit(tx, {
    orgId: org.id,
    actor: null,
    action: 'plan.tracking.seed',
    entity: 'plan',
    entityId: plan.id,
    before: null,
    after: { meeting: meeting.id, notes: notes.length, swot: swot.length, kpis: kpis.length },
  });
  onProgress(`demo plan tracking loaded: kickoff meeting of ${meeting.heldOn} and illustrative workspace`);
}
