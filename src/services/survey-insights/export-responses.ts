/**
 * Submitted responses as a table: one row per response (id, respondent group, submission time,
 * synthetic flag), then one column per question, matrix questions one column per row and column,
 * "other" comments in their own column. Header and option labels are in the chosen language;
 * multi-choice answers are joined with "; ". CSV is UTF-8 with a byte-order mark (so spreadsheet
 * programs read Korean correctly); XLSX adds a "questions" sheet with each column's question name.
 */
import ExcelJS from 'exceljs';
import type { ExportedFile } from '../contract.ts';
import type { InsightLang, SurveyExportFormat } from '../contract-survey-insights.ts';
import type { ResponseRecord } from './analytics.ts';
import { type FlatQuestion, flattenDefinition, valueKey } from './definition.ts';

type Cell = string | number | boolean | null;

interface Column {
  key: string;
  label: string;
  read: (r: ResponseRecord) => Cell;
}

function labelOf(q: { choices: Array<{ value: string; label: string }> }): (v: unknown) => string {
  const labels = new Map(q.choices.map((c) => [c.value, c.label]));
  return (v) => {
    const key = valueKey(v);
    return key === null ? '' : (labels.get(key) ?? key);
  };
}

function cellValue(v: unknown, label: (v: unknown) => string, numeric: boolean): Cell {
  if (v === null || v === undefined || v === '') return null;
  if (Array.isArray(v)) return v.map(label).join('; ');
  if (numeric && typeof v === 'number') return v;
  if (typeof v === 'object') return JSON.stringify(v);
  return label(v);
}

function questionColumns(q: FlatQuestion): Column[] {
  if (q.kind === 'matrix') {
    const out: Column[] = [];
    for (const row of q.rows)
      for (const col of q.columns) {
        const label = labelOf(col);
        out.push({
          key: col.name === '' ? `${q.name}.${row.value}` : `${q.name}.${row.value}.${col.name}`,
          label: col.name === '' ? `${q.title}: ${row.label}` : `${q.title}: ${row.label} / ${col.label}`,
          read: (r) => {
            const grid = r.answers[q.name];
            if (!grid || typeof grid !== 'object' || Array.isArray(grid)) return null;
            const cell = (grid as Record<string, unknown>)[row.value];
            const v =
              col.name === ''
                ? cell
                : cell && typeof cell === 'object'
                  ? (cell as Record<string, unknown>)[col.name]
                  : undefined;
            return cellValue(v, label, col.numeric);
          },
        });
      }
    return out;
  }
  const label = labelOf(q);
  const cols: Column[] = [
    {
      key: q.name,
      label: q.title,
      read: (r) => cellValue(r.answers[q.name], label, q.kind === 'rating' || q.kind === 'number'),
    },
  ];
  if (q.hasOther)
    cols.push({
      key: `${q.name}-Comment`,
      label: `${q.title} (other)`,
      read: (r) => {
        const v = r.answers[`${q.name}-Comment`];
        return typeof v === 'string' && v !== '' ? v : null;
      },
    });
  return cols;
}

const FIXED: Record<InsightLang, [string, string, string, string]> = {
  en: ['Response', 'Respondent group', 'Submitted at (UTC)', 'Synthetic demo data'],
  ko: ['응답', '응답자 그룹', '제출 시각(UTC)', '예시(합성) 데이터'],
};

export function responseTable(
  definition: unknown,
  responses: ResponseRecord[],
  lang: InsightLang,
  synthetic: boolean,
): { keys: string[]; header: string[]; rows: Cell[][] } {
  const questions = flattenDefinition(definition, lang);
  const columns = questions.flatMap(questionColumns);
  for (const c of columns) if (lang === 'ko') c.label = c.label.replace(/ \(other\)$/, ' (기타)');
  const [id, group, at, syn] = FIXED[lang];
  return {
    keys: ['response_id', 'respondent_group', 'submitted_at', 'synthetic', ...columns.map((c) => c.key)],
    header: [id, group, at, syn, ...columns.map((c) => c.label)],
    rows: responses.map((r) => [r.id, r.group, r.submittedAt, synthetic, ...columns.map((c) => c.read(r))]),
  };
}

function csvCell(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export async function exportResponses(
  baseName: string,
  definition: unknown,
  responses: ResponseRecord[],
  format: SurveyExportFormat,
  lang: InsightLang,
  synthetic: boolean,
): Promise<ExportedFile> {
  const { keys, header, rows } = responseTable(definition, responses, lang, synthetic);
  if (format === 'csv') {
    const text = [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n');
    return {
      filename: `${baseName}-${lang}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: new TextEncoder().encode(`\uFEFF${text}\r\n`),
    };
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(lang === 'ko' ? '응답' : 'responses');
  sheet.addRow(header);
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  const legend = workbook.addWorksheet(lang === 'ko' ? '문항' : 'questions');
  legend.addRow(lang === 'ko' ? ['열', '문항 이름'] : ['column', 'question name']);
  keys.forEach((key, i) => {
    legend.addRow([header[i] ?? key, key]);
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return {
    filename: `${baseName}-${lang}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: new Uint8Array(buffer as ArrayBuffer),
  };
}
