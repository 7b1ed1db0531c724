import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Coin } from '../../../src/engine/core/structure.ts';
import { parseCsv, type Table } from '../../../src/engine/input/csv.ts';
import { readCoin } from '../../../src/engine/input/read-coin.ts';

export const ASEM_DATA = fileURLToPath(new URL('../../../data/asem/ASEM_iData.csv', import.meta.url));
export const ASEM_META = fileURLToPath(new URL('../../../data/asem/ASEM_iMeta.csv', import.meta.url));

export function readTable(path: string): Table {
  const t = parseCsv(readFileSync(path, 'utf8'));
  if (!t.ok) throw new Error(`cannot parse ${path}: ${JSON.stringify(t.errors)}`);
  return t.value;
}

/** The ASEM example coin (51 units, 49 indicators → 8 pillars → 2 sub-indices → Index). */
export function asemCoin(): Coin {
  const coin = readCoin(readTable(ASEM_DATA), readTable(ASEM_META));
  if (!coin.ok) throw new Error(JSON.stringify(coin.errors));
  return coin.value;
}

/** Builds a Table from a compact CSV literal (test fixtures). */
export function table(csv: string): Table {
  const t = parseCsv(csv);
  if (!t.ok) throw new Error(JSON.stringify(t.errors));
  return t.value;
}
