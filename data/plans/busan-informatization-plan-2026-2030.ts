/**
 * The 6th Basic Informatization Plan of Busan Metropolitan City (2026–2030), as announced at the
 * kickoff of its planning study (seed 004: the city's English press release, AI-translated by the
 * city). Every fact outside `plan` is copied from the seed; English wording is the seed's.
 *
 * The plan itself was still being drafted, so the seed lists no tasks, SWOT items or budget rows.
 * The task tree in `plan` is ILLUSTRATIVE (CityBench's example of the roadmap the study will
 * produce: one task per horizon with example budget lines), flagged `illustrative: true`.
 * Korean names are CityBench translations (`translated: ['ko']`).
 */
import type { Krw } from '../../src/engine/planning/money.ts';
import type { PlanItem, PlanName } from '../../src/engine/planning/plan-tree.ts';

const ko = (en: string, koText: string): PlanName => ({ en, ko: koText, translated: ['ko'] });

export interface AgendaSlot {
  /** 24-hour local time (KST), as in the seed's table. */
  start: string;
  end: string;
  /** Duration the seed states in brackets, e.g. (25’). */
  minutes: number;
  content: string;
}

const NATIONAL_ALIGNMENT = [
  ko('Korea Digital Strategy', '대한민국 디지털 전략'),
  ko('Digital Platform Government Implementation Plan', '디지털플랫폼정부 실현계획'),
  ko('National AI Mainstreaming Strategy', '국가 AI 일상화 전략'),
];

const ILLUSTRATIVE_TASK_NOTE =
  'CityBench example of a roadmap task; the seed lists no tasks (the plan was being drafted). Name, horizon and budget lines are illustrative.';

/** ILLUSTRATIVE roadmap: one example task per horizon, tagged with the national strategies. */
const ILLUSTRATIVE_PLAN: PlanItem = {
  id: 'busan-informatization-6',
  level: 'plan',
  name: ko(
    '6th Basic Informatization Plan of Busan Metropolitan City (2026–2030)',
    '제6차 부산광역시 정보화 기본계획(2026~2030)',
  ),
  note: 'Seed 004 for the plan itself; everything below it is illustrative.',
  children: [
    {
      id: 'bip6-t1',
      level: 'task',
      name: ko('Example: AI-assisted civil service counter', '예시: AI 민원 상담 창구'),
      horizon: 'short',
      projectType: 'new',
      alignment: ['Korea Digital Strategy', 'National AI Mainstreaming Strategy'],
      budget: [
        { year: 2026, source: 'municipal', amount: 800_000_000n },
        { year: 2027, source: 'national', amount: 1_200_000_000n },
      ],
      illustrative: true,
      note: ILLUSTRATIVE_TASK_NOTE,
    },
    {
      id: 'bip6-t2',
      level: 'task',
      name: ko('Example: city data platform on the cloud', '예시: 클라우드 기반 도시 데이터 플랫폼'),
      horizon: 'mid',
      projectType: 'upgraded',
      alignment: ['Digital Platform Government Implementation Plan'],
      budget: [
        { year: 2027, source: 'municipal', amount: 1_500_000_000n },
        { year: 2028, source: 'national', amount: 2_500_000_000n },
      ],
      illustrative: true,
      note: ILLUSTRATIVE_TASK_NOTE,
    },
    {
      id: 'bip6-t3',
      level: 'task',
      name: ko('Example: digital twin for urban services', '예시: 도시 서비스 디지털 트윈'),
      horizon: 'long',
      projectType: 'expanded',
      alignment: ['Korea Digital Strategy'],
      budget: [
        { year: 2029, source: 'private', amount: 1_000_000_000n },
        { year: 2030, source: 'municipal', amount: 2_000_000_000n },
      ],
      illustrative: true,
      note: ILLUSTRATIVE_TASK_NOTE,
    },
  ],
};

export const BUSAN_INFORMATIZATION_PLAN_2026_2030 = {
  id: 'busan-informatization-plan-2026-2030',
  provenance:
    'Seed 004: Busan Metropolitan City press release on the kickoff of the 6th Basic Informatization Plan study (English, AI-translated by the city). The task tree is illustrative.',
  title: ILLUSTRATIVE_PLAN.name,
  ordinal: 6,
  period: { from: 2026, to: 2030 },
  /** "mandated every five years". */
  cycleYears: 5,
  legalBasis: [
    ko('Electronic Government Act', '전자정부법'),
    ko('Busan Metropolitan City Informatization Basic Ordinance', '부산광역시 정보화 기본 조례'),
  ],
  predecessor: { ordinal: 5, from: 2019, to: 2025, description: 'the soon-to-expire 5th Plan (2019–2025)' },
  drivers: ['hyper-scale artificial intelligence (AI)', 'data', 'cloud'],
  nationalAlignment: NATIONAL_ALIGNMENT,
  vision: [ko('livable AI city', '살기 좋은 AI 도시'), ko('global AI innovation hub', '글로벌 AI 혁신 허브')],
  policyLink: 'policy goals of the 8th popularly elected administration',
  study: {
    title: 'Study for the Establishment of the 6th Basic Informatization Plan of Busan',
    duration: { from: { year: 2025, month: 6 }, to: { year: 2025, month: 11 }, months: 5 },
    durationNote:
      'Stored as the seed states it ("five months from June to November"). June through November covers six calendar months; the five presumably count from the 12 June kickoff.',
    budgetText: 'KRW 175 million',
    budget: 175_000_000n as Krw,
    contractor: { name: 'C&L Consulting Co., Ltd.', ceo: 'Lee Dae-cheol', basedIn: 'Yeongdeungpo-gu, Seoul' },
    /** "Scope" in the seed's fact box. */
    scope: [
      'Develop the Basic Informatization Plan for 2026–2030',
      'Analyze informatization environments and trends',
      'Define vision, strategy, action tasks',
      'Develop roadmaps for short-, mid-, and long-term implementation',
    ],
    /** What the study "will include", from the seed's running text. */
    contents: [
      'Analysis of domestic and international informatization environments',
      'Vision and strategy development',
      'Definition of short-, mid-, and long-term implementation tasks',
      'Roadmap for phased implementation',
      'Organizational and institutional improvement proposals',
    ],
    methods: [
      'SWOT analysis',
      'future demand forecasts',
      'citizen and public servant surveys',
      'expert interviews',
    ],
    roadmapElements: [
      'prioritization of action items',
      'budget planning',
      'annual and phased implementation strategies',
    ],
  },
  kickoff: {
    date: { year: 2025, month: 6, day: 12 },
    weekday: 'Thursday',
    start: '15:00',
    venue: 'Domohon Conference Room (2nd Floor)',
    participants: {
      approximately: 30,
      groups: ['City officials', 'external experts', 'project contractor'],
    },
    agendaSummary: 'Project briefing, feedback, and Q&A',
    agenda: [
      { start: '15:00', end: '15:05', minutes: 5, content: 'Opening & Participant Introduction' },
      { start: '15:05', end: '15:10', minutes: 5, content: 'Welcome Remarks' },
      { start: '15:10', end: '15:35', minutes: 25, content: 'Project Briefing' },
      { start: '15:35', end: '15:55', minutes: 20, content: 'Feedback & Q&A' },
      { start: '15:55', end: '16:00', minutes: 5, content: 'Closing' },
    ] satisfies AgendaSlot[],
  },
  spokesperson: "Jo Young-tae, Director-General of Busan's Administrative Affairs Bureau",
  plan: ILLUSTRATIVE_PLAN,
};
