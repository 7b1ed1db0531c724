/**
 * The item editor's values (everything as the inputs hold it: strings) and the checks made in the
 * browser before anything is sent: names, dates, budget lines read as exact won. The server checks
 * again and its field errors are shown under the same fields (useServerForm).
 */
import {
  FUNDING_SOURCES,
  type FundingSource,
  HORIZONS,
  type Horizon,
  PROJECT_TYPES,
  type ProjectType,
} from '../../../../src/engine/planning/plan-tree.ts';
import type {
  PlanItemFields,
  PlanItemStatus,
  PlanItemView,
} from '../../../../src/services/contract-plans.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { formatWon, parseAmountInput } from './money.ts';

export interface BudgetLineValues {
  /** A stable key for React while the line is being edited. */
  key: string;
  year: string;
  source: FundingSource;
  amount: string;
}

export interface ItemFormValues {
  level: string;
  nameEn: string;
  nameKo: string;
  descriptionEn: string;
  descriptionKo: string;
  projectType: ProjectType | '';
  horizon: Horizon | '';
  status: PlanItemStatus;
  /** One per line or comma-separated. */
  alignment: string;
  leadDepartment: string;
  partners: string;
  anchorCompanies: string;
  startDate: string;
  endDate: string;
  envelope: string;
  illustrative: boolean;
  note: string;
  budget: BudgetLineValues[];
}

/** What create and update send: every editable field but `koTranslated` (kept as stored). */
export type CheckedItem = Omit<PlanItemFields, 'koTranslated'>;

/** Field path (as the server names it, e.g. `budget.2.amount`) to message keys. */
export type FormErrors = Record<string, MessageKey[]>;

export const isProjectType = (value: string): value is ProjectType =>
  (PROJECT_TYPES as readonly string[]).includes(value);
export const isHorizon = (value: string): value is Horizon => (HORIZONS as readonly string[]).includes(value);
export const isFundingSource = (value: string): value is FundingSource =>
  (FUNDING_SOURCES as readonly string[]).includes(value);

/** Splits a list typed one per line or separated by commas; trims and drops blanks and repeats. */
export function splitList(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(/[\n,;]/)) {
    const value = part.trim();
    if (value !== '') seen.add(value);
  }
  return [...seen];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

function add(errors: FormErrors, field: string, key: MessageKey) {
  errors[field] = [...(errors[field] ?? []), key];
}

/** Checks the values; either the item ready to send, or every problem by field. */
export function checkItem(
  values: ItemFormValues,
): { ok: true; item: CheckedItem } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  const nameEn = values.nameEn.trim();
  const nameKo = values.nameKo.trim();
  if (nameEn === '' && nameKo === '') {
    add(errors, 'nameEn', 'plans.error.nameRequired');
    add(errors, 'nameKo', 'plans.error.nameRequired');
  }
  const level = values.level.trim();
  if (level === '') add(errors, 'level', 'plans.error.required');

  for (const field of ['startDate', 'endDate'] as const) {
    const text = values[field].trim();
    if (text !== '' && (!DATE.test(text) || Number.isNaN(Date.parse(`${text}T00:00:00Z`))))
      add(errors, field, 'plans.error.date');
  }
  const start = values.startDate.trim();
  const end = values.endDate.trim();
  if (start !== '' && end !== '' && !errors.startDate && !errors.endDate && end < start)
    add(errors, 'endDate', 'plans.error.endBeforeStart');

  let envelope: string | null = null;
  if (values.envelope.trim() !== '') {
    const parsed = parseAmountInput(values.envelope);
    if (parsed.ok) envelope = parsed.amount.toString();
    else
      add(errors, 'envelope', parsed.reason === 'negative' ? 'plans.error.negative' : 'plans.error.amount');
  }

  const budget: CheckedItem['budget'] = [];
  const seen = new Map<string, number>();
  values.budget.forEach((line, i) => {
    const yearText = line.year.trim();
    const year = Number(yearText);
    const yearOk = /^\d{4}$/.test(yearText) && year >= MIN_YEAR && year <= MAX_YEAR;
    if (!yearOk) add(errors, `budget.${i}.year`, 'plans.error.year');
    const amount = parseAmountInput(line.amount);
    if (!amount.ok)
      add(
        errors,
        `budget.${i}.amount`,
        amount.reason === 'empty'
          ? 'plans.error.required'
          : amount.reason === 'negative'
            ? 'plans.error.negative'
            : 'plans.error.amount',
      );
    if (!isFundingSource(line.source)) add(errors, `budget.${i}.source`, 'plans.error.required');
    if (yearOk) {
      const key = `${year}:${line.source}`;
      if (seen.has(key)) add(errors, `budget.${i}.source`, 'plans.error.duplicateLine');
      seen.set(key, i);
    }
    if (yearOk && amount.ok) budget.push({ year, source: line.source, amount: amount.amount.toString() });
  });

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    item: {
      level,
      nameEn,
      nameKo,
      descriptionEn: values.descriptionEn.trim(),
      descriptionKo: values.descriptionKo.trim(),
      projectType: values.projectType === '' ? null : values.projectType,
      horizon: values.horizon === '' ? null : values.horizon,
      status: values.status,
      alignment: splitList(values.alignment),
      leadDepartment: values.leadDepartment.trim(),
      partners: splitList(values.partners),
      anchorCompanies: splitList(values.anchorCompanies),
      startDate: start === '' ? null : start,
      endDate: end === '' ? null : end,
      envelope,
      illustrative: values.illustrative,
      note: values.note.trim(),
      budget,
    },
  };
}

let lineCounter = 0;
/** A new empty budget line; the year defaults to the first year of the plan's period. */
export function newBudgetLine(year: number | null, source: FundingSource = 'municipal'): BudgetLineValues {
  lineCounter += 1;
  return { key: `line-${lineCounter}`, year: year === null ? '' : String(year), source, amount: '' };
}

/** The level a new child gets: the next one in the plan's usual sequence, else the parent's own. */
export function childLevel(parentLevel: string | null): string {
  const sequence = ['strategy', 'initiative', 'project', 'task'];
  if (parentLevel === null) return 'strategy';
  const index = sequence.indexOf(parentLevel);
  return index >= 0 && index < sequence.length - 1 ? sequence[index + 1]! : 'task';
}

/** The editor's starting values for an existing item. */
export function valuesOfItem(item: PlanItemView): ItemFormValues {
  return {
    level: item.level,
    nameEn: item.nameEn,
    nameKo: item.nameKo,
    descriptionEn: item.descriptionEn,
    descriptionKo: item.descriptionKo,
    projectType: item.projectType ?? '',
    horizon: item.horizon ?? '',
    status: item.status,
    alignment: item.alignment.join('\n'),
    leadDepartment: item.leadDepartment,
    partners: item.partners.join('\n'),
    anchorCompanies: item.anchorCompanies.join('\n'),
    startDate: item.startDate ?? '',
    endDate: item.endDate ?? '',
    envelope: item.envelope === null ? '' : formatWon(BigInt(item.envelope)),
    illustrative: item.illustrative,
    note: item.note,
    budget: item.budget.map((line) => ({
      ...newBudgetLine(line.year, line.source),
      amount: formatWon(BigInt(line.amount)),
    })),
  };
}

/** The editor's starting values for a new item at `level`. */
export function emptyItemValues(level: string): ItemFormValues {
  return {
    level,
    nameEn: '',
    nameKo: '',
    descriptionEn: '',
    descriptionKo: '',
    projectType: '',
    horizon: '',
    status: 'planned',
    alignment: '',
    leadDepartment: '',
    partners: '',
    anchorCompanies: '',
    startDate: '',
    endDate: '',
    envelope: '',
    illustrative: false,
    note: '',
    budget: [],
  };
}
