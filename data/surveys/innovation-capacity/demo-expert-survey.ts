/**
 * SYNTHETIC demo expert-assessment survey (for "into the index"): a SurveyJS definition using the
 * question names survey insights reads (`home_city`, `sector`, `ratings` = matrixdropdown rows of
 * city codes x columns of dimension codes, cells rated 1..10) and seeded generated responses.
 * Nothing here is a real answer; the survey is stored with `illustrative = true` and the UI labels
 * it synthetic. Deterministic: same seed, same responses (dates are fixed, not relative to now).
 */
import { createRng } from '../../../src/engine/stats/rng.ts';

export const DEMO_EXPERT_SURVEY_TITLE = {
  en: 'Expert assessment of smart cities (synthetic demo responses)',
  ko: '스마트도시 전문가 평가 (예시 합성 응답)',
};

export const DEMO_EXPERT_SEED = 12;
export const DEMO_EXPERT_RESPONDENTS = 160;
/** Cities each respondent rates (on every dimension). */
export const DEMO_CITIES_PER_RESPONDENT = 8;
/** Submission dates are spread uniformly over this range (UTC). */
export const DEMO_FIRST_DAY = '2024-06-01';
export const DEMO_LAST_DAY = '2026-10-31';

export const DEMO_SECTORS = [
  { value: 'government', en: 'Government and public sector', ko: '정부 및 공공 부문' },
  { value: 'technology', en: 'Technology industry', ko: '기술 산업' },
  { value: 'academia', en: 'Academia and research', ko: '학계 및 연구' },
  { value: 'finance', en: 'Finance and investment', ko: '금융 및 투자' },
];

export interface DemoCityRef {
  code: string;
  nameEn: string;
  nameKo: string;
}

export interface DemoDimensionRef {
  code: string;
  nameEn: string;
  nameKo: string;
}

export function demoExpertDefinition(
  cities: readonly DemoCityRef[],
  dimensions: readonly DemoDimensionRef[],
) {
  const cityChoices = cities.map((c) => ({ value: c.code, text: { default: c.nameEn, ko: c.nameKo } }));
  return {
    title: { default: DEMO_EXPERT_SURVEY_TITLE.en, ko: DEMO_EXPERT_SURVEY_TITLE.ko },
    pages: [
      {
        name: 'respondent',
        title: { default: 'About you', ko: '응답자 정보' },
        elements: [
          {
            type: 'dropdown',
            name: 'home_city',
            title: { default: 'Which city are you based in?', ko: '근무(거주) 도시는 어디입니까?' },
            isRequired: true,
            choices: cityChoices,
          },
          {
            type: 'radiogroup',
            name: 'sector',
            title: { default: 'Your sector', ko: '소속 부문' },
            choices: DEMO_SECTORS.map((s) => ({ value: s.value, text: { default: s.en, ko: s.ko } })),
          },
        ],
      },
      {
        name: 'assessment',
        title: { default: 'Assess the cities you know', ko: '잘 아는 도시를 평가해 주십시오' },
        elements: [
          {
            type: 'matrixdropdown',
            name: 'ratings',
            title: {
              default: 'Rate each city you know from 1 (weak) to 10 (strong)',
              ko: '잘 아는 도시를 1(약함)부터 10(강함)까지 평가해 주십시오',
            },
            cellType: 'rating',
            rateMin: 1,
            rateMax: 10,
            rows: cityChoices,
            columns: dimensions.map((d) => ({ name: d.code, title: { default: d.nameEn, ko: d.nameKo } })),
          },
          {
            type: 'comment',
            name: 'comments',
            title: { default: 'Comments on any city (optional)', ko: '도시에 대한 의견 (선택)' },
          },
        ],
      },
    ],
  };
}

export interface DemoExpertResponse {
  group: string;
  submittedAt: string;
  answers: Record<string, unknown>;
}

const COMMENTS = [
  {
    en: 'Strong open-data portal; procurement is still slow.',
    ko: '공공데이터 포털이 우수하나 조달은 여전히 느립니다.',
  },
  { en: 'Testbeds are visible, scaling them is the gap.', ko: '실증 사업은 눈에 띄지만 확산이 과제입니다.' },
  { en: 'Good talent pipeline from local universities.', ko: '지역 대학의 인재 공급이 좋습니다.' },
];

/**
 * Generated responses. A city's strength falls with its position in the list (the demo city list
 * starts with the most prominent centres), plus respondent harshness and noise; prominent cities
 * are rated more often, so some tail cities stay below the minimum of 7 assessments (associates).
 * About one respondent in five also rates their home city (the model drops those ratings).
 */
export function demoExpertResponses(
  cities: readonly DemoCityRef[],
  dimensionCodes: readonly string[],
  seed = DEMO_EXPERT_SEED,
): DemoExpertResponse[] {
  const rng = createRng(seed);
  const n = cities.length;
  const first = Date.parse(`${DEMO_FIRST_DAY}T00:00:00Z`);
  const span = Date.parse(`${DEMO_LAST_DAY}T00:00:00Z`) - first;
  const weight = cities.map((_, i) => 1 / (1 + i / 6));
  const total = weight.reduce((a, b) => a + b, 0);
  const pick = (): number => {
    let u = rng.uniform() * total;
    for (let i = 0; i < n; i++) {
      u -= weight[i]!;
      if (u < 0) return i;
    }
    return n - 1;
  };
  const out: DemoExpertResponse[] = [];
  const count = n > 0 ? DEMO_EXPERT_RESPONDENTS : 0;
  for (let r = 0; r < count; r++) {
    const home = pick();
    const chosen = new Set<number>();
    if (rng.uniform() < 0.2) chosen.add(home);
    let guard = 0;
    while (chosen.size < Math.min(DEMO_CITIES_PER_RESPONDENT, n) && guard++ < 1000) {
      const c = pick();
      if (c !== home) chosen.add(c);
    }
    const harsh = rng.normal() * 0.6;
    const ratings: Record<string, Record<string, number>> = {};
    for (const c of chosen) {
      const base = 8.6 - (4.5 * c) / Math.max(1, n - 1) + harsh;
      const cells: Record<string, number> = {};
      for (const d of dimensionCodes)
        cells[d] = Math.min(10, Math.max(1, Math.round(base + rng.normal() * 0.9)));
      ratings[cities[c]!.code] = cells;
    }
    const sector = DEMO_SECTORS[rng.integer(DEMO_SECTORS.length)]!.value;
    const answers: Record<string, unknown> = { home_city: cities[home]!.code, sector, ratings };
    if (rng.uniform() < 0.15) {
      const comment = COMMENTS[rng.integer(COMMENTS.length)]!;
      answers.comments = rng.uniform() < 0.5 ? comment.en : comment.ko;
    }
    const at = new Date(first + Math.floor(rng.uniform() * span));
    at.setUTCHours(9 + rng.integer(8), rng.integer(60), 0, 0);
    out.push({ group: sector, submittedAt: at.toISOString(), answers });
  }
  return out;
}
