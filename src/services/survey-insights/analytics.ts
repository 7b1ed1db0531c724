/**
 * Pure analytics over (SurveyJS definition, submitted answers): distributions per question,
 * cross-tabs by respondent group or by another single-choice question, and free-text listings.
 * No I/O; the service loads the rows and passes them in. Shares are of the responses that
 * answered the question (the denominator is stated beside every figure in the views).
 */
import type {
  ChoiceCount,
  FreeTextAnswer,
  InsightLang,
  MatrixRowAnalytics,
  NumberStats,
  QuestionAnalytics,
} from '../contract-survey-insights.ts';
import { type FlatQuestion, flattenDefinition, type Option, valueKey } from './definition.ts';

export interface ResponseRecord {
  id: string;
  group: string | null;
  /** ISO timestamp. */
  submittedAt: string | null;
  answers: Record<string, unknown>;
}

/** Sample statistics of a list of numbers; null when empty. */
export function numberStats(values: number[]): NumberStats | null {
  const n = values.length;
  if (n === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  let sum = 0;
  for (const v of sorted) sum += v;
  const mean = sum / n;
  let ss = 0;
  for (const v of sorted) ss += (v - mean) ** 2;
  const mid = n >> 1;
  const median = n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { n, mean, median, min: sorted[0]!, max: sorted[n - 1]!, sd: n > 1 ? Math.sqrt(ss / (n - 1)) : 0 };
}

/** Counts over the defined options first (in order, zeros kept), then any other value seen (by count). */
function choiceCounts(defined: Option[], counts: Map<string, number>, answered: number): ChoiceCount[] {
  const out: ChoiceCount[] = [];
  const seen = new Set<string>();
  for (const o of defined) {
    if (seen.has(o.value)) continue;
    seen.add(o.value);
    const count = counts.get(o.value) ?? 0;
    out.push({ value: o.value, label: o.label, count, share: answered > 0 ? count / answered : 0 });
  }
  const extra = [...counts.entries()]
    .filter(([v]) => !seen.has(v))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (const [value, count] of extra)
    out.push({ value, label: value, count, share: answered > 0 ? count / answered : 0 });
  return out;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function isAnswered(v: unknown): boolean {
  if (v === null || v === undefined || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v).length > 0;
  return true;
}

function asNumber(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
}

/** The option keys an answer chose: one for single answers, each element for arrays. */
export function chosenKeys(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(valueKey).filter((k): k is string => k !== null);
  const k = valueKey(v);
  return k === null ? [] : [k];
}

function matrixRows(q: FlatQuestion, responses: ResponseRecord[]): MatrixRowAnalytics[] {
  interface ColumnAcc {
    counts: Map<string, number>;
    numbers: number[];
    answered: number;
  }
  interface RowAcc {
    option: Option;
    answered: number;
    columns: ColumnAcc[];
  }
  const newRow = (option: Option): RowAcc => ({
    option,
    answered: 0,
    columns: q.columns.map(() => ({ counts: new Map(), numbers: [], answered: 0 })),
  });
  // Rows: the defined ones in order, then any other key seen in answers (in order of appearance).
  const rows = new Map<string, RowAcc>(q.rows.map((r) => [r.value, newRow(r)]));
  // One pass over the responses, visiting only the rows each answered.
  for (const r of responses) {
    const grid = r.answers[q.name];
    if (!grid || typeof grid !== 'object' || Array.isArray(grid)) continue;
    for (const [rowKey, cell] of Object.entries(grid as Record<string, unknown>)) {
      if (!isAnswered(cell)) continue;
      let acc = rows.get(rowKey);
      if (!acc) {
        acc = newRow({ value: rowKey, label: rowKey });
        rows.set(rowKey, acc);
      }
      acc.answered++;
      for (let j = 0; j < q.columns.length; j++) {
        const col = q.columns[j]!;
        // A simple matrix stores the row's answer directly; matrixdropdown stores { column: value }.
        const value =
          col.name === ''
            ? cell
            : cell && typeof cell === 'object'
              ? (cell as Record<string, unknown>)[col.name]
              : undefined;
        if (!isAnswered(value)) continue;
        const c = acc.columns[j]!;
        c.answered++;
        if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
          bump(c.counts, String(value));
        else for (const key of chosenKeys(value)) bump(c.counts, key);
        if (col.numeric) {
          const num = asNumber(value);
          if (num !== null) c.numbers.push(num);
        }
      }
    }
  }
  return [...rows.values()].map((acc) => ({
    value: acc.option.value,
    label: acc.option.label,
    answered: acc.answered,
    columns: q.columns.map((col, j) => {
      const c = acc.columns[j]!;
      return {
        name: col.name,
        label: col.label,
        answered: c.answered,
        choices: choiceCounts(col.choices, c.counts, c.answered),
        stats: col.numeric ? numberStats(c.numbers) : null,
      };
    }),
  }));
}

/** Distribution of one question over the responses. */
export function analyseQuestion(q: FlatQuestion, responses: ResponseRecord[]): QuestionAnalytics {
  let answered = 0;
  let textAnswers = 0;
  const counts = new Map<string, number>();
  const numbers: number[] = [];
  for (const r of responses) {
    const v = r.answers[q.name];
    const other = r.answers[`${q.name}-Comment`];
    if (typeof other === 'string' && other.trim() !== '') textAnswers++;
    if (!isAnswered(v)) continue;
    answered++;
    if (q.kind === 'single' || q.kind === 'multi' || q.kind === 'rating')
      for (const key of chosenKeys(v)) bump(counts, key);
    if (q.kind === 'rating' || q.kind === 'number') {
      const num = asNumber(v);
      if (num !== null) numbers.push(num);
    }
    if (q.kind === 'text' && typeof v === 'string' && v.trim() !== '') textAnswers++;
  }
  const counted = q.kind === 'single' || q.kind === 'multi' || q.kind === 'rating';
  return {
    name: q.name,
    title: q.title,
    type: q.type,
    kind: q.kind,
    answered,
    skipped: responses.length - answered,
    choices: counted ? choiceCounts(q.choices, counts, answered) : [],
    stats: q.kind === 'rating' || q.kind === 'number' ? numberStats(numbers) : null,
    rows: q.kind === 'matrix' ? matrixRows(q, responses) : [],
    textAnswers,
  };
}

export interface Distributions {
  questions: QuestionAnalytics[];
  byGroup: Array<{ group: string; count: number }>;
  timeline: Array<{ date: string; count: number }>;
}

/** Label of a missing respondent group, in both languages. */
export function noGroupLabel(lang: InsightLang): string {
  return lang === 'ko' ? '(그룹 없음)' : '(no group)';
}

export function distributions(
  definition: unknown,
  responses: ResponseRecord[],
  lang: InsightLang,
): Distributions {
  const questions = flattenDefinition(definition, lang).map((q) => analyseQuestion(q, responses));
  const groups = new Map<string, number>();
  const days = new Map<string, number>();
  for (const r of responses) {
    bump(groups, r.group ?? noGroupLabel(lang));
    if (r.submittedAt) bump(days, r.submittedAt.slice(0, 10));
  }
  return {
    questions,
    byGroup: [...groups.entries()]
      .map(([group, count]) => ({ group, count }))
      .sort((a, b) => b.count - a.count || (a.group < b.group ? -1 : 1)),
    timeline: [...days.entries()]
      .map(([date, count]) => ({ date, count }))
      .sort((a, b) => (a.date < b.date ? -1 : 1)),
  };
}

export const BY_GROUP = 'respondent_group';

export interface CrossTabResult {
  question: { name: string; title: string };
  by: { name: string; title: string };
  rows: Option[];
  columns: Array<{ value: string; label: string; responses: number }>;
  counts: number[][];
  shares: number[][];
  total: number;
}

/**
 * Rows: the options of `question` (single, multi or rating). Columns: respondent groups
 * (`by = respondent_group`) or the options of the single-choice question `by`. A response is in a
 * column when it has that group/answer; counts[row][col] = responses of the column choosing the row.
 * Throws an Error with a message for the caller to map when a name is unusable.
 */
export function crossTab(
  definition: unknown,
  responses: ResponseRecord[],
  questionName: string,
  byName: string,
  lang: InsightLang,
): CrossTabResult {
  const flat = flattenDefinition(definition, lang);
  const q = flat.find((x) => x.name === questionName);
  if (!q) throw new CrossTabError(`unknown question '${questionName}'`);
  if (q.kind !== 'single' && q.kind !== 'multi' && q.kind !== 'rating')
    throw new CrossTabError(`question '${questionName}' has no answer options to cross-tabulate`);
  const rowsAnalytics = analyseQuestion(q, responses).choices;
  const rows: Option[] = rowsAnalytics.map((c) => ({ value: c.value, label: c.label }));
  const rowIndex = new Map(rows.map((r, i) => [r.value, i]));

  let columnOf: (r: ResponseRecord) => string | null;
  let columns: Option[];
  let byTitle: string;
  if (byName === BY_GROUP) {
    byTitle = lang === 'ko' ? '응답자 그룹' : 'Respondent group';
    const none = noGroupLabel(lang);
    const seen = [...new Set(responses.map((r) => r.group ?? none))].sort();
    columns = seen.map((g) => ({ value: g, label: g }));
    columnOf = (r) => r.group ?? none;
  } else {
    const by = flat.find((x) => x.name === byName);
    if (!by) throw new CrossTabError(`unknown question '${byName}'`);
    if (by.kind !== 'single' && by.kind !== 'rating')
      throw new CrossTabError(`'${byName}' must be respondent_group or a single-choice question`);
    byTitle = by.title;
    columns = analyseQuestion(by, responses).choices.map((c) => ({ value: c.value, label: c.label }));
    columnOf = (r) => valueKey(r.answers[byName]);
  }
  const colIndex = new Map(columns.map((c, i) => [c.value, i]));
  const counts = rows.map(() => new Array<number>(columns.length).fill(0));
  const colTotals = new Array<number>(columns.length).fill(0);
  let total = 0;
  for (const r of responses) {
    const col = columnOf(r);
    const j = col === null ? undefined : colIndex.get(col);
    if (j === undefined) continue;
    const keys = chosenKeys(r.answers[questionName]);
    if (keys.length === 0) continue;
    colTotals[j]!++;
    total++;
    for (const k of new Set(keys)) {
      const i = rowIndex.get(k);
      if (i !== undefined) counts[i]![j]!++;
    }
  }
  return {
    question: { name: q.name, title: q.title },
    by: { name: byName, title: byTitle },
    rows,
    columns: columns.map((c, j) => ({ ...c, responses: colTotals[j]! })),
    counts,
    shares: counts.map((row) => row.map((n, j) => (colTotals[j]! > 0 ? n / colTotals[j]! : 0))),
    total,
  };
}

export class CrossTabError extends Error {}

/** Every non-empty free-text answer per text/comment question (and "other" comments), newest first. */
export function freeText(
  definition: unknown,
  responses: ResponseRecord[],
  lang: InsightLang,
): Array<{ name: string; title: string; answers: FreeTextAnswer[] }> {
  const newestFirst = [...responses].sort((a, b) => ((a.submittedAt ?? '') < (b.submittedAt ?? '') ? 1 : -1));
  const out: Array<{ name: string; title: string; answers: FreeTextAnswer[] }> = [];
  for (const q of flattenDefinition(definition, lang)) {
    const keys: Array<{ key: string; title: string }> = [];
    if (q.kind === 'text') keys.push({ key: q.name, title: q.title });
    if (q.hasOther)
      keys.push({ key: `${q.name}-Comment`, title: `${q.title} (${lang === 'ko' ? '기타' : 'other'})` });
    for (const { key, title } of keys) {
      const answers: FreeTextAnswer[] = [];
      for (const r of newestFirst) {
        const v = r.answers[key];
        if (typeof v === 'string' && v.trim() !== '')
          answers.push({ responseId: r.id, group: r.group, submittedAt: r.submittedAt, text: v.trim() });
      }
      out.push({ name: key, title, answers });
    }
  }
  return out;
}
