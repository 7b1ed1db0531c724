import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Coin } from '../../../src/engine/core/structure.ts';
import { parseCsv, type Table } from '../../../src/engine/input/csv.ts';
import { readCoin } from '../../../src/engine/input/read-coin.ts';

function readTable(name: string): Table {
  const table = parseCsv(
    readFileSync(fileURLToPath(new URL(`../../../data/asem/${name}`, import.meta.url)), 'utf8'),
  );
  if (!table.ok) throw new Error(`${name}: ${table.errors[0]?.message}`);
  return table.value;
}

/** The ASEM example tables shipped in data/asem (COINr's example data). */
export function asemTables(): { iData: Table; iMeta: Table } {
  return { iData: readTable('ASEM_iData.csv'), iMeta: readTable('ASEM_iMeta.csv') };
}

export function asemCoin(): Coin {
  const { iData, iMeta } = asemTables();
  const coin = readCoin(iData, iMeta);
  if (!coin.ok) throw new Error(coin.errors.map((e) => e.message).join('; '));
  return coin.value;
}
