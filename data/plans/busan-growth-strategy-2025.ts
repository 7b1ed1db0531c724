/**
 * "Busan Economic Growth Innovation Strategy and Core Projects (Draft)", reviewed at the briefing
 * of 10 November (seed 003: Busan Metropolitan City's English press release, AI-translated by the
 * city). Strategy names, counts and budget envelopes are copied exactly from the seed.
 *
 * ILLUSTRATIVE: the seed names the 4 strategies and only 4 of the 71 projects. It gives no list of
 * the 10 initiatives, no split of initiatives or project types per strategy and no per-project
 * budgets. The initiative names (paraphrasing goals the seed lists per strategy), the placement of
 * projects, the placeholder project names and the per-strategy type split are CityBench's and
 * carry `illustrative: true`. The splits are chosen so that every total in the seed is reproduced.
 * Korean names are CityBench translations (`translated: ['ko']`), not the city's Korean wording.
 */
import type { Krw } from '../../src/engine/planning/money.ts';
import type { PlanItem, PlanName, ProjectType } from '../../src/engine/planning/plan-tree.ts';

const ko = (en: string, koText: string): PlanName => ({ en, ko: koText, translated: ['ko'] });

interface StrategySource {
  id: string;
  /** Name as listed in the seed's numbered list of strategic pillars. */
  name: PlanName;
  /** Other wording the seed uses for the same strategy in its running text. */
  alsoCalled: string;
  /** The amount exactly as the seed writes it, and in won. */
  envelopeText: string;
  envelope: Krw;
  projects: number;
  /** The one project the seed names under this strategy. */
  namedProject: PlanName;
  /** ILLUSTRATIVE: initiatives (named after the goals the seed lists) with their project counts. */
  initiatives: { name: PlanName; projects: number }[];
  /** ILLUSTRATIVE: project types in this strategy; only the 53/15/3 totals are in the seed. */
  types: Record<ProjectType, number>;
}

const STRATEGIES: StrategySource[] = [
  {
    id: 's1',
    name: ko('Mega-Convergence of Marine and Future Technologies', '해양·미래기술 메가 융합'),
    alsoCalled: 'Marine–Future Technology Mega-Convergence',
    envelopeText: 'KRW 1.927 trillion',
    envelope: 1_927_000_000_000n,
    projects: 21,
    namedProject: ko(
      'Marine and Port AI Transformation (AX) Demonstration Center',
      '해양·항만 AI 전환(AX) 실증센터',
    ),
    initiatives: [
      { name: ko('Global competitiveness of marine ports', '해양항만 글로벌 경쟁력 강화'), projects: 7 },
      {
        name: ko('Next-generation smart shipbuilding technologies', '차세대 스마트 조선 기술 확보'),
        projects: 7,
      },
      { name: ko('AI hub specialising in marine industries', '해양산업 특화 AI 허브 조성'), projects: 7 },
    ],
    types: { new: 16, upgraded: 4, expanded: 1 },
  },
  {
    id: 's2',
    name: ko('Advancement of AI-Based Technological Innovation', 'AI 기반 기술혁신 고도화'),
    alsoCalled: 'Advancement of AI-Based Technological Innovation',
    envelopeText: 'KRW 782.4 billion',
    envelope: 782_400_000_000n,
    projects: 16,
    namedProject: ko('Leading model for a Korean-style Green Data Center', '한국형 그린 데이터센터 선도모델'),
    initiatives: [
      {
        name: ko(
          'AI transformation (AX) hubs and technology models',
          'AI 전환(AX) 거점 및 기술모델 개발·확산',
        ),
        projects: 8,
      },
      {
        name: ko('Comprehensive AI-driven innovation ecosystem', 'AI 기반 종합 혁신 생태계 조성'),
        projects: 8,
      },
    ],
    types: { new: 12, upgraded: 3, expanded: 1 },
  },
  {
    id: 's3',
    name: ko(
      'Leadership in Materials, Parts, Equipment, and Energy Industries',
      '소재·부품·장비 및 에너지 산업 선도',
    ),
    alsoCalled: 'Leadership in Materials, Parts, Equipment, and Energy Industries',
    envelopeText: 'KRW 1.7396 trillion',
    envelope: 1_739_600_000_000n,
    projects: 18,
    namedProject: ko(
      'Manufacturing infrastructure for compound semiconductors used in extreme and polar environments',
      '극한·극지 환경용 화합물 반도체 제조 인프라',
    ),
    initiatives: [
      {
        name: ko('Advanced materials, parts and equipment cluster', '첨단 소재·부품·장비 클러스터 조성'),
        projects: 6,
      },
      { name: ko('Supply-chain leadership', '공급망 주도'), projects: 6 },
      { name: ko('Competitiveness in new energy industries', '신에너지 산업 경쟁력 강화'), projects: 6 },
    ],
    types: { new: 13, upgraded: 4, expanded: 1 },
  },
  {
    id: 's4',
    name: ko('Revitalization (Boom-Up) of the Lifestyle Industry', '생활산업 활성화(붐업)'),
    alsoCalled: 'Revitalization of the Lifestyle Industry',
    envelopeText: 'KRW 439.2 billion',
    envelope: 439_200_000_000n,
    projects: 16,
    namedProject: ko('K-Regional Tourism Leading Zone Project', 'K-지역관광 선도지구 사업'),
    initiatives: [
      {
        name: ko(
          'Busan-centred mega-regional tourism hub and K-content infrastructure',
          '부산 중심 초광역 관광허브 및 K-콘텐츠 인프라',
        ),
        projects: 8,
      },
      { name: ko('Age-friendly technologies (AgeTech)', '고령친화기술(에이지테크)'), projects: 8 },
    ],
    types: { new: 12, upgraded: 4, expanded: 0 },
  },
];

const PLACEMENT_NOTE =
  'Named in seed 003; its initiative and project type are illustrative (the seed gives neither).';
const PLACEHOLDER_NOTE =
  'Placeholder for one of the projects the seed counts but does not name; name, initiative and type are illustrative.';
const INITIATIVE_NOTE =
  'The seed counts 10 initiatives but does not name them or split them by strategy; this name paraphrases a goal the seed lists for the strategy, and its project count is illustrative.';

/** Project types in a fixed order (new, then upgraded, then expanded) to hit the stated split. */
function typeSequence(types: Record<ProjectType, number>): ProjectType[] {
  return (['new', 'upgraded', 'expanded'] as const).flatMap((t) => new Array<ProjectType>(types[t]).fill(t));
}

function strategyItem(source: StrategySource): PlanItem {
  const types = typeSequence(source.types);
  let projectNumber = 0;
  const initiatives = source.initiatives.map((initiative, i): PlanItem => {
    const projects: PlanItem[] = [];
    for (let k = 0; k < initiative.projects; k++) {
      projectNumber++;
      const code = `${source.id.toUpperCase()}-${String(projectNumber).padStart(2, '0')}`;
      const named = projectNumber === 1;
      projects.push({
        id: `${source.id}-p${String(projectNumber).padStart(2, '0')}`,
        level: 'project',
        name: named ? source.namedProject : ko(`Illustrative project ${code}`, `예시 사업 ${code}`),
        projectType: types[projectNumber - 1]!,
        illustrative: true,
        note: named ? PLACEMENT_NOTE : PLACEHOLDER_NOTE,
      });
    }
    return {
      id: `${source.id}-i${i + 1}`,
      level: 'initiative',
      name: initiative.name,
      illustrative: true,
      note: INITIATIVE_NOTE,
      children: projects,
    };
  });
  return {
    id: source.id,
    level: 'strategy',
    name: source.name,
    envelope: source.envelope,
    note: `Seed 003: ${source.projects} projects, ${source.envelopeText}. Also called "${source.alsoCalled}".`,
    children: initiatives,
  };
}

export const BUSAN_GROWTH_STRATEGY_2025 = {
  id: 'busan-growth-strategy-2025',
  provenance:
    'Seed 003: Busan Metropolitan City press release on the Busan Economic Growth Innovation Strategy Briefing (English, AI-translated by the city). Placeholders are marked illustrative.',
  status: 'draft',
  briefing: {
    name: 'Busan Economic Growth Innovation Strategy Briefing',
    /** The seed says "today (Nov. 10)" and never states the year. */
    date: { year: 2025, month: 11, day: 10, yearInferred: true },
    dateNote:
      'The seed gives "Nov. 10" without a year; 2025 is inferred by CityBench from the project brief, not stated in the seed.',
    time: '14:00',
    venue: 'Small Conference Room 2, 12th floor, City Hall',
    presidedBy: 'Mayor Park Heong-joon',
    participants: {
      approximately: 30,
      description: 'business leaders, experts, and heads of relevant organizations',
    },
  },
  preparedBy: {
    body: 'Busan Growth Strategy Public-Private Task Force (TF)',
    launched: 'September (year not stated in the seed)',
    ledBy: 'Vice Mayor for Administrative Affairs',
    workingGroupMeetings: 4,
    plenarySessions: 1,
  },
  goal: "propelling Busan into the ranks of the world's top five maritime cities",
  strategySources: STRATEGIES,
  plan: {
    id: 'busan-growth-strategy-2025',
    level: 'plan',
    name: ko(
      'Busan Economic Growth Innovation Strategy and Core Projects (Draft)',
      '부산 경제성장 혁신전략 및 핵심사업(안)',
    ),
    alignment: ['national-economic-growth-strategy'],
    note: 'Seed 003: prepared "in connection with the central government\'s economic growth strategies", with priority given to alignment with major national initiatives.',
    children: STRATEGIES.map(strategyItem),
  } satisfies PlanItem,
} as const;
