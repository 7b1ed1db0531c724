import { describe, expect, it } from 'vitest';
import { nodeIndex } from '../../../src/engine/core/structure.ts';
import { buildIndex } from '../../../src/engine/pipeline/build-index.ts';
import { asemCoin } from '../helpers/asem.ts';

// Regression tests for COINr issues that CityBench claims to fix (docs/engine.md), run through the
// whole pipeline rather than the step functions alone.
const coin = asemCoin();
const n = coin.unitCodes.length;
const idx = nodeIndex(coin.structure);
const column = (values: Float64Array, code: string) =>
  Array.from(values.subarray(idx.get(code)! * n, (idx.get(code)! + 1) * n));

function build(spec: Parameters<typeof buildIndex>[1]) {
  const r = buildIndex(coin, spec);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

describe('COINr #53: forceWin inside a per-indicator treatment override is applied', () => {
  it('winsorises exactly winmax points of an indicator that passes the skew/kurtosis test', () => {
    const base = build({ treat: { method: 'default' } });
    // An indicator that passes the skew/kurtosis test is left alone by the default treatment.
    const passing = base.treatment!.findIndex((details) => details?.passedBefore === true);
    expect(passing).toBeGreaterThanOrEqual(0);
    const code = coin.structure.codes[passing]!;
    const forced = build({
      treat: { method: 'default', overrides: { [code]: { forceWin: true, winmax: 2 } } },
    });
    const raw = column(forced.datasets.raw.values, code);
    const treated = column(forced.datasets.treated.values, code);
    const changed = raw.filter((v, u) => !Number.isNaN(v) && v !== treated[u]).length;
    // Tied extremes move together, so at least the two requested points change.
    expect(changed).toBeGreaterThanOrEqual(2);
    expect(column(base.datasets.treated.values, code)).toEqual(raw.map((v) => v));
  });
});

describe('COINr #68: per-indicator normalisation respects direction −1', () => {
  // Tariff has Direction −1 in ASEM's iMeta: the lowest tariff is best.
  it('an override with the same method as the global one gives the same numbers', () => {
    const global = build({ normalise: { method: 'n_minmax', lu: [0, 100] } });
    const overridden = build({
      normalise: { method: 'n_zscore', overrides: { Tariff: { method: 'n_minmax', lu: [0, 100] } } },
    });
    expect(column(overridden.datasets.normalised.values, 'Tariff')).toEqual(
      column(global.datasets.normalised.values, 'Tariff'),
    );
  });

  it('the unit with the lowest raw value gets the best normalised value under an override', () => {
    const r = build({ normalise: { method: 'n_minmax', overrides: { Tariff: { method: 'n_rank' } } } });
    const raw = column(r.datasets.raw.values, 'Tariff');
    const normalised = column(r.datasets.normalised.values, 'Tariff');
    const present = raw.filter((v) => !Number.isNaN(v));
    const lowest = raw.indexOf(Math.min(...present));
    const highest = raw.indexOf(Math.max(...present));
    expect(normalised[lowest]).toBe(Math.max(...normalised.filter((v) => !Number.isNaN(v))));
    expect(normalised[highest]).toBe(Math.min(...normalised.filter((v) => !Number.isNaN(v))));
  });
});
