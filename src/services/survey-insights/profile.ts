/**
 * The innovation-capacity profile of an organisation's city (issue 6, part 6): its answers to the
 * innovation-capacity questionnaire, section by section (the definition's pages), each answer
 * beside its peer figures: from the stored peer pools (published figures with their source line;
 * illustrative demo peers) and, when the organisation's innovation-capacity survey has responses
 * from other cities, from those responses (origin `survey`). Every figure states its denominator
 * (null = not stated in the source) and survey wave. Pure over loaded data.
 */
import {
  ANSWER_DETAILS,
  BUSAN_CITY,
  PROFILE_SOURCE,
  QUESTION_NOTES,
  SECTION_STATEMENTS,
} from '../../../data/surveys/innovation-capacity/busan-profile.ts';
import type { PeerFigureRow, PeerPoolRow } from '../../db/repositories/survey-insights-index.ts';
import type {
  InnovationProfile,
  InsightSurveyRef,
  PeerFigure,
  PeerOrigin,
  PeerPoolView,
  ProfileAnswer,
  ProfileQuestion,
  ProfileSection,
} from '../contract-survey-insights.ts';
import type { ResponseRecord } from './analytics.ts';
import { chosenKeys } from './analytics.ts';
import { type FlatQuestion, flattenDefinition, localise } from './definition.ts';

/** The question that names the answering city. */
export const CITY_QUESTION = 'city_name';

export const SURVEY_POOL_CODE = 'survey';

export interface ProfileInput {
  orgCity: string;
  orgName: string;
  definition: unknown;
  survey: InsightSurveyRef | null;
  /** Every submitted response of the organisation's innovation-capacity survey. */
  responses: ResponseRecord[];
  pools: PeerPoolRow[];
  figures: PeerFigureRow[];
}

const pct = (share: number) => `${Math.round(share * 1000) / 10}%`;

function sameCity(answer: unknown, city: string): boolean {
  return typeof answer === 'string' && answer.trim().toLowerCase() === city.trim().toLowerCase();
}

/** The city's own response (the newest naming the organisation's city) and everybody else's. */
export function splitResponses(
  responses: ResponseRecord[],
  city: string,
): { own: ResponseRecord | null; others: ResponseRecord[] } {
  const mine = responses.filter((r) => sameCity(r.answers[CITY_QUESTION], city));
  const own = mine.length > 0 ? mine[mine.length - 1]! : null;
  return { own, others: responses.filter((r) => !mine.includes(r)) };
}

function poolView(p: PeerPoolRow): PeerPoolView {
  return {
    code: p.code,
    labelEn: p.labelEn,
    labelKo: p.labelKo,
    origin: p.origin as PeerOrigin,
    waveEn: p.waveEn,
    waveKo: p.waveKo,
    denominator: p.denominator,
    source: p.source,
    noteEn: p.noteEn,
    noteKo: p.noteKo,
  };
}

function storedFigure(pool: PeerPoolView, f: PeerFigureRow): PeerFigure {
  const share = f.share ?? (f.count !== null && pool.denominator ? f.count / pool.denominator : null);
  let statementEn = f.statementEn;
  let statementKo = f.statementKo;
  if (statementEn === '' && f.count !== null && pool.denominator) {
    statementEn = `${f.count} of ${pool.denominator} ${pool.origin === 'illustrative' ? 'illustrative peer cities' : 'cities'} (${pct(f.count / pool.denominator)})`;
    statementKo = `${pool.origin === 'illustrative' ? '예시 비교 도시' : '도시'} ${pool.denominator}곳 중 ${f.count}곳 (${pct(f.count / pool.denominator)})`;
  }
  return {
    pool: pool.code,
    origin: pool.origin,
    share,
    count: f.count,
    denominator: pool.denominator,
    waveEn: pool.waveEn,
    waveKo: pool.waveKo,
    statementEn,
    statementKo,
    sourceLine: f.sourceLine,
  };
}

interface QuestionPair {
  en: FlatQuestion;
  ko: FlatQuestion;
}

function pagesOf(
  definition: unknown,
): Array<{ name: string; title: unknown; description: unknown; elements: unknown }> {
  if (!definition || typeof definition !== 'object') return [];
  const pages = (definition as { pages?: unknown }).pages;
  if (!Array.isArray(pages)) return [];
  return pages.filter(
    (p): p is { name: string; title: unknown; description: unknown; elements: unknown } =>
      !!p && typeof p === 'object',
  );
}

export function buildProfile(input: ProfileInput): InnovationProfile {
  const pools = input.pools.map(poolView);
  const figureIndex = new Map<string, PeerFigure[]>();
  const add = (question: string, value: string, fig: PeerFigure) => {
    const key = `${question}\u0000${value}`;
    const list = figureIndex.get(key) ?? [];
    list.push(fig);
    figureIndex.set(key, list);
  };
  const poolById = new Map(input.pools.map((p, i) => [p.id, pools[i]!]));
  for (const f of input.figures) {
    const pool = poolById.get(f.poolId);
    if (pool) add(f.question, f.value, storedFigure(pool, f));
  }
  const { own, others } = splitResponses(input.responses, input.orgCity);
  const surveyPool: PeerPoolView | null =
    others.length > 0 && input.survey
      ? {
          code: SURVEY_POOL_CODE,
          labelEn: `Other cities that answered "${input.survey.title}"`,
          labelKo: `"${input.survey.title}"에 응답한 다른 도시`,
          origin: 'survey',
          waveEn: `Survey version ${input.survey.version ?? '–'} run in CityBench`,
          waveKo: `CityBench에서 실시한 설문 버전 ${input.survey.version ?? '–'}`,
          denominator: others.length,
          source: input.survey.provenance,
          noteEn: 'Shares are of the cities that answered each question.',
          noteKo: '비율은 각 문항에 응답한 도시 수 기준입니다.',
        }
      : null;
  if (surveyPool) pools.push(surveyPool);

  const surveyFigures = (q: QuestionPair, value: string): PeerFigure[] => {
    if (!surveyPool) return [];
    let answered = 0;
    let count = 0;
    for (const r of others) {
      const keys = chosenKeys(r.answers[q.en.name]);
      if (keys.length === 0) continue;
      answered++;
      if (keys.includes(value)) count++;
    }
    if (answered === 0) return [];
    const share = count / answered;
    return [
      {
        pool: surveyPool.code,
        origin: 'survey',
        share,
        count,
        denominator: answered,
        waveEn: surveyPool.waveEn,
        waveKo: surveyPool.waveKo,
        statementEn: `${count} of ${answered} cities that answered (${pct(share)})`,
        statementKo: `응답 도시 ${answered}곳 중 ${count}곳 (${pct(share)})`,
        sourceLine: null,
      },
    ];
  };

  const answerOf = (q: QuestionPair, value: string): ProfileAnswer => {
    const en = q.en.choices.find((c) => c.value === value);
    const ko = q.ko.choices.find((c) => c.value === value);
    const detail = ANSWER_DETAILS[q.en.name]?.[value] ?? null;
    return {
      value,
      labelEn: en?.label ?? value,
      labelKo: ko?.label ?? en?.label ?? value,
      detailEn: detail?.en ?? null,
      detailKo: detail?.ko ?? null,
      peers: [...(figureIndex.get(`${q.en.name}\u0000${value}`) ?? []), ...surveyFigures(q, value)],
    };
  };

  const pages = pagesOf(input.definition);
  // Seed 002's statements belong to its first section ('vision'); a questionnaire with other page
  // names (e.g. the surveys module's template) shows them on its first page.
  const statementsOf = (name: string, index: number) =>
    SECTION_STATEMENTS[name] ??
    (index === 0 && !pages.some((p) => p.name === 'vision') ? (SECTION_STATEMENTS.vision ?? []) : []);
  const sections: ProfileSection[] = pages.map((page, pageIndex) => {
    const en = flattenDefinition({ pages: [page] }, 'en');
    const ko = flattenDefinition({ pages: [page] }, 'ko');
    const questions: ProfileQuestion[] = [];
    en.forEach((qEn, i) => {
      const qKo = ko[i] ?? qEn;
      if (qEn.name === CITY_QUESTION || qEn.kind === 'text' || qEn.kind === 'matrix') return;
      const pair = { en: qEn, ko: qKo };
      const chosen = own ? chosenKeys(own.answers[qEn.name]) : [];
      const published = input.figures.filter((f) => {
        const pool = poolById.get(f.poolId);
        return f.question === qEn.name && pool?.origin === 'published' && !chosen.includes(f.value);
      });
      const note = QUESTION_NOTES[qEn.name];
      questions.push({
        name: qEn.name,
        titleEn: qEn.title,
        titleKo: qKo.title,
        answers: chosen.map((v) => answerOf(pair, v)),
        otherOptions: [...new Set(published.map((f) => f.value))].map((v) => ({
          ...answerOf(pair, v),
          peers: (figureIndex.get(`${qEn.name}\u0000${v}`) ?? []).filter((p) => p.origin === 'published'),
        })),
        noteEn: note?.en ?? null,
        noteKo: note?.ko ?? null,
      });
    });
    return {
      code: page.name,
      titleEn: localise(page.title, 'en', page.name),
      titleKo: localise(page.title, 'ko', page.name),
      statements: input.orgCity === BUSAN_CITY.city ? statementsOf(page.name, pageIndex) : [],
      questions,
    };
  });

  const isBusan = input.orgCity === BUSAN_CITY.city;
  return {
    city: isBusan
      ? {
          nameEn: BUSAN_CITY.nameEn,
          nameKo: BUSAN_CITY.nameKo,
          countryEn: BUSAN_CITY.countryEn,
          countryKo: BUSAN_CITY.countryKo,
          mayorEn: BUSAN_CITY.mayorEn,
          mayorKo: BUSAN_CITY.mayorKo,
          population: { ...BUSAN_CITY.population },
        }
      : {
          nameEn: input.orgCity,
          nameKo: input.orgCity,
          countryEn: '',
          countryKo: '',
          mayorEn: null,
          mayorKo: null,
          population: null,
        },
    survey: input.survey,
    source: isBusan
      ? { ...PROFILE_SOURCE }
      : {
          titleEn: `Innovation-capacity answers of ${input.orgName}`,
          titleKo: `${input.orgName}의 혁신 역량 응답`,
          document: input.survey?.provenance ?? '',
          noteEn: '',
          noteKo: '',
        },
    sections,
    peerPools: pools,
    containsIllustrative: pools.some((p) => p.origin === 'illustrative'),
    provenance: isBusan
      ? `Answers and published figures: ${PROFILE_SOURCE.document}. Illustrative pool: SYNTHETIC (CityBench demo).`
      : `answers of ${input.orgName}`,
  };
}
