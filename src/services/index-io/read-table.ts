import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import { formatIssue } from '../../engine/core/result.ts';
import { parseCsv, type Table } from '../../engine/input/csv.ts';
import { ServiceError } from '../errors.ts';

/** Text of one spreadsheet cell as CSV would hold it: numbers in full precision, empty for blank. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value);
}

/**
 * Reads one worksheet of an .xlsx file as a Table: row 1 is the header, empty rows are skipped,
 * short rows padded. The sheet is `preferSheet` when the workbook has one of that name (so one
 * workbook with iData and iMeta sheets can serve both), otherwise the first worksheet.
 */
export async function readXlsxTable(path: string, preferSheet?: string): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (err) {
    throw new ServiceError(
      'invalid',
      `cannot read ${path}: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  const ws = (preferSheet ? workbook.getWorksheet(preferSheet) : undefined) ?? workbook.worksheets[0];
  if (!ws) throw new ServiceError('invalid', `${path} has no worksheet`);
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as ExcelJS.CellValue[]; // 1-based: index 0 is unused
    rows.push(values.slice(1).map(cellText));
  });
  const header = (rows.shift() ?? []).map((h) => h.trim());
  if (header.length === 0)
    throw new ServiceError('invalid', `${path}: the first worksheet has no header row`);
  for (const r of rows) while (r.length < header.length) r.push('');
  return { header, rows: rows.map((r) => r.slice(0, Math.max(header.length, r.length))) };
}

/**
 * Reads a CSV or XLSX table by extension (`preferSheet`: see readXlsxTable). An unreadable file,
 * an unknown extension or malformed CSV is a ServiceError('invalid') with a one-line message
 * naming the file.
 */
export async function readTableFile(path: string, preferSheet?: string): Promise<Table> {
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx') return readXlsxTable(path, preferSheet);
  if (ext !== '.csv' && ext !== '.txt')
    throw new ServiceError('invalid', `${path}: expected a .csv or .xlsx file`);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ServiceError('invalid', `cannot read ${path}${code ? ` (${code})` : ''}`);
  }
  const table = parseCsv(text);
  if (!table.ok)
    throw new ServiceError('invalid', `${path}: ${table.errors.map((e) => formatIssue(e)).join('; ')}`);
  return table.value;
}
