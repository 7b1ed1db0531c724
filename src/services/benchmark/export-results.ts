/**
 * The results table of one edition as CSV or XLSX: city, names, region, score, rank, region rank,
 * each area's score and rank, the rank interval, the published rank and the synthetic flag.
 */
import ExcelJS from 'exceljs';
import type { BenchmarkEditionRow, BenchmarkFramework } from '../../db/repositories/benchmark-index.ts';
import type { CityResult, ExportedFile } from '../contract.ts';

type Cell = string | number | boolean | null;

export function resultTable(
  framework: BenchmarkFramework,
  edition: BenchmarkEditionRow,
  results: CityResult[],
): { header: string[]; rows: Cell[][] } {
  const areaCodes = framework.areas.map((a) => a.code);
  const header = [
    'city',
    'name_en',
    'name_ko',
    'region',
    'score',
    'rank',
    'region_rank',
    ...areaCodes.flatMap((code) => [`${code}_score`, `${code}_rank`]),
    'rank_p05',
    'rank_p95',
    'published_rank',
    'synthetic',
  ];
  const cities = new Map(framework.cities.map((c) => [c.code, c]));
  const rows = results.map((r): Cell[] => {
    const city = cities.get(r.city);
    return [
      r.city,
      city?.nameEn ?? '',
      city?.nameKo ?? '',
      city?.region ?? '',
      r.score,
      r.rank,
      r.regionRank,
      ...areaCodes.flatMap((code) => [r.areas[code]?.score ?? null, r.areas[code]?.rank ?? null]),
      r.rankP05,
      r.rankP95,
      r.publishedRank,
      edition.synthetic,
    ];
  });
  return { header, rows };
}

function csvCell(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export async function exportResults(
  framework: BenchmarkFramework,
  edition: BenchmarkEditionRow,
  results: CityResult[],
  format: 'csv' | 'xlsx',
): Promise<ExportedFile> {
  const { header, rows } = resultTable(framework, edition, results);
  const base = `edition-${edition.number}-results`;
  if (format === 'csv') {
    const text = [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n');
    return {
      filename: `${base}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: new TextEncoder().encode(`${text}\r\n`),
    };
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('results');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  const buffer = await workbook.xlsx.writeBuffer();
  return {
    filename: `${base}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: new Uint8Array(buffer as ArrayBuffer),
  };
}
