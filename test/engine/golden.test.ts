import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/engine/input/csv.ts';
import { buildIndex } from '../../src/engine/pipeline/build-index.ts';
import { matrixCsv } from '../../src/services/index-io/write-results.ts';
import { GOLDEN_CASES } from './golden-cases.ts';
import { asemCoin } from './helpers/asem.ts';

const dir = fileURLToPath(new URL('../golden/engine/', import.meta.url));
const coin = asemCoin();

/** Compares two score tables cell by cell: same text for codes and blanks, numbers to 1e-9 relative. */
function expectSameTable(actual: string, expected: string, name: string) {
  const a = parseCsv(actual);
  const e = parseCsv(expected);
  if (!a.ok || !e.ok) throw new Error(`${name}: unparsable csv`);
  expect(a.value.header).toEqual(e.value.header);
  expect(a.value.rows.length).toBe(e.value.rows.length);
  a.value.rows.forEach((row, i) => {
    row.forEach((cell, j) => {
      const want = e.value.rows[i]![j]!;
      const where = `${name} row ${i + 1} ${e.value.header[j]}`;
      if (j === 0 || want === '' || cell === '') expect(cell, where).toBe(want);
      else
        expect(Math.abs(Number(cell) - Number(want)), where).toBeLessThanOrEqual(
          1e-9 * Math.max(1, Math.abs(Number(want))),
        );
    });
  });
}

describe('ASEM golden results (regression guard)', () => {
  for (const [name, spec] of Object.entries(GOLDEN_CASES)) {
    it(name, () => {
      const r = buildIndex(coin, spec);
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      const actual = matrixCsv(r.value.unitCodes, r.value.codes, r.value.scores);
      expectSameTable(actual, readFileSync(`${dir}${name}.csv`, 'utf8'), name);
    });
  }
});
