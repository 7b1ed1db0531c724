import { describe, expect, it } from 'vitest';
import { removeElements } from '../../../src/engine/analysis/remove-elements.ts';
import type { Table } from '../../../src/engine/input/csv.ts';
import { compileIndex } from '../../../src/engine/pipeline/compile.ts';
import type { IndexSpec } from '../../../src/engine/pipeline/spec.ts';
import { rankDescendingMin } from '../../../src/engine/rank/rank.ts';
import { ASEM_DATA, ASEM_META, readTable } from '../helpers/asem.ts';
import { built, coinOf, scoresOf, smallCoin } from './fixtures.ts';

function compiled(coin: ReturnType<typeof smallCoin>, spec: IndexSpec = {}) {
  const c = compileIndex(coin, spec);
  if (!c.ok) throw new Error(JSON.stringify(c.errors));
  return c.value;
}

function removal(coin: ReturnType<typeof smallCoin>, spec: IndexSpec, level: number, target?: string) {
  const r = removeElements(compiled(coin, spec), { level, ...(target ? { target } : {}) });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

/** iMeta without `code` and everything below it, iData without the dropped indicator columns. */
function withoutNode(data: Table, meta: Table, code: string): { data: Table; meta: Table } {
  const iCode = meta.header.indexOf('iCode');
  const parent = meta.header.indexOf('Parent');
  const dropped = new Set([code]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const row of meta.rows)
      if (dropped.has(row[parent]!) && !dropped.has(row[iCode]!)) {
        dropped.add(row[iCode]!);
        grew = true;
      }
  }
  const keepCols = data.header.map((h, k) => (dropped.has(h) ? -1 : k)).filter((k) => k >= 0);
  return {
    meta: { header: meta.header, rows: meta.rows.filter((r) => !dropped.has(r[iCode]!)) },
    data: {
      header: keepCols.map((k) => data.header[k]!),
      rows: data.rows.map((r) => keepCols.map((k) => r[k]!)),
    },
  };
}

function ranksOf(x: Float64Array): Float64Array {
  const out = new Float64Array(x.length);
  rankDescendingMin(x, out);
  return out;
}

describe('removeElements on a hand-checkable index', () => {
  const coin = smallCoin();

  it('removing pillar P leaves T = Q; removing A leaves P = B', () => {
    const spec: IndexSpec = { normalise: { method: 'none' } };
    const byPillar = removal(coin, spec, 2);
    expect(byPillar.target).toBe('T');
    expect(byPillar.removals.map((m) => m.removed)).toEqual(['P', 'Q']);
    // Q = mean(C, D) over present: U1..U4 (5+1)/2, (4+3)/2, (3+2)/2, (2+5)/2; U5 only C = 1
    expect(Array.from(byPillar.removals[0]!.scores)).toEqual([3, 3.5, 2.5, 3.5, 1]);
    expect(Array.from(byPillar.removals[0]!.ranks)).toEqual([3, 1, 4, 1, 5]);

    const byIndicator = removal(coin, spec, 1, 'P');
    expect(Array.from(byIndicator.removals[0]!.scores)).toEqual([2, 4, 6, 8, 10]); // B alone
    // P = 1.5 A and B = 2 A rank the units identically: no rank changes
    expect(byIndicator.removals[0]!.meanAbsRankChange).toBe(0);
  });

  it('rank change is nominal − after removal, and its mean absolute value is averaged over units', () => {
    const r = removal(coin, { normalise: { method: 'none' } }, 2);
    for (const m of r.removals) {
      const diffs = Array.from(r.nominalRanks, (v, u) => v - m.ranks[u]!);
      expect(Array.from(m.rankChange)).toEqual(diffs);
      expect(m.meanAbsRankChange).toBeCloseTo(diffs.reduce((s, d) => s + Math.abs(d), 0) / diffs.length, 14);
    }
  });

  it('warns when the parent ignores weights (benefit of the doubt)', () => {
    const r = removal(coin, { aggregate: { method: 'a_amean', byGroup: { P: { method: 'a_bod' } } } }, 1);
    expect(r.warnings.map((w) => w.code)).toEqual(['removal-weights-ignored', 'removal-weights-ignored']);
    expect(r.removals[0]!.meanAbsRankChange).toBe(0);
  });

  it('rejects the top level, level 0 and an unknown target', () => {
    const c = compiled(coin);
    expect(removeElements(c, { level: 3 }).ok).toBe(false);
    expect(removeElements(c, { level: 0 }).ok).toBe(false);
    const bad = removeElements(c, { level: 1, target: 'Nope' });
    expect(bad.ok ? [] : bad.errors.map((e) => e.code)).toEqual(['analysis-code']);
  });
});

describe('removeElements on ASEM equals a rebuild without the node in iMeta', () => {
  const data = readTable(ASEM_DATA);
  const meta = readTable(ASEM_META);
  const coin = coinOf(data, meta);
  const cases: { spec: IndexSpec; name: string }[] = [
    { name: 'COINr defaults (min-max, arithmetic mean)', spec: {} },
    { name: 'geometric mean with offset 1', spec: { aggregate: { method: 'a_gmean', offset: 1 } } },
  ];

  for (const { name, spec } of cases)
    it(name, () => {
      const nominal = built(coin, spec);
      for (const [level, code] of [
        [1, 'LPI'],
        [1, 'Visa'],
        [2, 'Physical'],
      ] as const) {
        const r = removal(coin, spec, level);
        const m = r.removals.find((x) => x.removed === code)!;
        const cut = withoutNode(data, meta, code);
        const rebuilt = built(coinOf(cut.data, cut.meta), spec);
        expect(rebuilt.unitCodes).toEqual(r.unitCodes);
        expect(rebuilt.codes).not.toContain(code); // the rebuild really lacks the node
        const expectedScores = scoresOf(rebuilt, 'Index');
        m.scores.forEach((v, u) => {
          expect(v).toBeCloseTo(expectedScores[u]!, 10);
        });
        const expectedRanks = ranksOf(expectedScores);
        expect(Array.from(m.ranks)).toEqual(Array.from(expectedRanks));
        const nominalRanks = ranksOf(scoresOf(nominal, 'Index'));
        expect(Array.from(r.nominalRanks)).toEqual(Array.from(nominalRanks));
        let sum = 0;
        nominalRanks.forEach((v, u) => {
          sum += Math.abs(v - expectedRanks[u]!);
        });
        expect(m.meanAbsRankChange).toBeCloseTo(sum / nominalRanks.length, 12);
      }
    });

  it('one removal per node of the level, and the target may be any code', () => {
    const r = removal(coin, {}, 1, 'Conn');
    expect(r.removals).toHaveLength(49);
    expect(r.target).toBe('Conn');
    // removing an indicator of the other sub-index cannot move Conn
    expect(r.removals.find((m) => m.removed === 'CO2')!.meanAbsRankChange).toBe(0);
    expect(r.removals.find((m) => m.removed === 'LPI')!.meanAbsRankChange).toBeGreaterThan(0);
  });
});
