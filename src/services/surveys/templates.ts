/**
 * The built-in survey templates: SurveyJS JSON files in data/surveys/templates (every string
 * `{ "default": English, "ko": Korean }`), with what kind of survey each makes and where its
 * content comes from (data/surveys/README.md).
 */
import { readFileSync } from 'node:fs';
import type { LocalizedText, SurveyDefinition, SurveyKind, SurveyTemplateView } from '../contract-surveys.ts';
import { compileDefinition } from './definition.ts';

interface TemplateEntry {
  code: string;
  file: string;
  kind: SurveyKind;
  description: LocalizedText;
  provenance: string;
}

const TEMPLATES: readonly TemplateEntry[] = [
  {
    code: 'expert-assessment',
    file: 'expert-assessment.json',
    kind: 'expert_assessment',
    description: {
      en: 'Respondent profile (sector, home city, region, role), then a 1-10 rating of each city the respondent knows on each survey dimension of the index.',
      ko: '응답자 정보(분야, 본인 도시, 지역, 직무)에 이어 알고 있는 도시를 지수의 설문 차원별로 1~10점으로 평가합니다.',
    },
    provenance:
      'Dimensions: the demo benchmark framework (src/services/benchmark/demo-framework.ts); cities: data/cities/sci-demo-cities.csv; sectors: the demo assessments; wording: CityBench.',
  },
  {
    code: 'innovation-capacity',
    file: 'innovation-capacity.json',
    kind: 'innovation_capacity',
    description: {
      en: 'The five parts of the OECD/Bloomberg Philanthropies innovation-capacity survey: definition and goals, organisation and staffing, funding, data use, outcomes.',
      ko: 'OECD·블룸버그 자선재단 혁신 역량 설문의 다섯 부분: 정의와 목표, 조직과 인력, 재원, 데이터 활용, 성과.',
    },
    provenance:
      "Answer options: Busan's OECD/Bloomberg Philanthropies innovation-capacity profile (seed 002) and the survey notes in the reference; wording: CityBench.",
  },
  {
    code: 'citizen-master-plan',
    file: 'citizen-master-plan.json',
    kind: 'citizen',
    description: {
      en: "Citizen survey for Busan's 6th Basic Informatization Plan (2026-2030): use of digital public services, priorities for AI and data, concerns.",
      ko: '부산광역시 제6차 정보화 기본계획(2026~2030) 시민 설문: 디지털 공공서비스 이용, AI·데이터 적용 우선순위, 우려 사항.',
    },
    provenance:
      'Plan facts: seed 004 (Busan press release on the planning study kickoff); service domains: Smart City Act enforcement decree §2; wording: CityBench.',
  },
  {
    code: 'public-servant-master-plan',
    file: 'public-servant-master-plan.json',
    kind: 'public_servant',
    description: {
      en: "Public-servant survey for Busan's 6th Basic Informatization Plan (2026-2030): the 5th plan's achievements and limits, technology priorities, organisational needs.",
      ko: '부산광역시 제6차 정보화 기본계획(2026~2030) 공무원 설문: 제5차 계획의 성과와 한계, 기술 우선순위, 조직·제도 개선.',
    },
    provenance:
      'Plan facts: seed 004 (Busan press release on the planning study kickoff); wording: CityBench.',
  },
];

const TEMPLATE_DIR = new URL('../../../data/surveys/templates/', import.meta.url);
const cache = new Map<string, SurveyDefinition>();

function readTemplate(entry: TemplateEntry): SurveyDefinition {
  let definition = cache.get(entry.code);
  if (!definition) {
    definition = JSON.parse(readFileSync(new URL(entry.file, TEMPLATE_DIR), 'utf8')) as SurveyDefinition;
    cache.set(entry.code, definition);
  }
  // A fresh copy: callers may change what they get.
  return structuredClone(definition);
}

function localized(value: unknown): LocalizedText {
  if (typeof value === 'string') return { en: value, ko: value };
  const loc = (value ?? {}) as { default?: unknown; ko?: unknown };
  const en = typeof loc.default === 'string' ? loc.default : '';
  return { en, ko: typeof loc.ko === 'string' ? loc.ko : en };
}

export function templateCodes(): string[] {
  return TEMPLATES.map((t) => t.code);
}

export function findTemplate(code: string): { entry: TemplateEntry; definition: SurveyDefinition } | null {
  const entry = TEMPLATES.find((t) => t.code === code);
  return entry ? { entry, definition: readTemplate(entry) } : null;
}

/** The title of a definition (`title: { default, ko }`), for surveys created without one. */
export function definitionTitle(definition: SurveyDefinition): LocalizedText {
  return localized(definition.title);
}

export function listTemplates(): SurveyTemplateView[] {
  return TEMPLATES.map((entry) => {
    const definition = readTemplate(entry);
    return {
      code: entry.code,
      kind: entry.kind,
      title: localized(definition.title),
      description: entry.description,
      provenance: entry.provenance,
      questionCount: compileDefinition(definition).compiled.questions.length,
    };
  });
}
