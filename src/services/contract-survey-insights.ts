/**
 * Survey insight use cases (issue 6): analytics and exports of responses, the innovation-capacity
 * profile against peers, and closed expert-assessment surveys into an edition's assessments.
 * Types only (the web imports them). HTTP routes: docs/api-contract-survey-insights.md.
 *
 * Method names are distinct from the collection half (contract-surveys.ts): both halves are
 * spread into one `Services['surveys']` object.
 */
import type { BenchmarkCaller, ExportedFile } from './contract.ts';
import type { SurveyKind } from './contract-surveys.ts';

/** Language of labels in analytics, exports and the printable summary. */
export type InsightLang = 'ko' | 'en';

/**
 * Who asks: a signed-in user, nobody (signed-out visitor; only the innovation profile of a public
 * organisation answers them) or `'system'` (the operator through the CLI, audited with a null actor).
 */
export type InsightCaller = BenchmarkCaller;

/** The survey an analytics answer is about. */
export interface InsightSurveyRef {
  id: string;
  /** In the requested language (falls back to the definition's default text). */
  title: string;
  kind: SurveyKind;
  status: string;
  /** Version number of the definition the analytics use (the latest version that has responses). */
  version: number | null;
  /** True when the responses are generated demo data; the UI shows a "synthetic" label. */
  synthetic: boolean;
  provenance: string;
}

// ---- 7. Analytics ----

/** One answer option of a question with how many responses gave it. */
export interface ChoiceCount {
  value: string;
  label: string;
  count: number;
  /** count / answered of the question (0..1); for multi-choice questions shares can add up to more than 1. */
  share: number;
}

export interface NumberStats {
  n: number;
  mean: number;
  median: number;
  min: number;
  max: number;
  /** Sample standard deviation (n - 1); 0 when n = 1. */
  sd: number;
}

export type QuestionKind =
  | 'single' // radiogroup, dropdown, boolean
  | 'multi' // checkbox, tagbox, ranking (counts every chosen option)
  | 'rating' // rating: choices per scale point + stats
  | 'number' // text with inputType number: stats
  | 'text' // text, comment: free text (listed, not counted)
  | 'matrix' // matrix, matrixdropdown: per row
  | 'other';

/** One row of a matrix question: e.g. one assessed city of an expert-assessment grid. */
export interface MatrixRowAnalytics {
  value: string;
  label: string;
  answered: number;
  /** Per column (matrixdropdown) or the row's single answer (matrix): value counts. */
  columns: Array<{
    name: string;
    label: string;
    answered: number;
    choices: ChoiceCount[];
    stats: NumberStats | null;
  }>;
}

export interface QuestionAnalytics {
  name: string;
  title: string;
  /** SurveyJS element type, e.g. `radiogroup`, `checkbox`, `rating`, `matrixdropdown`, `comment`. */
  type: string;
  kind: QuestionKind;
  /** Responses in the denominator that answered this question. */
  answered: number;
  /** Responses in the denominator that did not. */
  skipped: number;
  /** Every defined option in definition order (then any undefined value seen), with counts. */
  choices: ChoiceCount[];
  stats: NumberStats | null;
  rows: MatrixRowAnalytics[];
  /** Number of non-empty free-text answers (text / comment questions and `other` comments). */
  textAnswers: number;
}

export interface SurveyAnalytics {
  survey: InsightSurveyRef;
  lang: InsightLang;
  /** Which responses are counted: submitted (complete) responses only. */
  denominator: { responses: number; note: string };
  byGroup: Array<{ group: string; count: number }>;
  /** Submissions per day (UTC date), oldest first: for "watch responses arrive". */
  timeline: Array<{ date: string; count: number }>;
  questions: QuestionAnalytics[];
}

/** Cross-tab of one question's answers by respondent group or by another choice question. */
export interface SurveyCrossTab {
  survey: InsightSurveyRef;
  lang: InsightLang;
  question: { name: string; title: string };
  /** `respondent_group`, or a question name. */
  by: { name: string; title: string };
  /** Answer options of `question` (table rows). */
  rows: Array<{ value: string; label: string }>;
  /** Values of `by` (table columns), with how many counted responses fall in each. */
  columns: Array<{ value: string; label: string; responses: number }>;
  /** counts[row][column]: responses in the column that gave the row's answer. */
  counts: number[][];
  /** shares[row][column] = counts / column responses (0..1; 0 when the column is empty). */
  shares: number[][];
  total: number;
}

export interface FreeTextAnswer {
  responseId: string;
  group: string | null;
  submittedAt: string | null;
  text: string;
}

export interface SurveyFreeText {
  survey: InsightSurveyRef;
  lang: InsightLang;
  questions: Array<{ name: string; title: string; answers: FreeTextAnswer[] }>;
}

export type SurveyExportFormat = 'csv' | 'xlsx';

// ---- 5. Into the index ----

export interface IntoIndexCity {
  code: string;
  nameEn: string;
  nameKo: string;
  /** Assessments of the city in the file (all respondents, all dimensions). */
  assessments: number;
  /** In-window assessments from respondents based elsewhere: what the minimum counts. */
  fromOthers: number;
  /** `rated` when fromOthers >= minAssessments, else `associate` (reported, not ranked). */
  status: 'rated' | 'associate';
}

export interface IntoIndexPreview {
  survey: InsightSurveyRef;
  edition: { number: number; label: string; status: 'draft' | 'published'; publishedOn: string };
  /** The model's rules as the edition will apply them (docs/methods/factor-assessment-model.md §2). */
  rules: { windowMonths: number; excludeHomeCity: boolean; minAssessments: number };
  counts: {
    /** Submitted responses of the survey. */
    responses: number;
    /** Responses that give a home city and at least one rating. */
    usedResponses: number;
    /** Assessment rows that will be stored (one per respondent, city and dimension). */
    assessments: number;
    /** Of those, ratings of the respondent's own home city: stored, dropped by the model. */
    excludedHomeCity: number;
    /** Of those, older than the window at the edition date: stored, dropped by the model. */
    outsideWindow: number;
    /** Of those, what the model counts (in window, home city excluded when the rule is on). */
    counted: number;
    /** Ratings dated after the edition date: NOT stored (the benchmark import refuses them). */
    afterEditionDate: number;
  };
  /** Responses left out and why (no home city, unknown city code, no ratings, ...). */
  skipped: Array<{ responseId: string; reason: string }>;
  /** Every assessed city, most assessed first. */
  cities: IntoIndexCity[];
  rated: number;
  associates: number;
}

export interface IntoIndexResult extends IntoIndexPreview {
  imported: number;
  respondents: number;
  /** Set when factor values were copied from another edition in the same transaction. */
  factorValuesFrom: number | null;
  factorValuesCopied: number;
}

// ---- 6. Innovation-capacity profile ----

/** Where a peer comparison comes from. */
export type PeerOrigin = 'published' | 'illustrative' | 'survey';

export interface PeerPoolView {
  code: string;
  labelEn: string;
  labelKo: string;
  origin: PeerOrigin;
  /** Survey wave as the source states it (e.g. "OECD/Bloomberg Philanthropies survey, wave not stated"). */
  waveEn: string;
  waveKo: string;
  /** Number of cities the shares are of; null when the source does not state it. */
  denominator: number | null;
  source: string;
  noteEn: string;
  noteKo: string;
}

/** One peer figure beside one answer. */
export interface PeerFigure {
  pool: string;
  origin: PeerOrigin;
  /** 0..1, when stated or computable. */
  share: number | null;
  /** Number of cities, when stated or computable. */
  count: number | null;
  denominator: number | null;
  waveEn: string;
  waveKo: string;
  /** The comparison in words, e.g. "Along with 50% of cities surveyed" / "조사 도시의 50%와 마찬가지로". */
  statementEn: string;
  statementKo: string;
  /** For published figures: the line of the source document that states it. */
  sourceLine: string | null;
}

export interface ProfileAnswer {
  /** Option value (`true`/`false` for yes/no questions). */
  value: string;
  labelEn: string;
  labelKo: string;
  /** Optional explanation shown under the answer (e.g. the seed's "e.g. ..." line). */
  detailEn: string | null;
  detailKo: string | null;
  peers: PeerFigure[];
}

export interface ProfileQuestion {
  name: string;
  titleEn: string;
  titleKo: string;
  /** The city's answers (chosen options), each with its peer figures. */
  answers: ProfileAnswer[];
  /** Published figures about options the city did not choose (e.g. "Launching or sustaining a project: 79 cities"). */
  otherOptions: ProfileAnswer[];
  noteEn: string | null;
  noteKo: string | null;
}

export interface ProfileSection {
  code: string;
  titleEn: string;
  titleKo: string;
  /** Free statements of the source (e.g. the city's spotlight text), in both languages. */
  statements: Array<{ en: string; ko: string }>;
  questions: ProfileQuestion[];
}

export interface InnovationProfile {
  city: {
    nameEn: string;
    nameKo: string;
    countryEn: string;
    countryKo: string;
    mayorEn: string | null;
    mayorKo: string | null;
    population: { value: number; year: number } | null;
  };
  survey: InsightSurveyRef | null;
  source: { titleEn: string; titleKo: string; document: string; noteEn: string; noteKo: string };
  sections: ProfileSection[];
  peerPools: PeerPoolView[];
  /** True when any figure shown is illustrative (synthetic peer pool). */
  containsIllustrative: boolean;
  provenance: string;
}

/** A type alias (not an interface) so guardService can wrap it like the other services. */
export type SurveyInsightServices = {
  /** Analyst+ of the survey's organisation. */
  surveyAnalytics(
    caller: InsightCaller,
    slug: string,
    surveyId: string,
    lang: InsightLang,
  ): Promise<SurveyAnalytics>;
  /** `by` = `respondent_group` or the name of a single-choice question. Analyst+. */
  surveyCrossTab(
    caller: InsightCaller,
    slug: string,
    surveyId: string,
    query: { question: string; by: string; lang: InsightLang },
  ): Promise<SurveyCrossTab>;
  /** Every non-empty free-text answer, newest first. Analyst+. */
  surveyFreeText(
    caller: InsightCaller,
    slug: string,
    surveyId: string,
    lang: InsightLang,
  ): Promise<SurveyFreeText>;
  /** One row per submitted response, one column per answer (labels in `lang`). Analyst+. */
  exportSurveyResponses(
    caller: InsightCaller,
    slug: string,
    surveyId: string,
    format: SurveyExportFormat,
    lang: InsightLang,
  ): Promise<ExportedFile>;
  /** Print-ready self-contained HTML (no external assets). Analyst+. */
  surveySummaryHtml(
    caller: InsightCaller,
    slug: string,
    surveyId: string,
    lang: InsightLang,
  ): Promise<string>;
  /** What into-index would store for this expert-assessment survey and edition. Analyst+. */
  intoIndexPreview(
    caller: InsightCaller,
    slug: string,
    surveyId: string,
    edition: number,
  ): Promise<IntoIndexPreview>;
  /**
   * Replaces the draft edition's respondents and assessments with the closed survey's responses
   * (through the benchmark import validation, all or nothing, audited). Editor/admin.
   */
  intoIndex(
    caller: InsightCaller,
    slug: string,
    surveyId: string,
    input: { edition: number; factorValuesFrom?: number | undefined },
  ): Promise<IntoIndexResult>;
  /** The organisation's city innovation-capacity profile against the peer pools. Read access like the benchmark. */
  innovationProfile(caller: InsightCaller, slug: string): Promise<InnovationProfile>;
};
