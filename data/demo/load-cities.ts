/** Reads data/cities/sci-demo-cities.csv (real city names and regions) for the demo generator. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../../src/engine/input/csv.ts';
import type { DemoCity } from './generate.ts';

export function loadDemoCities(): DemoCity[] {
  const path = fileURLToPath(new URL('../cities/sci-demo-cities.csv', import.meta.url));
  const table = parseCsv(readFileSync(path, 'utf8'));
  if (!table.ok) throw new Error(`sci-demo-cities.csv: ${table.errors[0]?.message}`);
  const col = (name: string) => table.value.header.indexOf(name);
  const [code, nameEn, nameKo, country, region] = ['code', 'name_en', 'name_ko', 'country', 'region'].map(
    col,
  );
  return table.value.rows.map((row) => ({
    code: row[code!]!,
    nameEn: row[nameEn!]!,
    nameKo: row[nameKo!]!,
    country: row[country!]!,
    region: row[region!]!,
  }));
}
