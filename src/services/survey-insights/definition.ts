/**
 * Reads a SurveyJS JSON definition into a flat list of answerable questions with labels in one
 * language. Handles pages, panels (nested), choices as strings/numbers/`{ value, text }`,
 * localisable strings (`"x"` or `{ default, ko, en }`), boolean, rating (`rateValues` or
 * `rateMin`..`rateMax` by `rateStep`), matrix and matrixdropdown (rows, columns, cell choices),
 * and the "other" item (`showOtherItem` / `hasOther`, its text in `<name>-Comment`).
 * Pure: no I/O.
 */
import type { InsightLang, QuestionKind } from '../contract-survey-insights.ts';

export interface Option {
  value: string;
  label: string;
}

export interface MatrixColumn {
  name: string;
  label: string;
  /** Cell choices (dropdown/radiogroup/rating cells); empty for free cells. */
  choices: Option[];
  numeric: boolean;
}

export interface FlatQuestion {
  name: string;
  title: string;
  type: string;
  kind: QuestionKind;
  /** Defined options in definition order (single, multi, rating). */
  choices: Option[];
  /** Matrix rows. */
  rows: Option[];
  /** matrixdropdown columns; for a simple `matrix` one synthetic column named '' holding `choices`. */
  columns: MatrixColumn[];
  /** True when an "other" item with a comment is offered. */
  hasOther: boolean;
}

type Json = unknown;

function isRecord(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A localisable SurveyJS string in `lang`, falling back to `default`, then any text. */
export function localise(value: Json, lang: InsightLang, fallback = ''): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (isRecord(value)) {
    for (const key of [lang, 'default', lang === 'ko' ? 'en' : 'ko']) {
      const text = value[key];
      if (typeof text === 'string' && text !== '') return text;
    }
    const any = Object.values(value).find((v) => typeof v === 'string');
    if (typeof any === 'string') return any;
  }
  return fallback;
}

function options(list: Json, lang: InsightLang): Option[] {
  if (!Array.isArray(list)) return [];
  const out: Option[] = [];
  for (const item of list) {
    if (typeof item === 'string' || typeof item === 'number')
      out.push({ value: String(item), label: String(item) });
    else if (isRecord(item) && item.value !== undefined && item.value !== null) {
      const value = String(item.value);
      out.push({ value, label: localise(item.text, lang, value) });
    }
  }
  return out;
}

function ratingOptions(q: Record<string, Json>, lang: InsightLang): Option[] {
  if (Array.isArray(q.rateValues) && q.rateValues.length > 0) return options(q.rateValues, lang);
  const min = typeof q.rateMin === 'number' ? q.rateMin : 1;
  const step = typeof q.rateStep === 'number' && q.rateStep > 0 ? q.rateStep : 1;
  let max = typeof q.rateMax === 'number' ? q.rateMax : 5;
  if (typeof q.rateCount === 'number' && typeof q.rateMax !== 'number') max = min + (q.rateCount - 1) * step;
  const out: Option[] = [];
  for (let v = min; v <= max + 1e-9 && out.length < 1000; v += step) {
    const value = String(Math.round(v * 1e6) / 1e6);
    out.push({ value, label: value });
  }
  return out;
}

const SINGLE = new Set(['radiogroup', 'dropdown', 'boolean', 'imagepicker']);
const MULTI = new Set(['checkbox', 'tagbox', 'ranking']);
const TEXT = new Set(['comment']);
const SKIP = new Set(['html', 'image', 'expression', 'signaturepad', 'file']);

function kindOf(q: Record<string, Json>, type: string): QuestionKind {
  if (SINGLE.has(type)) return 'single';
  if (MULTI.has(type)) return 'multi';
  if (type === 'rating') return 'rating';
  if (type === 'matrix' || type === 'matrixdropdown') return 'matrix';
  if (TEXT.has(type)) return 'text';
  if (type === 'text') return q.inputType === 'number' || q.inputType === 'range' ? 'number' : 'text';
  return 'other';
}

function flatten(q: Record<string, Json>, lang: InsightLang): FlatQuestion | null {
  const type = typeof q.type === 'string' ? q.type : '';
  const name = typeof q.name === 'string' ? q.name : '';
  if (name === '' || SKIP.has(type)) return null;
  const kind = kindOf(q, type);
  const title = localise(q.title, lang, name);
  let choices: Option[] = [];
  if (type === 'boolean') {
    const yes = lang === 'ko' ? '예' : 'Yes';
    const no = lang === 'ko' ? '아니요' : 'No';
    const trueValue = q.valueTrue !== undefined ? String(q.valueTrue) : 'true';
    const falseValue = q.valueFalse !== undefined ? String(q.valueFalse) : 'false';
    choices = [
      { value: trueValue, label: localise(q.labelTrue, lang, yes) },
      { value: falseValue, label: localise(q.labelFalse, lang, no) },
    ];
  } else if (kind === 'rating') choices = ratingOptions(q, lang);
  else if (kind === 'single' || kind === 'multi') choices = options(q.choices, lang);
  const hasOther = q.showOtherItem === true || q.hasOther === true;
  if (hasOther && (kind === 'single' || kind === 'multi'))
    choices.push({ value: 'other', label: localise(q.otherText, lang, lang === 'ko' ? '기타' : 'Other') });
  if (q.showNoneItem === true || q.hasNone === true)
    choices.push({ value: 'none', label: localise(q.noneText, lang, lang === 'ko' ? '해당 없음' : 'None') });

  let rows: Option[] = [];
  let columns: MatrixColumn[] = [];
  if (type === 'matrix') {
    rows = options(q.rows, lang);
    columns = [{ name: '', label: title, choices: options(q.columns, lang), numeric: false }];
  } else if (type === 'matrixdropdown') {
    rows = options(q.rows, lang);
    const shared = options(q.choices, lang);
    const list = Array.isArray(q.columns) ? q.columns : [];
    columns = list.filter(isRecord).map((c): MatrixColumn => {
      const cname = typeof c.name === 'string' ? c.name : '';
      const cellType =
        typeof c.cellType === 'string'
          ? c.cellType
          : typeof q.cellType === 'string'
            ? q.cellType
            : 'dropdown';
      const own = cellType === 'rating' ? ratingOptions({ ...q, ...c }, lang) : options(c.choices, lang);
      const cellChoices = cellType === 'text' || cellType === 'comment' ? [] : own.length > 0 ? own : shared;
      return {
        name: cname,
        label: localise(c.title, lang, cname),
        choices: cellChoices,
        numeric: cellType === 'rating' || (cellType === 'text' && c.inputType === 'number'),
      };
    });
  }
  return { name, title, type, kind, choices, rows, columns, hasOther };
}

function walk(elements: Json, lang: InsightLang, out: FlatQuestion[]): void {
  if (!Array.isArray(elements)) return;
  for (const el of elements) {
    if (!isRecord(el)) continue;
    if (el.type === 'panel') walk(el.elements, lang, out);
    else {
      const q = flatten(el, lang);
      if (q) out.push(q);
    }
  }
}

/** Every answerable question of the definition, in page order. */
export function flattenDefinition(definition: Json, lang: InsightLang): FlatQuestion[] {
  const out: FlatQuestion[] = [];
  if (!isRecord(definition)) return out;
  if (Array.isArray(definition.pages))
    for (const page of definition.pages) if (isRecord(page)) walk(page.elements, lang, out);
  walk(definition.elements, lang, out);
  return out;
}

/** The survey title of a definition in `lang`, if it has one. */
export function definitionTitle(definition: Json, lang: InsightLang): string | null {
  if (!isRecord(definition) || definition.title === undefined) return null;
  const t = localise(definition.title, lang);
  return t === '' ? null : t;
}

/** An answer value as the text keys used for counting: a boolean as 'true'/'false', numbers as written. */
export function valueKey(v: unknown): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return null;
}
