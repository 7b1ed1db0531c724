/** Analytics, exports, the innovation-capacity profile and surveys into the index, over one database. */

import { INNOVATION_CAPACITY_QUESTIONNAIRE } from '../../../data/surveys/innovation-capacity/questionnaire.ts';
import type { Database, Executor, OrganisationRow } from '../../db/index.ts';
import {
  type BenchmarkEditionRow,
  type BenchmarkFramework,
  copyEditionFactorValues,
  deleteEditionFactorValues,
  deleteEditionSurvey,
  findBenchmarkEdition,
  insertAssessments,
  insertRespondents,
  listOrgSurveysOfKind,
  listPeerFigures,
  listPeerPools,
  loadBenchmarkFramework,
  lockBenchmarkEdition,
} from '../../db/repositories/survey-insights-index.ts';
import { DEFAULT_FAM_PARAMS } from '../../engine/fam/params.ts';
import type { FamParams } from '../../engine/fam/types.ts';
import { writeAudit } from '../audit-log.ts';
import { readAccess } from '../benchmark/access.ts';
import { validateAssessments } from '../benchmark/validate-assessments.ts';
import type {
  InsightLang,
  IntoIndexPreview,
  IntoIndexResult,
  SurveyAnalytics,
  SurveyInsightServices,
} from '../contract-survey-insights.ts';
import { ServiceError } from '../errors.ts';
import { ANALYSTS, EDITORS, insightAccess, requireSurvey } from './access.ts';
import { CrossTabError, crossTab, distributions, freeText } from './analytics.ts';
import { type MappedSurvey, mapExpertResponses, toTextTable } from './expert-mapping.ts';
import { exportResponses } from './export-responses.ts';
import { type LoadedSurvey, loadSurvey, surveyRef } from './load.ts';
import { buildProfile, splitResponses } from './profile.ts';
import { summaryHtml } from './summary-html.ts';

const DENOMINATOR_NOTE: Record<InsightLang, string> = {
  en: 'Submitted responses only; shares are of the responses that answered each question.',
  ko: '제출된 응답만 집계하며, 비율은 각 문항에 응답한 응답 수 기준입니다.',
};

function analyticsOf(org: OrganisationRow, loaded: LoadedSurvey, lang: InsightLang): SurveyAnalytics {
  const d = distributions(loaded.definition, loaded.responses, lang);
  return {
    survey: surveyRef(org, loaded, lang),
    lang,
    denominator: { responses: loaded.responses.length, note: DENOMINATOR_NOTE[lang] },
    byGroup: d.byGroup,
    timeline: d.timeline,
    questions: d.questions,
  };
}

function rulesOf(edition: BenchmarkEditionRow) {
  const params = { ...DEFAULT_FAM_PARAMS, ...(edition.params as Partial<FamParams>) };
  return {
    windowMonths: params.windowMonths,
    excludeHomeCity: params.excludeHomeCity,
    minAssessments: params.minAssessments,
  };
}

function mapSurvey(
  loaded: LoadedSurvey,
  framework: BenchmarkFramework,
  edition: BenchmarkEditionRow,
): MappedSurvey {
  return mapExpertResponses(
    loaded.responses,
    framework.cities,
    framework.dimensions.map((d) => d.code),
    edition.publishedOn,
    rulesOf(edition),
  );
}

function previewOf(
  org: OrganisationRow,
  loaded: LoadedSurvey,
  edition: BenchmarkEditionRow,
  mapped: MappedSurvey,
): IntoIndexPreview {
  return {
    survey: surveyRef(org, loaded, 'en'),
    edition: {
      number: edition.number,
      label: edition.label,
      status: edition.status as 'draft' | 'published',
      publishedOn: edition.publishedOn,
    },
    rules: rulesOf(edition),
    counts: mapped.counts,
    skipped: mapped.skipped,
    cities: mapped.cities,
    rated: mapped.rated,
    associates: mapped.associates,
  };
}

function requireExpertSurvey(loaded: LoadedSurvey): void {
  if (loaded.row.kind !== 'expert_assessment')
    throw new ServiceError(
      'invalid',
      `only expert-assessment surveys go into the index (this one is ${loaded.row.kind})`,
      {
        survey: ['the survey kind must be expert_assessment'],
      },
    );
}

export function createSurveyInsightService(database: Database): SurveyInsightServices {
  const { db } = database;

  const analystSurvey = async (
    ex: Executor,
    caller: Parameters<SurveyInsightServices['surveyAnalytics']>[0],
    slug: string,
    surveyId: string,
  ) => {
    const { org, actor } = await insightAccess(ex, caller, slug, ANALYSTS);
    const loaded = await loadSurvey(ex, await requireSurvey(ex, org, surveyId));
    return { org, actor, loaded };
  };

  return {
    async surveyAnalytics(caller, slug, surveyId, lang) {
      const { org, loaded } = await analystSurvey(db, caller, slug, surveyId);
      return analyticsOf(org, loaded, lang);
    },

    async surveyCrossTab(caller, slug, surveyId, query) {
      const { org, loaded } = await analystSurvey(db, caller, slug, surveyId);
      try {
        const table = crossTab(loaded.definition, loaded.responses, query.question, query.by, query.lang);
        return { survey: surveyRef(org, loaded, query.lang), lang: query.lang, ...table };
      } catch (err) {
        if (err instanceof CrossTabError)
          throw new ServiceError('invalid', err.message, { query: [err.message] });
        throw err;
      }
    },

    async surveyFreeText(caller, slug, surveyId, lang) {
      const { org, loaded } = await analystSurvey(db, caller, slug, surveyId);
      return {
        survey: surveyRef(org, loaded, lang),
        lang,
        questions: freeText(loaded.definition, loaded.responses, lang),
      };
    },

    async exportSurveyResponses(caller, slug, surveyId, format, lang) {
      const { loaded } = await analystSurvey(db, caller, slug, surveyId);
      return exportResponses(
        `survey-${loaded.row.id.slice(0, 8)}-responses`,
        loaded.definition,
        loaded.responses,
        format,
        lang,
        loaded.row.illustrative,
      );
    },

    async surveySummaryHtml(caller, slug, surveyId, lang) {
      const { org, loaded } = await analystSurvey(db, caller, slug, surveyId);
      return summaryHtml(
        analyticsOf(org, loaded, lang),
        new Date().toISOString().slice(0, 16).replace('T', ' '),
      );
    },

    async intoIndexPreview(caller, slug, surveyId, number) {
      const { org, loaded } = await analystSurvey(db, caller, slug, surveyId);
      requireExpertSurvey(loaded);
      const edition = await findBenchmarkEdition(db, org.id, number);
      if (!edition) throw new ServiceError('not_found', `edition ${number} not found`);
      const framework = await loadBenchmarkFramework(db, org.id);
      return previewOf(org, loaded, edition, mapSurvey(loaded, framework, edition));
    },

    async intoIndex(caller, slug, surveyId, input) {
      const { org, actor } = await insightAccess(db, caller, slug, EDITORS);
      return db.transaction(async (tx): Promise<IntoIndexResult> => {
        const loaded = await loadSurvey(tx, await requireSurvey(tx, org, surveyId));
        requireExpertSurvey(loaded);
        if (loaded.row.status !== 'closed')
          throw new ServiceError('conflict', 'close the survey before its responses go into an edition');
        const edition = await lockBenchmarkEdition(tx, org.id, input.edition);
        if (!edition) throw new ServiceError('not_found', `edition ${input.edition} not found`);
        if (edition.status === 'published')
          throw new ServiceError(
            'conflict',
            `edition ${input.edition} is published and can no longer change`,
          );
        const framework = await loadBenchmarkFramework(tx, org.id);
        const mapped = mapSurvey(loaded, framework, edition);
        if (mapped.rows.length === 0)
          throw new ServiceError('invalid', 'the survey has no usable ratings for this edition', {
            survey: mapped.skipped.slice(0, 20).map((s) => `${s.responseId}: ${s.reason}`),
          });
        // The benchmark import's own validation: all rows or none.
        const survey = validateAssessments(toTextTable(mapped.rows), framework, edition.publishedOn);
        let factorValuesCopied = 0;
        if (input.factorValuesFrom !== undefined) {
          if (input.factorValuesFrom === input.edition)
            throw new ServiceError('invalid', 'factorValuesFrom must be another edition', {
              factorValuesFrom: ['must differ from edition'],
            });
          const from = await findBenchmarkEdition(tx, org.id, input.factorValuesFrom);
          if (!from) throw new ServiceError('not_found', `edition ${input.factorValuesFrom} not found`);
          await deleteEditionFactorValues(tx, edition.id);
          factorValuesCopied = await copyEditionFactorValues(tx, from.id, edition.id);
        }
        await deleteEditionSurvey(tx, edition.id);
        const ids = await insertRespondents(tx, edition.id, survey.respondents);
        await insertAssessments(
          tx,
          edition.id,
          survey.assessments.map((a) => ({ ...a, respondentId: ids[a.respondent] ?? -1 })),
        );
        const preview = previewOf(org, loaded, edition, mapped);
        const result: IntoIndexResult = {
          ...preview,
          imported: survey.assessments.length,
          respondents: survey.respondents.length,
          factorValuesFrom: input.factorValuesFrom ?? null,
          factorValuesCopied,
        };
        await writeAudit(tx, {
          orgId: org.id,
          actor,
          action: 'survey.into-index',
          entity: 'benchmark_edition',
          entityId: edition.id,
          before: null,
          after: {
            survey: loaded.row.id,
            edition: edition.number,
            imported: result.imported,
            respondents: result.respondents,
            counts: result.counts,
            rated: result.rated,
            associates: result.associates,
            factorValuesFrom: result.factorValuesFrom,
            factorValuesCopied,
          },
        });
        return result;
      });
    },

    async innovationProfile(caller, slug) {
      const { org } = await readAccess(db, caller, slug);
      const candidates = await listOrgSurveysOfKind(db, org.id, 'innovation_capacity');
      // The newest survey with an answer from the organisation's own city, else the newest with answers.
      let chosen: LoadedSurvey | null = null;
      let fallback: LoadedSurvey | null = null;
      for (const row of candidates) {
        const loaded = await loadSurvey(db, row);
        if (loaded.responses.length === 0) continue;
        fallback ??= loaded;
        if (splitResponses(loaded.responses, org.city).own) {
          chosen = loaded;
          break;
        }
      }
      chosen ??= fallback;
      const pools = await listPeerPools(db, org.id);
      if (!chosen && pools.length === 0)
        throw new ServiceError('not_found', 'this organisation has no innovation-capacity answers yet');
      const figures = await listPeerFigures(
        db,
        pools.map((p) => p.id),
      );
      return buildProfile({
        orgCity: org.city,
        orgName: org.name,
        definition: chosen?.definition ?? INNOVATION_CAPACITY_QUESTIONNAIRE,
        survey: chosen ? surveyRef(org, chosen, 'en') : null,
        responses: chosen?.responses ?? [],
        pools,
        figures,
      });
    },
  };
}
