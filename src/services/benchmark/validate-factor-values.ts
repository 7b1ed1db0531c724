/** Checks every row of a factor-values table (columns city, factor, value) before anything is stored. */
import type { BenchmarkFramework, FactorValueInsert } from '../../db/repositories/benchmark-index.ts';
import { parseNumber, RowErrors } from './row-errors.ts';
import { dataRows, rowReader, type TextTable } from './upload-table.ts';

export const FACTOR_VALUE_COLUMNS = ['city', 'factor', 'value'] as const;

export function validateFactorValues(table: TextTable, framework: BenchmarkFramework): FactorValueInsert[] {
  const cell = rowReader(table.header);
  const cities = new Map(framework.cities.map((c) => [c.code, c.id]));
  const factors = new Map(framework.factors.map((f) => [f.code, f.id]));
  const errors = new RowErrors();
  const seen = new Map<string, number>();
  const out: FactorValueInsert[] = [];
  for (const { row, line } of dataRows(table)) {
    const city = cell(row, 'city');
    const factor = cell(row, 'factor');
    const text = cell(row, 'value');
    const cityId = cities.get(city);
    const factorId = factors.get(factor);
    if (cityId === undefined) errors.add(line, city === '' ? 'city is empty' : `unknown city code '${city}'`);
    if (factorId === undefined)
      errors.add(line, factor === '' ? 'factor is empty' : `unknown factor code '${factor}'`);
    const value = parseNumber(text);
    if (value === null)
      errors.add(
        line,
        text === ''
          ? 'value is empty (leave the row out for a missing value)'
          : `value '${text}' is not a number`,
      );
    const key = `${city}\u0000${factor}`;
    const first = seen.get(key);
    if (first !== undefined) errors.add(line, `duplicate of row ${first} (city ${city}, factor ${factor})`);
    else seen.set(key, line);
    if (cityId !== undefined && factorId !== undefined && value !== null && first === undefined)
      out.push({ cityId, factorId, value });
  }
  errors.throwIfAny('factor values');
  return out;
}
