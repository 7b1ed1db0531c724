import { describe, expect, test } from 'vitest';
import { setAtAddress } from '../../../src/engine/uncertainty/address.ts';

describe('spec addresses', () => {
  test('sets a nested value on a copy, creating missing objects, leaving the original alone', () => {
    const base = { normalise: { method: 'n_minmax', lu: [0, 100] } };
    const out = setAtAddress(base, 'aggregate.byLevel.2', { method: 'a_gmean' });
    expect(out).toEqual({
      normalise: { method: 'n_minmax', lu: [0, 100] },
      aggregate: { byLevel: { 2: { method: 'a_gmean' } } },
    });
    expect(base).toEqual({ normalise: { method: 'n_minmax', lu: [0, 100] } });
  });

  test('numeric keys index arrays; a whole section can be replaced', () => {
    const base = { normalise: { method: 'n_minmax', lu: [0, 100] } };
    expect(setAtAddress(base, 'normalise.lu.1', 10).normalise.lu).toEqual([0, 10]);
    expect(setAtAddress(base, 'normalise', { method: 'n_rank' })).toEqual({
      normalise: { method: 'n_rank' },
    });
  });
});
