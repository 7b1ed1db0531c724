/**
 * Rules for plan and item fields, shared by the API (one ServiceError with every bad field) and
 * the plan table import (every bad cell of every row, see plan-table.ts). Money arrives as text
 * and leaves as bigint won: never a float.
 */
import { isIsoDate } from '../benchmark/row-errors.ts';
import {
  FUNDING_SOURCE_VALUES,
  HORIZON_VALUES,
  PLAN_ITEM_STATUS_VALUES,
  PLAN_KIND_VALUES,
  PLAN_STATUS_VALUES,
  type PlanDetails,
  type PlanFundingSource,
  type PlanHorizon,
  type PlanItemFields,
  type PlanItemStatus,
  type PlanKind,
  type PlanProjectType,
  type PlanStatus,
  PROJECT_TYPE_VALUES,
} from '../contract-plans.ts';
import { ServiceError } from '../errors.ts';

/** Reports one problem with one field (API field name, or table column). */
export type Report = (field: string, message: string) => void;

/** Largest value of a PostgreSQL bigint. */
const MAX_BIGINT = 9_223_372_036_854_775_807n;
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** The level name the plan table uses for the plan's own row. */
export const PLAN_LEVEL = 'plan';

/** Collects field problems and throws them as one ServiceError('invalid'). */
export class FieldErrors {
  readonly fields: Record<string, string[]> = {};
  readonly report: Report = (field, message) => {
    const list = this.fields[field] ?? [];
    list.push(message);
    this.fields[field] = list;
  };
  throwIfAny(what: string): void {
    const names = Object.keys(this.fields);
    if (names.length === 0) return;
    throw new ServiceError(
      'invalid',
      `${what}: ${names.map((n) => `${n} ${this.fields[n]?.[0]}`).join('; ')}`,
      this.fields,
    );
  }
}

function oneOf<T extends string>(
  values: readonly T[],
  value: unknown,
  field: string,
  report: Report,
): T | undefined {
  if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as T;
  report(field, `must be one of ${values.join(', ')}`);
  return undefined;
}

export function text(
  value: unknown,
  field: string,
  report: Report,
  opts: { min?: number; max: number },
): string {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (typeof value !== 'string') report(field, 'must be text');
  else if (trimmed.length < (opts.min ?? 0) || trimmed.length > opts.max)
    report(
      field,
      opts.min ? `must be ${opts.min} to ${opts.max} characters` : `must be at most ${opts.max} characters`,
    );
  return trimmed;
}

function year(value: unknown, field: string, report: Report): number | null {
  if (value === null) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < MIN_YEAR || value > MAX_YEAR) {
    report(field, `must be a whole year between ${MIN_YEAR} and ${MAX_YEAR}`);
    return null;
  }
  return value;
}

/** Whole won from decimal text (no sign, no separators). */
export function krwFromText(value: unknown, field: string, report: Report): bigint | null {
  if (typeof value !== 'string' || !/^\d{1,19}$/.test(value)) {
    report(field, 'must be a whole number of won written as decimal digits');
    return null;
  }
  const amount = BigInt(value);
  if (amount > MAX_BIGINT) {
    report(field, 'is too large');
    return null;
  }
  return amount;
}

/** A list of short texts (tags, partners): trimmed, no empties, no duplicates, no `;` (the table's separator). */
export function textList(value: unknown, field: string, report: Report, max = 200): string[] {
  if (!Array.isArray(value)) {
    report(field, 'must be a list of texts');
    return [];
  }
  const out: string[] = [];
  for (const entry of value) {
    const trimmed = typeof entry === 'string' ? entry.trim() : '';
    if (trimmed === '' || trimmed.length > max || trimmed.includes(';')) {
      report(field, `entries must be 1 to ${max} characters without ';'`);
      continue;
    }
    if (!out.includes(trimmed)) out.push(trimmed);
  }
  if (out.length > 100) report(field, 'has more than 100 entries');
  return out;
}

function isoDate(value: unknown, field: string, report: Report): string | null {
  if (value === null) return null;
  if (typeof value !== 'string' || !isIsoDate(value)) {
    report(field, 'must be a date YYYY-MM-DD');
    return null;
  }
  return value;
}

export function requireCode(value: unknown, field: string, report: Report): string {
  if (typeof value !== 'string' || !CODE_PATTERN.test(value)) {
    report(
      field,
      'must be 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit',
    );
    return '';
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Plans

export interface PlanValues {
  kind: PlanKind;
  nameEn: string;
  nameKo: string;
  periodFrom: number | null;
  periodTo: number | null;
  visionEn: string;
  visionKo: string;
  alignment: string[];
  status: PlanStatus;
  provenance: string;
  details: PlanDetails;
}

/** Checks the fields present in `input`; `current` supplies the rest for the cross-field rules. */
export function planValues(
  input: Record<string, unknown>,
  report: Report,
  current?: PlanValues,
): Partial<PlanValues> {
  const out: Partial<PlanValues> = {};
  if ('kind' in input) out.kind = oneOf(PLAN_KIND_VALUES, input.kind, 'kind', report);
  if ('nameEn' in input) out.nameEn = text(input.nameEn, 'nameEn', report, { min: 1, max: 300 });
  if ('nameKo' in input) out.nameKo = text(input.nameKo, 'nameKo', report, { max: 300 });
  if ('periodFrom' in input) out.periodFrom = year(input.periodFrom ?? null, 'periodFrom', report);
  if ('periodTo' in input) out.periodTo = year(input.periodTo ?? null, 'periodTo', report);
  if ('visionEn' in input) out.visionEn = text(input.visionEn, 'visionEn', report, { max: 2000 });
  if ('visionKo' in input) out.visionKo = text(input.visionKo, 'visionKo', report, { max: 2000 });
  if ('alignment' in input) out.alignment = textList(input.alignment, 'alignment', report, 100);
  if ('status' in input) out.status = oneOf(PLAN_STATUS_VALUES, input.status, 'status', report);
  if ('provenance' in input) out.provenance = text(input.provenance, 'provenance', report, { max: 4000 });
  if ('details' in input) {
    const details = input.details;
    if (typeof details !== 'object' || details === null || Array.isArray(details))
      report('details', 'must be an object');
    else {
      const budget = (details as PlanDetails).study?.budget;
      if (budget !== undefined) krwFromText(budget, 'details.study.budget', report);
      out.details = details as PlanDetails;
    }
  }
  const from = out.periodFrom !== undefined ? out.periodFrom : (current?.periodFrom ?? null);
  const to = out.periodTo !== undefined ? out.periodTo : (current?.periodTo ?? null);
  if (from !== null && to !== null && from > to) report('periodTo', 'must not be before periodFrom');
  return out;
}

// ---------------------------------------------------------------------------------------------
// Items

export interface BudgetLineValue {
  year: number;
  source: PlanFundingSource;
  amount: bigint;
}

export interface ItemValues {
  level: string;
  nameEn: string;
  nameKo: string;
  koTranslated: boolean;
  descriptionEn: string;
  descriptionKo: string;
  projectType: PlanProjectType | null;
  alignment: string[];
  leadDepartment: string;
  partners: string[];
  anchorCompanies: string[];
  horizon: PlanHorizon | null;
  startDate: string | null;
  endDate: string | null;
  status: PlanItemStatus;
  envelope: bigint | null;
  illustrative: boolean;
  note: string;
}

export const ITEM_DEFAULTS: Omit<ItemValues, 'level' | 'nameEn'> = {
  nameKo: '',
  koTranslated: false,
  descriptionEn: '',
  descriptionKo: '',
  projectType: null,
  alignment: [],
  leadDepartment: '',
  partners: [],
  anchorCompanies: [],
  horizon: null,
  startDate: null,
  endDate: null,
  status: 'planned',
  envelope: null,
  illustrative: false,
  note: '',
};

function bool(value: unknown, field: string, report: Report): boolean {
  if (typeof value !== 'boolean') report(field, 'must be true or false');
  return value === true;
}

/** Checks the item fields present in `input` (API names); `current` supplies the rest for cross-field rules. */
export function itemValues(
  input: Partial<Record<keyof PlanItemFields, unknown>>,
  report: Report,
  current?: Pick<ItemValues, 'startDate' | 'endDate'>,
): Partial<ItemValues> {
  const out: Partial<ItemValues> = {};
  if ('level' in input) {
    out.level = text(input.level, 'level', report, { min: 1, max: 40 });
    if (out.level === PLAN_LEVEL) report('level', `'${PLAN_LEVEL}' is reserved for the plan itself`);
  }
  if ('nameEn' in input) out.nameEn = text(input.nameEn, 'nameEn', report, { min: 1, max: 300 });
  if ('nameKo' in input) out.nameKo = text(input.nameKo, 'nameKo', report, { max: 300 });
  if ('koTranslated' in input) out.koTranslated = bool(input.koTranslated, 'koTranslated', report);
  if ('descriptionEn' in input)
    out.descriptionEn = text(input.descriptionEn, 'descriptionEn', report, { max: 4000 });
  if ('descriptionKo' in input)
    out.descriptionKo = text(input.descriptionKo, 'descriptionKo', report, { max: 4000 });
  if ('projectType' in input)
    out.projectType =
      input.projectType === null
        ? null
        : (oneOf(PROJECT_TYPE_VALUES, input.projectType, 'projectType', report) ?? null);
  if ('alignment' in input) out.alignment = textList(input.alignment, 'alignment', report, 100);
  if ('leadDepartment' in input)
    out.leadDepartment = text(input.leadDepartment, 'leadDepartment', report, { max: 200 });
  if ('partners' in input) out.partners = textList(input.partners, 'partners', report);
  if ('anchorCompanies' in input)
    out.anchorCompanies = textList(input.anchorCompanies, 'anchorCompanies', report);
  if ('horizon' in input)
    out.horizon =
      input.horizon === null ? null : (oneOf(HORIZON_VALUES, input.horizon, 'horizon', report) ?? null);
  if ('startDate' in input) out.startDate = isoDate(input.startDate ?? null, 'startDate', report);
  if ('endDate' in input) out.endDate = isoDate(input.endDate ?? null, 'endDate', report);
  if ('status' in input) out.status = oneOf(PLAN_ITEM_STATUS_VALUES, input.status, 'status', report);
  if ('envelope' in input)
    out.envelope = input.envelope === null ? null : krwFromText(input.envelope, 'envelope', report);
  if ('illustrative' in input) out.illustrative = bool(input.illustrative, 'illustrative', report);
  if ('note' in input) out.note = text(input.note, 'note', report, { max: 4000 });
  const start = out.startDate !== undefined ? out.startDate : (current?.startDate ?? null);
  const end = out.endDate !== undefined ? out.endDate : (current?.endDate ?? null);
  if (start !== null && end !== null && start > end) report('endDate', 'must not be before startDate');
  return out;
}

/** Budget lines: whole years, known sources, whole non-negative won, one line per year and source. */
export function budgetLines(value: unknown, field: string, report: Report): BudgetLineValue[] {
  if (!Array.isArray(value)) {
    report(field, 'must be a list of budget lines');
    return [];
  }
  const out: BudgetLineValue[] = [];
  const seen = new Set<string>();
  value.forEach((raw, i) => {
    const line = (raw ?? {}) as { year?: unknown; source?: unknown; amount?: unknown };
    const at = `${field}[${i}]`;
    const y = year(line.year ?? null, `${at}.year`, report);
    const source = oneOf(FUNDING_SOURCE_VALUES, line.source, `${at}.source`, report);
    const amount = krwFromText(line.amount, `${at}.amount`, report);
    if (y === null || source === undefined || amount === null) return;
    const key = `${y}/${source}`;
    if (seen.has(key)) report(at, `a second line for ${y} ${source}; give one line per year and source`);
    seen.add(key);
    out.push({ year: y, source, amount });
  });
  return out;
}

export const FUNDING_ORDER = new Map(FUNDING_SOURCE_VALUES.map((s, i) => [s, i]));

/** Year, then national, municipal, private, other. */
export function compareLines(
  a: { year: number; source: string },
  b: { year: number; source: string },
): number {
  return (
    a.year - b.year ||
    (FUNDING_ORDER.get(a.source as PlanFundingSource) ?? 9) -
      (FUNDING_ORDER.get(b.source as PlanFundingSource) ?? 9)
  );
}
