import type { Language } from '../../i18n/language.ts';
import { localeOf } from '../../i18n/language.ts';
import type {
  ChoiceCount,
  MatrixRowAnalytics,
  NumberStats,
  QuestionAnalytics,
  SurveyAnalytics,
} from './api.ts';

/** The group-by value that cross-tabs by the invitation's or link's respondent group. */
export const BY_RESPONDENT_GROUP = 'respondent_group';

/** A share (0..1) as a whole percent for tables and labels. */
export function sharePercent(share: number): string {
  return Number.isFinite(share) ? `${Math.floor(share * 100 + 0.5)}%` : '–';
}

/** One decimal in the chosen language ("7.3"). */
export function formatStat(language: Language, value: number): string {
  return new Intl.NumberFormat(localeOf(language), {
    maximumFractionDigits: 1,
    minimumFractionDigits: 0,
  }).format(value);
}

/**
 * Rating answers as points of the scale. The scale runs over the defined options (SurveyJS lists
 * every scale point as a choice), widened to any value actually seen.
 */
export function ratingScale(question: Pick<QuestionAnalytics, 'choices' | 'stats'>): {
  counts: { value: number; count: number }[];
  scale: { min: number; max: number };
} | null {
  const counts = question.choices
    .map((c) => ({ value: Number(c.value), count: c.count }))
    .filter((c) => Number.isInteger(c.value));
  const values = counts.map((c) => c.value);
  if (question.stats) values.push(Math.floor(question.stats.min), Math.ceil(question.stats.max));
  if (values.length === 0) return null;
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (max - min > 20) return null;
  return { counts, scale: { min, max } };
}

/** Questions whose answers can be cross-tabbed (counted options). */
export function crossTabQuestions(analytics: SurveyAnalytics): QuestionAnalytics[] {
  return analytics.questions.filter(
    (q) => (q.kind === 'single' || q.kind === 'multi' || q.kind === 'rating') && q.choices.length > 0,
  );
}

/** What the answers can be split by: the respondent group, or another single-choice question. */
export function crossTabGroupings(
  analytics: SurveyAnalytics,
  question: string,
): { name: string; title: string | null }[] {
  return [
    { name: BY_RESPONDENT_GROUP, title: null },
    ...analytics.questions
      .filter((q) => q.kind === 'single' && q.name !== question && q.choices.length > 0)
      .map((q) => ({ name: q.name, title: q.title })),
  ];
}

/** The default cross-tab: the first countable question by respondent group (null when none). */
export function defaultCrossTab(analytics: SurveyAnalytics): { question: string; by: string } | null {
  const first = crossTabQuestions(analytics)[0];
  return first ? { question: first.name, by: BY_RESPONDENT_GROUP } : null;
}

/** A matrix cell in words: the mean (and n) of a rating/number column, else its most given answer. */
export function matrixCell(
  language: Language,
  column: { answered: number; choices: ChoiceCount[]; stats: NumberStats | null },
): string {
  if (column.answered === 0) return '–';
  if (column.stats) return `${formatStat(language, column.stats.mean)} (n=${column.stats.n})`;
  const top = [...column.choices].sort((a, b) => b.count - a.count)[0];
  return top ? `${top.label} ${sharePercent(top.share)}` : '–';
}

/** Column headers of a matrix question: the union of the rows' columns, in first-seen order. */
export function matrixColumns(rows: readonly MatrixRowAnalytics[]): { name: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const row of rows) for (const c of row.columns) if (!seen.has(c.name)) seen.set(c.name, c.label);
  return [...seen].map(([name, label]) => ({ name, label }));
}
