/** An uploaded CSV or XLSX table as header + rows of cell text (row 1 is the header). */
import ExcelJS from 'exceljs';
import type { UploadedTable } from '../contract.ts';
import { parseCsv } from '../csv.ts';
import { ServiceError } from '../errors.ts';

export interface TextTable {
  /** Lower-cased, trimmed column names. */
  header: string[];
  rows: string[][];
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  // Spreadsheet dates arrive as Date objects at UTC midnight: keep the calendar date.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
  }
  return '';
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (err) {
    throw new ServiceError(
      'invalid',
      `not a readable XLSX file: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ServiceError('invalid', 'the workbook has no worksheet');
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    while (rows.length < rowNumber - 1) rows.push([]);
    rows.push((row.values as ExcelJS.CellValue[]).slice(1).map(cellText));
  });
  return rows;
}

function readCsv(text: string): string[][] {
  try {
    return parseCsv(text);
  } catch (err) {
    throw new ServiceError(
      'invalid',
      `not a readable CSV file: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}

/**
 * Reads the table and checks the header has every `required` column. Row numbers in later
 * messages are file rows: the header is row 1, the first data row is row 2.
 */
export async function readUploadedTable(
  table: UploadedTable,
  required: readonly string[],
): Promise<TextTable> {
  const [rawHeader, ...rows] = table.format === 'csv' ? readCsv(table.text) : await readXlsx(table.bytes);
  const header = (rawHeader ?? []).map((h) => h.trim().toLowerCase());
  const absent = required.filter((name) => !header.includes(name));
  if (absent.length > 0) {
    throw new ServiceError('invalid', `the header must have the columns ${required.join(', ')}`, {
      'row 1': absent.map((name) => `missing column ${name}`),
    });
  }
  return { header, rows };
}

/** Cells of one row by column name (missing trailing cells are empty), trimmed. */
export function rowReader(header: string[]) {
  const at = new Map(header.map((name, i) => [name, i]));
  return (row: string[], name: string): string => (row[at.get(name) ?? -1] ?? '').trim();
}

/** Rows with at least one non-blank cell, with their file row number. */
export function dataRows(table: TextTable): Array<{ row: string[]; line: number }> {
  const out: Array<{ row: string[]; line: number }> = [];
  table.rows.forEach((row, i) => {
    if (row.some((cell) => cell.trim() !== '')) out.push({ row, line: i + 2 });
  });
  return out;
}
