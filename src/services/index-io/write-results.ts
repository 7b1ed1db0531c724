import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Matrix } from '../../engine/core/matrix.ts';
import type { IndexResult } from '../../engine/pipeline/build-index.ts';
import { csvCell, formatNumber } from './number-format.ts';

/**
 * A results table as CSV text: column `uCode`, then one column per node code in node order
 * (indicators, then each aggregate level up to the index); numbers via formatNumber, missing
 * values as empty cells; LF line ends.
 */
export function matrixCsv(unitCodes: string[], codes: string[], m: Matrix): string {
  const lines = [['uCode', ...codes].map(csvCell).join(',')];
  for (let u = 0; u < m.nRows; u++) {
    const cells = [csvCell(unitCodes[u]!)];
    for (let j = 0; j < m.nCols; j++) cells.push(formatNumber(m.values[j * m.nRows + u]!));
    lines.push(cells.join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** Writes DIR/scores.csv and DIR/ranks.csv (creating DIR). Returns the paths written. */
export async function writeResultCsvs(dir: string, result: IndexResult): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: [string, Matrix][] = [
    ['scores.csv', result.scores],
    ['ranks.csv', result.ranks],
  ];
  const paths: string[] = [];
  for (const [name, m] of files) {
    const path = join(dir, name);
    await writeFile(path, matrixCsv(result.unitCodes, result.codes, m));
    paths.push(path);
  }
  return paths;
}

/** Writes tables (header + rows of text/number cells) to an .xlsx workbook, one sheet each. */
export async function writeXlsxTables(
  path: string,
  sheets: { name: string; header: string[]; rows: (string | number)[][] }[],
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    ws.addRow(sheet.header);
    for (const row of sheet.rows) ws.addRow(row);
  }
  await workbook.xlsx.writeFile(path);
}
