/**
 * Busan's innovation-capacity profile as stated in seed 002 (/work/shared/seeds/002_*.txt: the
 * OECD/Bloomberg Philanthropies city innovation-capacity profile of Busan). Every figure and
 * every quoted line is copied exactly from the seed; `sourceLine` holds the seed's own sentence.
 * Where the seed does not state something (the total number of cities surveyed, which survey
 * wave a figure belongs to), the value is null and the text says "not stated in the source".
 * Translations into Korean are CityBench's.
 */

export const SEED_DOCUMENT = 'seed 002: OECD/Bloomberg Philanthropies innovation-capacity profile of Busan';

export const PROFILE_SOURCE = {
  titleEn: 'OECD/Bloomberg Philanthropies city innovation-capacity survey: profile of Busan',
  titleKo: 'OECD·블룸버그 자선재단 도시 혁신 역량 조사: 부산 프로필',
  document: SEED_DOCUMENT,
  noteEn:
    'Figures about other cities are quoted exactly from the profile. The profile does not state how many cities were surveyed, nor which survey wave (it mentions a 2018 and a 2020 survey) each figure comes from.',
  noteKo:
    '다른 도시에 관한 수치는 프로필의 내용을 그대로 옮긴 것입니다. 프로필에는 조사 도시 수와 각 수치가 어느 조사 차수(2018년 조사와 2020년 조사가 언급됨)에서 나왔는지가 나와 있지 않습니다.',
} as const;

/** The survey wave of the published figures, as far as the seed states it. */
export const PUBLISHED_WAVE = {
  en: 'Wave not stated in the source (it mentions a 2018 and a 2020 survey)',
  ko: '조사 차수 미기재 (출처에 2018년·2020년 조사가 언급됨)',
} as const;

export const BUSAN_CITY = {
  city: 'Busan',
  nameEn: 'Busan',
  nameKo: '부산',
  countryEn: 'Korea',
  countryKo: '대한민국',
  mayorEn: 'Oh Keo-don',
  mayorKo: '오거돈',
  /** "Population 3,500,000 (2019)" */
  population: { value: 3_500_000, year: 2019 },
} as const;

/** Busan's answers in the questionnaire's terms (question names of questionnaire.ts). */
export const BUSAN_ANSWERS: Record<string, unknown> = {
  city_name: 'Busan',
  innovation_helps: ['resident_outcomes', 'service_delivery', 'future_challenges'],
  success_factors: [
    'dedicated_funding',
    'measurement',
    'innovation_team',
    'culture',
    'outside_support',
    'city_manager',
    'hr_support',
  ],
  explicit_strategy: true,
  approach: 'both',
  policy_areas: ['tourism', 'digital_governance'],
  dedicated_team: false,
  innovation_terms: ['behavioral_economics', 'human_centered_design'],
  innovation_activities: [
    'taking_risks',
    'data_analytics',
    'digital_solutions',
    'organisational_change',
    'human_centered_design',
  ],
  dedicated_funding: true,
  funding_sources: ['national_budget', 'municipal_budget'],
  funded_activities: ['digital_systems', 'physical_infrastructure', 'idea_generation'],
  partnerships: ['public_agencies', 'non_profits', 'residents'],
  data_partnerships: ['academia_think_tanks'],
  sufficient_data_areas: [
    'transport_mobility',
    'economic_development',
    'housing',
    'health',
    'policing',
    'waste_sewage',
    'tourism',
    'social_welfare',
    'social_inclusion',
    'public_works',
    'land_use',
    'labour_market',
    'government_finance',
    'environment_climate',
    'digital_governance',
    'culture',
    'blight',
    'built_environment',
    'education',
  ],
};

type Bi = { en: string; ko: string };

/** Free statements of the seed per section (page name of the questionnaire). */
export const SECTION_STATEMENTS: Record<string, Bi[]> = {
  vision: [
    {
      en: 'Spotlight on innovation in Busan: Designated as one of the two pilot tests for South Korea’s first-ever smart cities, the Eco Delta City (EDC) in Busan aims to become an urban model that helps resolve various challenges of rapid urbanization. Focusing on water management and robotic services, the project is a prime example of innovation-driven design, implementation and governance, and the use of new technologies.',
      ko: '부산의 혁신 사례: 대한민국 최초의 스마트시티 국가 시범도시 두 곳 중 하나로 지정된 부산 에코델타시티(EDC)는 급속한 도시화의 다양한 과제 해결을 돕는 도시 모델을 목표로 합니다. 물 관리와 로봇 서비스에 중점을 둔 이 사업은 혁신 주도의 설계·실행·거버넌스와 신기술 활용의 대표적인 사례입니다.',
    },
    {
      en: 'Busan is a state-designated smart city and blockchain special district. The city was also designated as an international tourist city this year.',
      ko: '부산은 국가 지정 스마트시티이자 블록체인 규제자유특구입니다. 또한 올해 국제관광도시로 지정되었습니다.',
    },
  ],
  skills: [],
  funding: [],
  measurement: [],
};

/** The seed's "e.g." line under an answer (question -> option -> text). */
export const ANSWER_DETAILS: Record<string, Record<string, Bi>> = {
  innovation_activities: {
    taking_risks: {
      en: 'e.g. prototyping new programs or models to address a persistent city challenge',
      ko: '예: 지속되는 도시 문제 해결을 위한 새 프로그램이나 모델의 시제품 제작',
    },
    data_analytics: {
      en: 'e.g. data storage/analytics; open data; big data',
      ko: '예: 데이터 저장/분석, 공공데이터 개방, 빅데이터',
    },
    digital_solutions: { en: 'e.g. use of drones or smart sensors', ko: '예: 드론이나 스마트 센서 활용' },
    organisational_change: {
      en: 'e.g. silo-busting; new internal performance management; staff training and capacity building on innovation tools or techniques; reforms to contracting or procurement',
      ko: '예: 칸막이 해소, 새로운 내부 성과관리, 혁신 도구·기법에 관한 직원 교육과 역량 강화, 계약·조달 개혁',
    },
    human_centered_design: {
      en: 'e.g. prioritizing the end-user at each stage of the design process',
      ko: '예: 설계 과정의 각 단계에서 최종 사용자를 우선시',
    },
  },
  funding_sources: {
    national_budget: {
      en: "This refers to funding in the form of budget support to city authorities. Example: Stockholm (Sweden) launched the Hub for Innovation, a three-year long project funded by Sweden's National Innovation Authority, Vinnova in 2017. The hub supports a more innovative working culture within the city hall.",
      ko: '도시 당국에 대한 예산 지원 형태의 재원을 말합니다. 예: 스톡홀름(스웨덴)은 2017년 스웨덴 국가혁신청 Vinnova의 지원을 받는 3년 사업 Hub for Innovation을 시작했습니다. 이 허브는 시청 내 더 혁신적인 업무 문화를 지원합니다.',
    },
    municipal_budget: {
      en: 'This could include, for instance, City Council approved funds; operating budget; a special funding process (bond, Mayoral special initiative funding, etc.); and participatory budgeting / citizen-selected budgeting.',
      ko: '예를 들어 시의회 승인 재원, 운영 예산, 특별 재원 조달 절차(채권, 시장 특별 이니셔티브 재원 등), 주민참여예산/시민 선정 예산 등이 포함될 수 있습니다.',
    },
  },
  partnerships: {},
};

/** Notes under a question: what the seed shows that is not an answer or a figure. */
export const QUESTION_NOTES: Record<string, Bi> = {
  policy_areas: {
    en: 'The source shows a chart "Policy areas by number of cities" without numbers in its text.',
    ko: '출처에는 "도시 수별 정책 분야" 도표가 있으나 본문에 수치는 없습니다.',
  },
  dedicated_team: {
    en: 'The source shows a chart "Innovation roles by number of cities" without numbers in its text.',
    ko: '출처에는 "도시 수별 혁신 역할" 도표가 있으나 본문에 수치는 없습니다.',
  },
  innovation_activities: {
    en: 'The source also lists seven activities numbered 1 to 7: 1 Taking risks or testing new ideas, 2 Data-driven analytics/public data management, 3 Engaging residents in new ways, 4 Developing new solutions based on digital technologies, 5 Organizational change within the municipality, 6 Human-centered design, 7 Rethinking your city’s approach to financing partnerships. It does not state what the order measures.',
    ko: '출처에는 1~7번으로 번호가 매겨진 일곱 가지 활동도 나옵니다: 1 위험 감수 또는 새로운 아이디어 시험, 2 데이터 기반 분석/공공데이터 관리, 3 새로운 방식의 주민 참여, 4 디지털 기술 기반의 새로운 해법 개발, 5 시 조직 내부의 조직 변화, 6 인간 중심 디자인, 7 재원 조달 파트너십에 대한 시의 접근 재검토. 이 순서가 무엇을 나타내는지는 나와 있지 않습니다.',
  },
  funded_activities: {
    en: 'Footnote of the source: *"Training staff and building capacity" is not an option in the 2018 survey, while "Launching or sustaining a project" is not an option in the 2020 survey. The source also prints "47 cities" directly after Busan\'s list of funded activities; it does not make clear which activity that figure belongs to.',
    ko: '출처의 각주: *"직원 교육 및 역량 강화"는 2018년 조사에 없는 선택지이고, "프로젝트 착수 또는 유지"는 2020년 조사에 없는 선택지입니다. 출처에는 부산의 재원 투입 활동 목록 바로 뒤에 "47 cities"라는 수치도 있으나, 어느 활동의 수치인지는 분명하지 않습니다.',
  },
  sufficient_data_areas: {
    en: 'The source shows "Data availability by policy area" with "19" and "Sufficient data" above these 19 policy areas; CityBench reads this as sufficient data reported in all 19 (a reading of the layout, not a sentence of the source).',
    ko: '출처의 "정책 분야별 데이터 가용성"에는 "19"와 "Sufficient data(충분한 데이터)" 아래에 이 19개 정책 분야가 나옵니다. CityBench는 이를 19개 분야 모두 데이터가 충분하다고 보고한 것으로 읽었습니다(출처의 문장이 아니라 배치에 대한 해석).',
  },
  partnerships: {
    en: 'Source: "Busan has developed partnerships to promote innovation capacity with other public agencies, not-for-profit organizations, and city residents/resident associations."',
    ko: '출처: "부산은 다른 공공기관, 비영리 단체, 시민/주민 단체와 혁신 역량 증진을 위한 파트너십을 구축했다."',
  },
  data_partnerships: {
    en: 'Source: "To improve data use, the city has also developed data partnerships with academia and think tanks to collect and analyze data."',
    ko: '출처: "데이터 활용을 개선하기 위해 시는 학계 및 싱크탱크와 데이터 수집·분석을 위한 데이터 파트너십도 구축했다."',
  },
};

/** A figure about the cities surveyed, exactly as seed 002 states it. */
export interface PublishedFigure {
  question: string;
  /** Option value (`true` for yes). */
  value: string;
  /** 0..1, only when the seed states a percentage. */
  share: number | null;
  /** Number of cities, only when the seed states one. */
  count: number | null;
  statementEn: string;
  statementKo: string;
  sourceLine: string;
}

export const PUBLISHED_FIGURES: PublishedFigure[] = [
  {
    question: 'explicit_strategy',
    value: 'true',
    share: 0.5,
    count: null,
    statementEn: 'Along with 50% of cities surveyed',
    statementKo: '조사 도시의 50%와 마찬가지로',
    sourceLine: 'Along with 50% of cities surveyed, Busan has an explicit innovation strategy.',
  },
  {
    question: 'approach',
    value: 'both',
    share: null,
    count: null,
    statementEn: 'Similar to more than half of cities surveyed',
    statementKo: '조사 도시의 절반 이상과 비슷하게',
    sourceLine:
      'Similar to more than half of cities surveyed, Busan approaches innovation capacity both from a holistic/macro level, as well as in specific policy areas.',
  },
  {
    question: 'dedicated_funding',
    value: 'true',
    share: 0.81,
    count: null,
    statementEn: 'Like 81% of cities surveyed',
    statementKo: '조사 도시의 81%처럼',
    sourceLine: 'Like 81% of cities surveyed, Busan has dedicated funding to support innovation capacity.',
  },
  {
    question: 'funded_activities',
    value: 'launching_project',
    share: null,
    count: 79,
    statementEn: '79 cities',
    statementKo: '79개 도시',
    sourceLine: 'Launching or sustaining a project 79 cities',
  },
  {
    question: 'funded_activities',
    value: 'idea_generation',
    share: null,
    count: 51,
    statementEn: '51 cities',
    statementKo: '51개 도시',
    sourceLine: 'Idea generation & brainstorming 51 cities',
  },
  {
    question: 'funded_activities',
    value: 'digital_systems',
    share: null,
    count: 36,
    statementEn: '36 cities',
    statementKo: '36개 도시',
    sourceLine: 'Investing in digital systems 36 cities',
  },
  {
    question: 'funded_activities',
    value: 'physical_infrastructure',
    share: null,
    count: 30,
    statementEn: '30 cities',
    statementKo: '30개 도시',
    sourceLine: 'Investing in physical infrastructure 30 cities',
  },
];
