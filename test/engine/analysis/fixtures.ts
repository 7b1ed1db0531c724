import type { Coin } from '../../../src/engine/core/structure.ts';
import type { Table } from '../../../src/engine/input/csv.ts';
import { readCoin } from '../../../src/engine/input/read-coin.ts';
import type { IndexResult } from '../../../src/engine/pipeline/build-index.ts';
import { buildIndex } from '../../../src/engine/pipeline/build-index.ts';
import type { IndexSpec } from '../../../src/engine/pipeline/spec.ts';
import { table } from '../helpers/asem.ts';

/**
 * A hand-checkable index: A, B → P; C, D → Q; P, Q → T, five units, D missing for U5.
 * B = 2A and C = 6 − A, so r(A, B) = 1 and r(A, C) = −1 by construction.
 */
export const SMALL_DATA = 'uCode,A,B,C,D\nU1,1,2,5,1\nU2,2,4,4,3\nU3,3,6,3,2\nU4,4,8,2,5\nU5,5,10,1,NA\n';
export const SMALL_META = [
  'Level,iCode,Weight,Parent,Type',
  '1,A,1,P,Indicator',
  '1,B,1,P,Indicator',
  '1,C,1,Q,Indicator',
  '1,D,1,Q,Indicator',
  '2,P,1,T,Aggregate',
  '2,Q,1,T,Aggregate',
  '3,T,1,NA,Aggregate',
].join('\n');

export function coinOf(data: Table, meta: Table): Coin {
  const coin = readCoin(data, meta);
  if (!coin.ok) throw new Error(JSON.stringify(coin.errors));
  return coin.value;
}

export function smallCoin(): Coin {
  return coinOf(table(SMALL_DATA), table(SMALL_META));
}

export function built(coin: Coin, spec: IndexSpec = {}): IndexResult {
  const r = buildIndex(coin, spec);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

/** Column of `code` in a units × nodes matrix of `result`. */
export function scoresOf(result: IndexResult, code: string): Float64Array {
  const n = result.unitCodes.length;
  const j = result.codes.indexOf(code);
  if (j < 0) throw new Error(`no code ${code}`);
  return result.scores.values.slice(j * n, (j + 1) * n);
}

/** Plain-loop Pearson over the rows where both are present (independent of the engine). */
export function plainPearson(x: ArrayLike<number>, y: ArrayLike<number>): { r: number; n: number } {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < x.length; i++)
    if (!Number.isNaN(x[i]!) && !Number.isNaN(y[i]!)) {
      a.push(x[i]!);
      b.push(y[i]!);
    }
  const n = a.length;
  const ma = a.reduce((s, v) => s + v, 0) / n;
  const mb = b.reduce((s, v) => s + v, 0) / n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i]! - ma) * (b[i]! - mb);
    saa += (a[i]! - ma) ** 2;
    sbb += (b[i]! - mb) ** 2;
  }
  return { r: sab / Math.sqrt(saa * sbb), n };
}
