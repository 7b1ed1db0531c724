/**
 * Demo data of survey insights, stored once per organisation (idempotent, runs after the surveys
 * seed inside the demo-seeding transaction):
 * - the innovation-capacity peer pools: seed 002's published figures (exact, with source lines)
 *   and the illustrative pool (synthetic, labelled);
 * - Busan's innovation-capacity answers (seed 002) as a closed survey with one submitted response;
 * - a closed SYNTHETIC expert-assessment survey (illustrative = true) with generated responses, so
 *   "into the index" can be shown on a draft edition.
 */
import {
  BUSAN_ANSWERS,
  BUSAN_CITY,
  PROFILE_SOURCE,
  PUBLISHED_FIGURES,
  PUBLISHED_WAVE,
} from '../../../data/surveys/innovation-capacity/busan-profile.ts';
import {
  DEMO_EXPERT_SURVEY_TITLE,
  demoExpertDefinition,
  demoExpertResponses,
} from '../../../data/surveys/innovation-capacity/demo-expert-survey.ts';
import {
  ILLUSTRATIVE_POOL,
  illustrativePeerFigures,
} from '../../../data/surveys/innovation-capacity/illustrative-peers.ts';
import { INNOVATION_CAPACITY_QUESTIONNAIRE } from '../../../data/surveys/innovation-capacity/questionnaire.ts';
import { type Executor, type OrganisationRow, schema } from '../../db/index.ts';
import {
  insertPeerPool,
  listOrgSurveysOfKind,
  listPeerPools,
  loadBenchmarkFramework,
} from '../../db/repositories/survey-insights-index.ts';
import { writeAudit } from '../audit-log.ts';

export const PUBLISHED_POOL_CODE = 'oecd-bloomberg-published';

export const INNOVATION_SURVEY_TITLE = {
  en: 'City innovation capacity: Busan (answers from the OECD/Bloomberg Philanthropies profile)',
  ko: '도시 혁신 역량: 부산 (OECD·블룸버그 자선재단 프로필의 응답)',
};

async function seedPeerPools(tx: Executor, org: OrganisationRow): Promise<boolean> {
  if ((await listPeerPools(tx, org.id)).length > 0) return false;
  await insertPeerPool(
    tx,
    {
      orgId: org.id,
      code: PUBLISHED_POOL_CODE,
      labelEn: 'Cities surveyed by the OECD and Bloomberg Philanthropies (figures as published)',
      labelKo: 'OECD·블룸버그 자선재단 조사 도시 (공표된 수치)',
      origin: 'published',
      waveEn: PUBLISHED_WAVE.en,
      waveKo: PUBLISHED_WAVE.ko,
      denominator: null,
      source: PROFILE_SOURCE.document,
      noteEn: 'Number of cities surveyed: not stated in the source.',
      noteKo: '조사 도시 수: 출처에 기재되지 않음.',
      position: 0,
    },
    PUBLISHED_FIGURES.map((f) => ({
      question: f.question,
      value: f.value,
      share: f.share,
      count: f.count,
      statementEn: f.statementEn,
      statementKo: f.statementKo,
      sourceLine: f.sourceLine,
    })),
  );
  await insertPeerPool(
    tx,
    {
      orgId: org.id,
      code: ILLUSTRATIVE_POOL.code,
      labelEn: ILLUSTRATIVE_POOL.labelEn,
      labelKo: ILLUSTRATIVE_POOL.labelKo,
      origin: ILLUSTRATIVE_POOL.origin,
      waveEn: ILLUSTRATIVE_POOL.waveEn,
      waveKo: ILLUSTRATIVE_POOL.waveKo,
      denominator: ILLUSTRATIVE_POOL.denominator,
      source: ILLUSTRATIVE_POOL.source,
      noteEn: ILLUSTRATIVE_POOL.noteEn,
      noteKo: ILLUSTRATIVE_POOL.noteKo,
      position: 1,
    },
    illustrativePeerFigures().map((f) => ({
      question: f.question,
      value: f.value,
      share: null,
      count: f.count,
      statementEn: '',
      statementKo: '',
      sourceLine: null,
    })),
  );
  return true;
}

async function surveyWithTitle(tx: Executor, org: OrganisationRow, kind: string, titleEn: string) {
  return (await listOrgSurveysOfKind(tx, org.id, kind)).find((s) => s.titleEn === titleEn) ?? null;
}

/** A closed survey with one published version and the given submitted responses. */
async function insertClosedSurvey(
  tx: Executor,
  org: OrganisationRow,
  survey: { kind: string; titleEn: string; titleKo: string; illustrative: boolean },
  definition: unknown,
  responses: Array<{
    group: string | null;
    submittedAt: Date;
    answers: Record<string, unknown>;
    locale: 'ko' | 'en';
  }>,
): Promise<string> {
  const [row] = await tx
    .insert(schema.surveys)
    .values({ orgId: org.id, status: 'closed', ...survey })
    .returning({ id: schema.surveys.id });
  if (!row) throw new Error('insert into surveys returned no row');
  const publishedAt = responses[0]?.submittedAt ?? new Date();
  const [version] = await tx
    .insert(schema.surveyVersions)
    .values({ surveyId: row.id, version: 1, definition, publishedAt })
    .returning({ id: schema.surveyVersions.id });
  if (!version) throw new Error('insert into survey_versions returned no row');
  for (let start = 0; start < responses.length; start += 500) {
    await tx.insert(schema.surveyResponses).values(
      responses.slice(start, start + 500).map((r) => ({
        surveyId: row.id,
        versionId: version.id,
        respondentGroup: r.group,
        answers: r.answers,
        status: 'submitted',
        locale: r.locale,
        startedAt: r.submittedAt,
        updatedAt: r.submittedAt,
        submittedAt: r.submittedAt,
      })),
    );
  }
  await writeAudit(tx, {
    orgId: org.id,
    actor: null,
    action: 'survey.seed',
    entity: 'survey',
    entityId: row.id,
    before: null,
    after: {
      kind: survey.kind,
      title: survey.titleEn,
      illustrative: survey.illustrative,
      responses: responses.length,
    },
  });
  return row.id;
}

/** Idempotent: loads the innovation-capacity peer pool and Busan's seed-002 answers into the demo organisation once. */
export async function seedSurveyInsightsDemo(
  tx: Executor,
  org: OrganisationRow,
  onProgress: (message: string) => void,
): Promise<void> {
  if (await seedPeerPools(tx, org))
    onProgress('stored the innovation-capacity peer pools (published + illustrative)');

  if (
    org.city === BUSAN_CITY.city &&
    !(await surveyWithTitle(tx, org, 'innovation_capacity', INNOVATION_SURVEY_TITLE.en))
  ) {
    await insertClosedSurvey(
      tx,
      org,
      {
        kind: 'innovation_capacity',
        titleEn: INNOVATION_SURVEY_TITLE.en,
        titleKo: INNOVATION_SURVEY_TITLE.ko,
        illustrative: false,
      },
      INNOVATION_CAPACITY_QUESTIONNAIRE,
      // The seed gives no answer date: the response is dated when CityBench entered it.
      [{ group: 'city_government', submittedAt: new Date(), answers: BUSAN_ANSWERS, locale: 'en' }],
    );
    onProgress("stored Busan's innovation-capacity answers (seed 002)");
  }

  if (!(await surveyWithTitle(tx, org, 'expert_assessment', DEMO_EXPERT_SURVEY_TITLE.en))) {
    const framework = await loadBenchmarkFramework(tx, org.id);
    if (framework.cities.length === 0 || framework.dimensions.length === 0) return;
    const responses = demoExpertResponses(
      framework.cities,
      framework.dimensions.map((d) => d.code),
    );
    await insertClosedSurvey(
      tx,
      org,
      {
        kind: 'expert_assessment',
        titleEn: DEMO_EXPERT_SURVEY_TITLE.en,
        titleKo: DEMO_EXPERT_SURVEY_TITLE.ko,
        illustrative: true,
      },
      demoExpertDefinition(framework.cities, framework.dimensions),
      responses.map((r) => ({
        group: r.group,
        submittedAt: new Date(r.submittedAt),
        answers: r.answers,
        locale: 'en' as const,
      })),
    );
    onProgress(`stored the synthetic demo expert-assessment survey (${responses.length} responses)`);
  }
}
