/**
 * The plan table: ONE format for CSV and XLSX, export and import (docs/api-contract-plans.md,
 * "Plan table"). Row 1 is the header; the first data row may be the plan itself (level `plan`);
 * then one row per item, parents before children, siblings in order. Columns:
 *
 *   code, parent_code, level, kind, period_from, period_to, name_en, name_ko, ko_translated,
 *   description_en, description_ko, project_type, alignment, lead_department, partners,
 *   anchor_companies, horizon, start_date, end_date, status, envelope, illustrative, note,
 *   budget_<year>_<national|municipal|private|other> …
 *
 * On the plan row, description_* hold the vision, alignment the plan's own tags, status the plan
 * status and note the provenance.
 * Lists (alignment, partners, anchor_companies) are separated by `; `. Money is whole won; the
 * import also reads `1,200,000,000`, `12억 원` or `KRW 1.2 billion` (exactly, never rounded).
 * Export then import then export gives the same table.
 */
import ExcelJS from 'exceljs';
import { parseKrw } from '../../engine/planning/money.ts';
import { RowErrors } from '../benchmark/row-errors.ts';
import { dataRows, readUploadedTable, rowReader } from '../benchmark/upload-table.ts';
import type { ExportedFile, UploadedTable } from '../contract.ts';
import { FUNDING_SOURCE_VALUES, type PlanFundingSource, type PlanItemFields } from '../contract-plans.ts';
import {
  type BudgetLineValue,
  compareLines,
  ITEM_DEFAULTS,
  type ItemValues,
  itemValues,
  MAX_YEAR,
  MIN_YEAR,
  PLAN_LEVEL,
  type PlanValues,
  planValues,
  type Report,
  requireCode,
} from './validate.ts';
import type { AnalysedPlan, PlanData } from './views.ts';

export const PLAN_TABLE_COLUMNS = [
  'code',
  'parent_code',
  'level',
  'kind',
  'period_from',
  'period_to',
  'name_en',
  'name_ko',
  'ko_translated',
  'description_en',
  'description_ko',
  'project_type',
  'alignment',
  'lead_department',
  'partners',
  'anchor_companies',
  'horizon',
  'start_date',
  'end_date',
  'status',
  'envelope',
  'illustrative',
  'note',
] as const;

const REQUIRED = ['code', 'parent_code', 'level', 'name_en'] as const;
const BUDGET_COLUMN = /^budget_(\d{4})_(national|municipal|private|other)$/;
/** Largest plan the import takes (the bench suite rolls up 5,000 items). */
export const MAX_TABLE_ITEMS = 20_000;
const LIST_SEPARATOR = '; ';

type Cell = string | number;

export function budgetColumn(year: number, source: PlanFundingSource): string {
  return `budget_${year}_${source}`;
}

/** Header and rows (cells as text, or numbers for XLSX) of the plan. */
export function planTable(data: PlanData, analysed: AnalysedPlan): { header: string[]; rows: Cell[][] } {
  const years = [...new Set(data.lines.map((l) => l.year))].sort((a, b) => a - b);
  const budgetColumns = years.flatMap((year) => FUNDING_SOURCE_VALUES.map((s) => ({ year, source: s })));
  const header = [...PLAN_TABLE_COLUMNS, ...budgetColumns.map((c) => budgetColumn(c.year, c.source))];
  const { plan } = data;
  const empty = budgetColumns.map(() => '');
  const planRow: Cell[] = [
    '',
    '',
    PLAN_LEVEL,
    plan.kind,
    plan.periodFrom ?? '',
    plan.periodTo ?? '',
    plan.nameEn,
    plan.nameKo,
    '',
    plan.visionEn,
    plan.visionKo,
    '',
    plan.alignment.join(LIST_SEPARATOR),
    '',
    '',
    '',
    '',
    '',
    '',
    plan.status,
    '',
    '',
    plan.provenance,
    ...empty,
  ];
  const codeOf = new Map(data.items.map((i) => [i.id, i.code]));
  const rows = analysed.preorder.map((item): Cell[] => {
    const amounts = new Map(item.budget.map((l) => [`${l.year}/${l.source}`, l.amount]));
    return [
      item.code,
      item.parentId === null ? '' : (codeOf.get(item.parentId) ?? ''),
      item.level,
      '',
      '',
      '',
      item.nameEn,
      item.nameKo,
      String(item.koTranslated),
      item.descriptionEn,
      item.descriptionKo,
      item.projectType ?? '',
      item.alignment.join(LIST_SEPARATOR),
      item.leadDepartment,
      item.partners.join(LIST_SEPARATOR),
      item.anchorCompanies.join(LIST_SEPARATOR),
      item.horizon ?? '',
      item.startDate ?? '',
      item.endDate ?? '',
      item.status,
      item.envelope ?? '',
      String(item.illustrative),
      item.note,
      ...budgetColumns.map((c) => amounts.get(`${c.year}/${c.source}`) ?? ''),
    ];
  });
  return { header, rows: [planRow, ...rows] };
}

function csvCell(value: Cell): string {
  const text = String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const MONEY_COLUMNS = new Set(['envelope']);
const NUMBER_COLUMNS = new Set(['period_from', 'period_to']);

/** An XLSX cell: years and money as numbers when exact, everything else as text. */
function xlsxCell(column: string, value: Cell): Cell | null {
  if (value === '') return null;
  const isMoney = MONEY_COLUMNS.has(column) || BUDGET_COLUMN.test(column);
  if (isMoney || NUMBER_COLUMNS.has(column)) {
    const n = Number(value);
    if (Number.isSafeInteger(n)) return n;
  }
  return String(value);
}

function fileBase(data: PlanData): string {
  const slug = data.plan.nameEn
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `plan-${slug || data.plan.id}`;
}

export async function exportPlanTable(
  data: PlanData,
  analysed: AnalysedPlan,
  format: 'csv' | 'xlsx',
): Promise<ExportedFile> {
  const { header, rows } = planTable(data, analysed);
  const base = fileBase(data);
  if (format === 'csv') {
    const text = [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n');
    // A byte-order mark so spreadsheet programs read the Korean text as UTF-8.
    return {
      filename: `${base}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: new TextEncoder().encode(`\uFEFF${text}\r\n`),
    };
  }
  const workbook = new ExcelJS.Workbook();
  // Fixed metadata: the same plan gives the same workbook content.
  workbook.creator = 'CityBench';
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  const sheet = workbook.addWorksheet('plan', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row.map((value, i) => xlsxCell(header[i] ?? '', value)));
  sheet.getRow(1).font = { bold: true };
  const buffer = await workbook.xlsx.writeBuffer();
  return {
    filename: `${base}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: new Uint8Array(buffer as ArrayBuffer),
  };
}

// ---------------------------------------------------------------------------------------------
// Import

export interface ParsedTableItem {
  code: string;
  parentCode: string | null;
  values: ItemValues;
  budget: BudgetLineValue[];
}

export interface ParsedPlanTable {
  /** The plan row's fields, when the table has one. */
  plan: Omit<PlanValues, 'details'> | null;
  /** Parents before children; siblings in file order. */
  items: ParsedTableItem[];
}

/** API field name to table column, for messages. */
const COLUMN_OF: Record<string, string> = {
  nameEn: 'name_en',
  nameKo: 'name_ko',
  koTranslated: 'ko_translated',
  descriptionEn: 'description_en',
  descriptionKo: 'description_ko',
  projectType: 'project_type',
  leadDepartment: 'lead_department',
  anchorCompanies: 'anchor_companies',
  startDate: 'start_date',
  endDate: 'end_date',
  periodFrom: 'period_from',
  periodTo: 'period_to',
  visionEn: 'description_en',
  visionKo: 'description_ko',
  provenance: 'note',
};

function parseBool(text: string, column: string, report: Report): boolean {
  const value = text.toLowerCase();
  if (value === '' || value === 'false' || value === 'no' || value === '0') return false;
  if (value === 'true' || value === 'yes' || value === '1') return true;
  report(column, 'must be true or false');
  return false;
}

function parseList(text: string): string[] {
  return text === '' ? [] : text.split(';').map((s) => s.trim());
}

/** Whole non-negative won from any notation parseKrw reads, as decimal text. */
function parseMoney(text: string, column: string, report: Report): string | null {
  const result = parseKrw(text);
  if (!result.ok) {
    report(column, `'${text}' is not an amount of won (${result.errors[0]?.message ?? 'unreadable'})`);
    return null;
  }
  if (result.value < 0n) {
    report(column, 'must not be negative');
    return null;
  }
  return result.value.toString();
}

function parseYear(text: string, column: string, report: Report): number | null {
  if (text === '') return null;
  if (!/^\d{4}$/.test(text)) {
    report(column, `must be a year between ${MIN_YEAR} and ${MAX_YEAR}`);
    return null;
  }
  return Number(text);
}

/** Reads and checks the whole table; throws one ServiceError naming every bad row, or returns it all. */
export async function readPlanTable(
  upload: UploadedTable,
  options: { requirePlanRow: boolean },
): Promise<ParsedPlanTable> {
  const table = await readUploadedTable(upload, REQUIRED);
  const errors = new RowErrors();
  const known = new Set<string>(PLAN_TABLE_COLUMNS);
  const budgetColumns: { name: string; year: number; source: PlanFundingSource }[] = [];
  const seenColumns = new Set<string>();
  for (const name of table.header) {
    if (name === '') continue;
    if (seenColumns.has(name)) errors.add(1, `column ${name} appears twice`);
    seenColumns.add(name);
    const budget = BUDGET_COLUMN.exec(name);
    if (budget) {
      const year = Number(budget[1]);
      if (year < MIN_YEAR || year > MAX_YEAR)
        errors.add(1, `column ${name}: the year must be between ${MIN_YEAR} and ${MAX_YEAR}`);
      budgetColumns.push({ name, year, source: budget[2] as PlanFundingSource });
    } else if (!known.has(name))
      errors.add(
        1,
        `unknown column ${name} (budget columns are written budget_<year>_<national|municipal|private|other>)`,
      );
  }
  const cell = rowReader(table.header);
  const rows = dataRows(table);
  if (rows.length > MAX_TABLE_ITEMS + 1)
    errors.add(1, `the table has ${rows.length} rows; at most ${MAX_TABLE_ITEMS} items are taken`);
  errors.throwIfAny('plan');

  let plan: ParsedPlanTable['plan'] = null;
  const items: ParsedTableItem[] = [];
  const lineOfCode = new Map<string, number>();
  rows.forEach(({ row, line }, index) => {
    const report: Report = (field, message) => errors.add(line, `${COLUMN_OF[field] ?? field}: ${message}`);
    const get = (name: string) => cell(row, name);
    const level = get('level');
    if (level === PLAN_LEVEL) {
      if (index !== 0) {
        errors.add(line, `level ${PLAN_LEVEL}: only the first data row may be the plan itself`);
        return;
      }
      if (get('code') !== '') report('code', 'must be empty on the plan row');
      if (get('parent_code') !== '') report('parent_code', 'must be empty on the plan row');
      if (get('envelope') !== '' || budgetColumns.some((c) => get(c.name) !== ''))
        errors.add(line, 'the plan row carries no money: put envelopes and budgets on items');
      const input: Record<string, unknown> = {
        kind: get('kind'),
        nameEn: get('name_en'),
        nameKo: get('name_ko'),
        periodFrom: parseYear(get('period_from'), 'period_from', report),
        periodTo: parseYear(get('period_to'), 'period_to', report),
        visionEn: get('description_en'),
        visionKo: get('description_ko'),
        alignment: parseList(get('alignment')),
        status: get('status') || 'draft',
        provenance: get('note'),
      };
      plan = planValues(input, report) as ParsedPlanTable['plan'];
      return;
    }

    const code = requireCode(get('code'), 'code', report);
    const earlier = lineOfCode.get(code);
    if (code !== '' && earlier !== undefined) report('code', `${code} is already used on row ${earlier}`);
    const parentCode = get('parent_code');
    if (parentCode !== '' && !lineOfCode.has(parentCode))
      report('parent_code', `${parentCode} is not the code of an earlier row`);
    if (parentCode !== '' && parentCode === code) report('parent_code', 'an item cannot be its own parent');
    for (const column of ['kind', 'period_from', 'period_to'])
      if (get(column) !== '') report(column, 'is only used on the plan row');
    const envelopeText = get('envelope');
    const fields: Partial<Record<keyof PlanItemFields, unknown>> = {
      level,
      nameEn: get('name_en'),
      nameKo: get('name_ko'),
      koTranslated: parseBool(get('ko_translated'), 'ko_translated', report),
      descriptionEn: get('description_en'),
      descriptionKo: get('description_ko'),
      projectType: get('project_type') || null,
      alignment: parseList(get('alignment')),
      leadDepartment: get('lead_department'),
      partners: parseList(get('partners')),
      anchorCompanies: parseList(get('anchor_companies')),
      horizon: get('horizon') || null,
      startDate: get('start_date') || null,
      endDate: get('end_date') || null,
      status: get('status') || ITEM_DEFAULTS.status,
      envelope: envelopeText === '' ? null : parseMoney(envelopeText, 'envelope', report),
      illustrative: parseBool(get('illustrative'), 'illustrative', report),
      note: get('note'),
    };
    // A money cell that failed to parse is already reported; do not report it again as missing.
    if (fields.envelope === null && envelopeText !== '') delete fields.envelope;
    const values = itemValues(fields, report);
    const budget: BudgetLineValue[] = [];
    for (const column of budgetColumns) {
      const text = get(column.name);
      if (text === '') continue;
      const amount = parseMoney(text, column.name, report);
      if (amount !== null) budget.push({ year: column.year, source: column.source, amount: BigInt(amount) });
    }
    budget.sort(compareLines);
    if (code !== '' && earlier === undefined) lineOfCode.set(code, line);
    items.push({
      code,
      parentCode: parentCode === '' ? null : parentCode,
      values: { ...ITEM_DEFAULTS, ...values } as ItemValues,
      budget,
    });
  });
  if (options.requirePlanRow && plan === null)
    errors.add(
      rows[0]?.line ?? 2,
      `the first data row must be the plan itself (level ${PLAN_LEVEL}, with kind and name_en)`,
    );
  errors.throwIfAny('plan');
  return { plan, items };
}
