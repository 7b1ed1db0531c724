import type { SurveyServices } from '../../../../src/services/contract-surveys.ts';
import { apiRequest } from '../../api/http.ts';

/**
 * The routes of docs/api-contract-survey-insights.md (under /api/orgs/{slug}) and their types.
 * The types are read off the service signatures in contract-surveys.ts (the lint rule lets the
 * web import that contract file; contract-survey-insights.ts holds the same types by name).
 */

type Insights = SurveyServices;
type Result<K extends keyof Insights> = Insights[K] extends (...args: never[]) => Promise<infer R>
  ? R
  : never;

export type InsightLang = Parameters<Insights['surveyAnalytics']>[3];
export type SurveyExportFormat = Parameters<Insights['exportSurveyResponses']>[3];
export type SurveyAnalytics = Result<'surveyAnalytics'>;
export type InsightSurveyRef = SurveyAnalytics['survey'];
export type QuestionAnalytics = SurveyAnalytics['questions'][number];
export type ChoiceCount = QuestionAnalytics['choices'][number];
export type NumberStats = NonNullable<QuestionAnalytics['stats']>;
export type MatrixRowAnalytics = QuestionAnalytics['rows'][number];
export type SurveyCrossTab = Result<'surveyCrossTab'>;
export type SurveyFreeText = Result<'surveyFreeText'>;
export type IntoIndexPreview = Result<'intoIndexPreview'>;
export type IntoIndexResult = Result<'intoIndex'>;
export type IntoIndexCity = IntoIndexPreview['cities'][number];
export type InnovationProfile = Result<'innovationProfile'>;
export type PeerPoolView = InnovationProfile['peerPools'][number];
export type ProfileSection = InnovationProfile['sections'][number];
export type ProfileQuestion = ProfileSection['questions'][number];
export type ProfileAnswer = ProfileQuestion['answers'][number];
export type PeerFigure = ProfileAnswer['peers'][number];
export type PeerOrigin = PeerFigure['origin'];

const org = (slug: string) => `/api/orgs/${encodeURIComponent(slug)}`;
const survey = (slug: string, id: string) => `${org(slug)}/surveys/${encodeURIComponent(id)}`;

export const getAnalytics = (slug: string, id: string, lang: InsightLang) =>
  apiRequest<SurveyAnalytics>('GET', `${survey(slug, id)}/analytics?${new URLSearchParams({ lang })}`);

export const getCrossTab = (
  slug: string,
  id: string,
  query: { question: string; by: string; lang: InsightLang },
) =>
  apiRequest<SurveyCrossTab>('GET', `${survey(slug, id)}/analytics/crosstab?${new URLSearchParams(query)}`);

export const getFreeText = (slug: string, id: string, lang: InsightLang) =>
  apiRequest<SurveyFreeText>(
    'GET',
    `${survey(slug, id)}/analytics/free-text?${new URLSearchParams({ lang })}`,
  );

/** A plain link (the browser downloads it with the session cookie): labels in `lang`. */
export const exportHref = (slug: string, id: string, format: SurveyExportFormat, lang: InsightLang) =>
  `${survey(slug, id)}/export?${new URLSearchParams({ format, lang })}`;

/** The print-ready HTML summary, opened in a new tab. */
export const summaryHref = (slug: string, id: string, lang: InsightLang) =>
  `${survey(slug, id)}/summary?${new URLSearchParams({ lang })}`;

export const getIntoIndexPreview = (slug: string, id: string, edition: number) =>
  apiRequest<IntoIndexPreview>(
    'GET',
    `${survey(slug, id)}/into-index/preview?${new URLSearchParams({ edition: String(edition) })}`,
  );

export const importIntoIndex = (
  slug: string,
  id: string,
  input: { edition: number; factorValuesFrom?: number },
) => apiRequest<IntoIndexResult>('POST', `${survey(slug, id)}/into-index`, input);

export const getInnovationProfile = (slug: string) =>
  apiRequest<InnovationProfile>('GET', `${org(slug)}/innovation-profile`);
