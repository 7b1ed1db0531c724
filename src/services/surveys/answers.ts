/**
 * Server-side answer validation against a compiled SurveyJS definition: the same rules the
 * respondent's page enforces as they go (required questions, rating bounds, allowed choices,
 * numbers, lengths), so a hand-made request cannot store what the form would refuse.
 * `complete: false` (saving partial answers) checks values only; `complete: true` (submit) also
 * checks that every visible required question is answered. Errors are keyed by question name
 * (`ratings.BUS.IS` for a matrix cell).
 */
import type { CompiledDefinition, Issues, QuestionSpec, ScalarSpec } from './definition.ts';

const MAX_TEXT = 10_000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isObject(value)) return Object.keys(value).length === 0;
  return false;
}

class Errors {
  readonly issues: Issues = {};
  add(key: string, message: string): void {
    const list = this.issues[key] ?? [];
    list.push(message);
    this.issues[key] = list;
  }
}

function asKey(value: unknown): string | null {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

function checkScalar(spec: ScalarSpec, value: unknown, key: string, errors: Errors): void {
  switch (spec.kind) {
    case 'text': {
      if (spec.inputType === 'number' || spec.inputType === 'range') {
        const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
        if (!Number.isFinite(n)) {
          errors.add(key, 'must be a number');
          return;
        }
        if (spec.min !== null && n < spec.min) errors.add(key, `must be at least ${spec.min}`);
        if (spec.max !== null && n > spec.max) errors.add(key, `must be at most ${spec.max}`);
        return;
      }
      if (typeof value !== 'string' && typeof value !== 'number') {
        errors.add(key, 'must be text');
        return;
      }
      const text = String(value);
      if (text.length > (spec.maxLength ?? MAX_TEXT))
        errors.add(key, `must be at most ${spec.maxLength ?? MAX_TEXT} characters`);
      if (spec.inputType === 'email' && !EMAIL.test(text)) errors.add(key, 'must be an email address');
      return;
    }
    case 'comment': {
      if (typeof value !== 'string') {
        errors.add(key, 'must be text');
        return;
      }
      if (value.length > (spec.maxLength ?? MAX_TEXT))
        errors.add(key, `must be at most ${spec.maxLength ?? MAX_TEXT} characters`);
      return;
    }
    case 'rating': {
      if (spec.values) {
        const k = asKey(value);
        if (k === null || !spec.values.has(k)) errors.add(key, 'is not one of the rating values');
        return;
      }
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        errors.add(key, 'must be a number');
        return;
      }
      if (value < spec.rateMin || value > spec.rateMax)
        errors.add(key, `must be from ${spec.rateMin} to ${spec.rateMax}`);
      return;
    }
    case 'choice': {
      const k = asKey(value);
      if (k === null) {
        errors.add(key, 'must be one of the choices');
        return;
      }
      if (spec.values && !spec.values.has(k)) errors.add(key, `'${k}' is not one of the choices`);
      return;
    }
    case 'multi':
    case 'ranking': {
      if (!Array.isArray(value)) {
        errors.add(key, 'must be a list of choices');
        return;
      }
      const seen = new Set<string>();
      for (const item of value) {
        const k = asKey(item);
        if (k === null) {
          errors.add(key, 'must be a list of choices');
          return;
        }
        if (spec.values && !spec.values.has(k)) errors.add(key, `'${k}' is not one of the choices`);
        if (seen.has(k)) errors.add(key, `'${k}' is chosen twice`);
        seen.add(k);
      }
      if (spec.minSelected !== null && value.length > 0 && value.length < spec.minSelected)
        errors.add(key, `choose at least ${spec.minSelected}`);
      if (spec.maxSelected !== null && value.length > spec.maxSelected)
        errors.add(key, `choose at most ${spec.maxSelected}`);
      return;
    }
    case 'boolean': {
      if (value !== spec.valueTrue && value !== spec.valueFalse) errors.add(key, 'must be yes or no');
      return;
    }
    default:
      return;
  }
}

function visible(q: QuestionSpec, answers: Json): boolean {
  for (const c of q.conditions) if (!c.runValues(answers)) return false;
  return true;
}

function isRequired(q: QuestionSpec, answers: Json): boolean {
  return q.required || (q.requiredIf?.runValues(answers) ?? false);
}

function checkQuestion(
  q: QuestionSpec,
  value: unknown,
  key: string,
  answers: Json,
  complete: boolean,
  errors: Errors,
): void {
  const empty = isEmpty(value);
  if (empty) {
    if (complete && isRequired(q, answers)) errors.add(key, 'an answer is required');
    return;
  }
  if (q.scalar) {
    checkScalar(q.scalar, value, key, errors);
    return;
  }
  switch (q.type) {
    case 'matrix': {
      if (!isObject(value)) {
        errors.add(key, 'must be an object of row: column');
        return;
      }
      const rows = visibleRows(q, answers);
      for (const [row, col] of Object.entries(value)) {
        if (!q.rows?.includes(row)) errors.add(`${key}.${row}`, 'is not a row of the matrix');
        else if (!q.matrixColumns?.has(asKey(col) ?? '\u0000'))
          errors.add(`${key}.${row}`, 'is not a column of the matrix');
      }
      if (complete && q.isAllRowRequired)
        for (const row of rows) if (isEmpty(value[row])) errors.add(`${key}.${row}`, 'an answer is required');
      return;
    }
    case 'matrixdropdown': {
      if (!isObject(value)) {
        errors.add(key, 'must be an object of row: { column: value }');
        return;
      }
      const rows = visibleRows(q, answers);
      for (const [row, cells] of Object.entries(value)) {
        if (!q.rows?.includes(row)) {
          errors.add(`${key}.${row}`, 'is not a row of the matrix');
          continue;
        }
        checkCells(q, cells, `${key}.${row}`, false, errors);
      }
      if (complete)
        for (const row of rows) {
          const cells = value[row];
          const needed = q.isAllRowRequired || q.columns?.some((c) => c.required);
          if (needed) checkCells(q, isObject(cells) ? cells : {}, `${key}.${row}`, true, errors);
        }
      return;
    }
    case 'matrixdynamic': {
      if (!Array.isArray(value)) {
        errors.add(key, 'must be a list of rows');
        return;
      }
      if (q.maxRowCount !== null && value.length > q.maxRowCount)
        errors.add(key, `at most ${q.maxRowCount} rows`);
      if (complete && q.minRowCount !== null && value.length < q.minRowCount)
        errors.add(key, `at least ${q.minRowCount} rows`);
      value.forEach((cells, i) => {
        checkCells(q, cells, `${key}[${i}]`, complete, errors);
      });
      return;
    }
    case 'paneldynamic': {
      if (!Array.isArray(value)) {
        errors.add(key, 'must be a list of panels');
        return;
      }
      if (q.maxRowCount !== null && value.length > q.maxRowCount)
        errors.add(key, `at most ${q.maxRowCount} panels`);
      value.forEach((panel, i) => {
        if (!isObject(panel)) {
          errors.add(`${key}[${i}]`, 'must be an object');
          return;
        }
        checkAnswerSet(q.template ?? [], panel, `${key}[${i}].`, complete, errors, false);
      });
      return;
    }
    case 'multipletext': {
      if (!isObject(value)) {
        errors.add(key, 'must be an object of item: text');
        return;
      }
      for (const [item, text] of Object.entries(value)) {
        if (!q.items?.includes(item)) errors.add(`${key}.${item}`, 'is not an item of the question');
        else if (typeof text !== 'string' && typeof text !== 'number')
          errors.add(`${key}.${item}`, 'must be text');
        else if (String(text).length > MAX_TEXT)
          errors.add(`${key}.${item}`, `must be at most ${MAX_TEXT} characters`);
      }
      return;
    }
    default:
      return;
  }
}

function visibleRows(q: QuestionSpec, answers: Json): string[] {
  const rows = q.rows ?? [];
  const cond = q.rowsVisibleIf;
  if (!cond) return rows;
  return rows.filter((row) => cond.runValues({ ...answers, item: row }));
}

function checkCells(q: QuestionSpec, cells: unknown, key: string, complete: boolean, errors: Errors): void {
  if (!isObject(cells)) {
    errors.add(key, 'must be an object of column: value');
    return;
  }
  const columns = new Map((q.columns ?? []).map((c) => [c.name, c]));
  for (const [name, value] of Object.entries(cells)) {
    const column = columns.get(name);
    if (!column) {
      errors.add(`${key}.${name}`, 'is not a column of the matrix');
      continue;
    }
    if (!isEmpty(value)) checkScalar(column.spec, value, `${key}.${name}`, errors);
  }
  if (complete)
    for (const column of columns.values())
      if ((column.required || q.isAllRowRequired) && isEmpty(cells[column.name]))
        errors.add(`${key}.${column.name}`, 'an answer is required');
}

function checkAnswerSet(
  questions: QuestionSpec[],
  answers: Json,
  prefix: string,
  complete: boolean,
  errors: Errors,
  strictKeys: boolean,
  calculated: Set<string> = new Set(),
): void {
  const byName = new Map(questions.map((q) => [q.name, q]));
  for (const [key, value] of Object.entries(answers)) {
    if (byName.has(key) || calculated.has(key)) continue;
    const base = key.endsWith('-Comment') ? key.slice(0, -'-Comment'.length) : null;
    if (base !== null && byName.has(base)) {
      if (typeof value !== 'string' || value.length > MAX_TEXT)
        errors.add(`${prefix}${key}`, `must be text of at most ${MAX_TEXT} characters`);
      continue;
    }
    if (strictKeys) errors.add(`${prefix}${key}`, 'is not a question of this survey');
  }
  for (const q of questions) {
    // Hidden questions are not required; their stale values are not checked either.
    if (q.conditions.length > 0 && !visible(q, answers)) continue;
    checkQuestion(q, answers[q.name], `${prefix}${q.name}`, answers, complete, errors);
  }
}

/** Problems with `answers`, keyed by question name; empty when they may be stored. */
export function validateAnswers(compiled: CompiledDefinition, answers: unknown, complete: boolean): Issues {
  const errors = new Errors();
  if (!isObject(answers)) {
    errors.add('answers', 'must be an object of question name: answer');
    return errors.issues;
  }
  checkAnswerSet(compiled.questions, answers, '', complete, errors, true, compiled.calculated);
  return errors.issues;
}
