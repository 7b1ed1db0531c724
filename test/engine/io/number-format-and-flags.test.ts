import { describe, expect, it } from 'vitest';
import {
  parseAggregate,
  parseImpute,
  parseNormalise,
  parseTreat,
} from '../../../src/services/index-io/method-flags.ts';
import { csvCell, formatNumber } from '../../../src/services/index-io/number-format.ts';

describe('formatNumber: 15 significant digits, trailing zeros stripped', () => {
  it('strips zeros in the mantissa only and keeps exponents', () => {
    expect(formatNumber(50)).toBe('50');
    expect(formatNumber(1 / 3)).toBe('0.333333333333333');
    expect(formatNumber(2.5e-7)).toBe('2.5e-7');
    expect(formatNumber(1.5e21)).toBe('1.5e+21');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(Number.NaN)).toBe('');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('');
  });
  it('round-trips to within 15 significant digits', () => {
    for (const v of [Math.PI, -123456.789012345, 9.99999999999999e-5, 2 ** 60 + 1024]) {
      expect(Math.abs(Number(formatNumber(v)) - v)).toBeLessThanOrEqual(Math.abs(v) * 5e-15);
    }
  });
  it('quotes CSV cells only when needed', () => {
    expect(csvCell('AUT')).toBe('AUT');
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
  });
});

describe('CLI method names', () => {
  it('map to COINr spec parts with parameters', () => {
    expect(parseNormalise('minmax:0,100')).toEqual({ ok: true, value: { method: 'n_minmax', lu: [0, 100] } });
    expect(parseNormalise('zscore')).toEqual({ ok: true, value: { method: 'n_zscore', mSd: [0, 1] } });
    expect(parseAggregate('genmean:0.5')).toEqual({ ok: true, value: { method: 'a_genmean', p: 0.5 } });
    expect(parseAggregate('median')).toEqual({ ok: true, value: { method: 'a_wmedian' } });
    expect(parseImpute('mean_grp:EurAsia_group')).toEqual({
      ok: true,
      value: { method: 'i_mean_grp', groupColumn: 'EurAsia_group' },
    });
    expect(parseTreat('winsorise:3')).toEqual({ ok: true, value: { method: 'default', winmax: 3 } });
  });
  it('reject bad names and parameters', () => {
    for (const r of [
      parseNormalise('minmax:1'),
      parseNormalise('minmax:a,b'),
      parseNormalise('bogus'),
      parseAggregate('genmean'),
      parseAggregate('amean:1'),
      parseImpute('mean:sideways'),
      parseTreat('winsorise:1.5'),
    ])
      expect(r.ok).toBe(false);
  });
});
