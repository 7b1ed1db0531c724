import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../../src/engine/pipeline/build-index.ts';
import { createIndexModel } from '../../../src/engine/uncertainty/index-model.ts';
import { runUncertainty } from '../../../src/engine/uncertainty/monte-carlo.ts';
import { runScenarios } from '../../../src/engine/uncertainty/scenarios.ts';
import { runSensitivity } from '../../../src/engine/uncertainty/sensitivity.ts';
import { validateUncertaintySpec } from '../../../src/engine/uncertainty/spec.ts';
import { asemCoin } from './asem-coin.ts';

const coin = asemCoin();
const indexColumn = (spec: Parameters<typeof buildIndex>[1]) => {
  const built = buildIndex(coin, spec);
  if (!built.ok) throw new Error(built.errors[0]?.message);
  const j = built.value.codes.indexOf('Index');
  const n = built.value.unitCodes.length;
  return Array.from(built.value.scores.values.subarray(j * n, (j + 1) * n));
};

describe('uncertainty spec validation', () => {
  test('reports every problem with its path', () => {
    const r = validateUncertaintySpec({
      inputs: [
        { name: 'a', address: 'nowhere', alternatives: [] },
        { name: 'a', uniform: [2, 1], address: 'aggregate.p' },
        { name: 'c', weightNoise: 2 },
        { name: 'd' },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.column)).toEqual([
      'inputs.0.address',
      'inputs.0.alternatives',
      'inputs.1.name',
      'inputs.1.uniform',
      'inputs.2.weightNoise',
      'inputs.3',
    ]);
  });

  test('a bad alternative or unknown code is found before any run', () => {
    const r = createIndexModel(
      coin,
      {},
      {
        inputs: [
          {
            name: 'norm',
            address: 'normalise',
            alternatives: [{ method: 'n_minmax' }, { method: 'n_nope' }],
          },
          { name: 'drop', exclude: ['LPI', 'NotACode'] },
        ],
      },
      1,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const columns = r.errors.map((e) => e.column ?? '');
    expect(columns.some((c) => c.startsWith('inputs.0.alternatives.1'))).toBe(true);
    expect(columns).toContain('inputs.1.exclude.1');
  });
});

describe('index model on ASEM', () => {
  test('nominal scores are the base build; each alternative gives exactly its own build', () => {
    const m = createIndexModel(
      coin,
      {},
      {
        inputs: [
          { name: 'agg', address: 'aggregate', alternatives: [{ method: 'a_amean' }, { method: 'a_hmean' }] },
        ],
      },
      1,
    );
    expect(m.ok).toBe(true);
    if (!m.ok) return;
    expect(Array.from(m.value.nominalScores)).toEqual(indexColumn({}));
    expect(Array.from(m.value.evaluate(Float64Array.of(0.2))!)).toEqual(
      indexColumn({ aggregate: { method: 'a_amean' } }),
    );
    expect(Array.from(m.value.evaluate(Float64Array.of(0.7))!)).toEqual(
      indexColumn({ aggregate: { method: 'a_hmean' } }),
    );
  });

  test('excluding an indicator is the build with its weight set to zero', () => {
    const m = createIndexModel(coin, {}, { inputs: [{ name: 'drop', exclude: ['LPI', 'Flights'] }] }, 1);
    expect(m.ok).toBe(true);
    if (!m.ok) return;
    expect(Array.from(m.value.evaluate(Float64Array.of(0.1))!)).toEqual(indexColumn({}));
    expect(Array.from(m.value.evaluate(Float64Array.of(0.9))!)).toEqual(
      indexColumn({ weights: { values: { Flights: 0 } } }),
    );
  });

  test('an input without effect leaves the ranks fixed and has total effect exactly 0', () => {
    const m = createIndexModel(
      coin,
      {},
      {
        inputs: [
          { name: 'noise', weightNoise: 0.5, sets: 20 },
          {
            name: 'dummy',
            address: 'aggregate',
            alternatives: [{ method: 'a_amean' }, { method: 'a_amean' }],
          },
        ],
      },
      3,
    );
    expect(m.ok).toBe(true);
    if (!m.ok) return;
    const sa = runSensitivity(m.value, m.value.nominalRanks, { samples: 30, seed: 5, nBoot: 20 });
    expect(sa.builds).toBe(30 * 4);
    expect(sa.indices[1]!.sti).toBe(0);
    expect(sa.indices[0]!.sti).toBeGreaterThan(0.5);
    const ua = runUncertainty(m.value, m.value.nominalRanks, { runs: 200, seed: 5 });
    expect(ua.meanAbsRankShift).toBeGreaterThan(0);
    for (const u of ua.units) expect(u.q05Rank).toBeLessThanOrEqual(u.q95Rank);
  });

  test('scenarios are exact builds, in table order', () => {
    const r = runScenarios(coin, {}, [
      { name: 'base', choices: {} },
      {
        name: 'z-geo',
        choices: { normalise: { method: 'n_minmax', lu: [1, 100] }, aggregate: { method: 'a_gmean' } },
      },
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.map((s) => s.name)).toEqual(['base', 'z-geo']);
    const j = r.value[1]!.result.codes.indexOf('Index');
    const n = r.value[1]!.result.unitCodes.length;
    expect(Array.from(r.value[1]!.result.scores.values.subarray(j * n, (j + 1) * n))).toEqual(
      indexColumn({ normalise: { method: 'n_minmax', lu: [1, 100] }, aggregate: { method: 'a_gmean' } }),
    );
  });
});
