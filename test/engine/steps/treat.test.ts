import { describe, expect, it } from 'vitest';
import { boxcox, logCT, logCTPlus } from '../../../src/engine/treat/transforms.ts';
import { DEFAULT_TREAT, passesSkewKurt, treatColumn } from '../../../src/engine/treat/treat.ts';

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

describe('COINr Treat', () => {
  it('winsorises the COINr help example c(1:10, 30, 100) in one step: 100 → 30', () => {
    // skew 3.06 > 2 and kurtosis 9.74 > 3.5 fail; after 100 → 30, skew 1.71 < 2 passes.
    const x = Float64Array.from([...range(1, 10), 30, 100]);
    const out = new Float64Array(x.length);
    const d = treatColumn(x, out, DEFAULT_TREAT);
    expect(d.passedBefore).toBe(false);
    expect(d.nWinsorised).toBe(1);
    expect(d.transformed).toBe(false);
    expect(Array.from(out)).toEqual([...range(1, 10), 30, 30]);
    expect(d.treatedPoints[11]).toBe('winhi');
  });

  it('moves tied extremes together and counts them', () => {
    // two tied outliers at 100: one step moves both to 10
    const x = Float64Array.from([...range(1, 10), ...range(1, 10), 100, 100]);
    const out = new Float64Array(x.length);
    const d = treatColumn(x, out, DEFAULT_TREAT);
    expect(passesSkewKurt(x, 2, 3.5)).toBe(false);
    expect(d.nWinsorised).toBe(2);
    expect(out[20]).toBe(10);
    expect(out[21]).toBe(10);
  });

  it('falls back to log_CT of the ORIGINAL x when winmax is reached', () => {
    const x = Float64Array.from([...range(1, 30), 1e3, 1e4, 1e5, 1e6, 1e7, 1e8]);
    const out = new Float64Array(x.length);
    const d = treatColumn(x, out, { ...DEFAULT_TREAT, winmax: 1 });
    expect(d.transformed).toBe(true);
    const expected = new Float64Array(x.length);
    logCT(x, expected);
    expect(Array.from(out)).toEqual(Array.from(expected));
    // log_CT: ln(x − min + 0.01(max − min))
    expect(out[0]).toBeCloseTo(Math.log(0.01 * (1e8 - 1)), 12);
  });

  it('leaves passing indicators untouched and skips NaN', () => {
    const x = Float64Array.of(1, 2, Number.NaN, 3, 4, 5);
    const out = new Float64Array(x.length);
    const d = treatColumn(x, out, DEFAULT_TREAT);
    expect(d.passedBefore).toBe(true);
    expect(Array.from(out)).toEqual(Array.from(x));
  });

  it('log_CT_plus mirrors for negative skew and Box-Cox follows its formula', () => {
    const x = Float64Array.of(-100, 1, 2, 3, 4);
    const out = new Float64Array(5);
    logCTPlus(x, out);
    const a = 0.01 * (4 - -100);
    expect(out[0]).toBeCloseTo(-Math.log(4 + a + 100), 12);
    boxcox(Float64Array.of(1, 3), out, 0.5);
    // shift: x − min + 1 → 1, 3; (x^0.5 − 1)/0.5
    expect(out[0]).toBeCloseTo(0, 12);
    expect(out[1]).toBeCloseTo((Math.sqrt(3) - 1) / 0.5, 12);
  });

  describe('ported from COINr tests/testthat/test-treat.R', () => {
    it('c(1:10, 100): the outlier is winsorised to 10 and the rest is unchanged', () => {
      const x = Float64Array.from([...range(1, 10), 100]);
      const out = new Float64Array(x.length);
      const d = treatColumn(x, out, DEFAULT_TREAT);
      expect(d.passedBefore).toBe(false);
      expect(out[10]).toBe(10);
      expect(Array.from(out.subarray(0, 10))).toEqual(range(1, 10));
      expect(d.passedAfter).toBe(true);
    });
    it('c(1:20, 100, 200) with winmax 1 and no f2 still fails', () => {
      const x = Float64Array.from([...range(1, 20), 100, 200]);
      const out = new Float64Array(x.length);
      const d = treatColumn(x, out, { ...DEFAULT_TREAT, winmax: 1, f2: 'none' });
      expect(d.passedAfter).toBe(false);
      expect(passesSkewKurt(out, 2, 3.5)).toBe(false);
    });
    it('forced winsorisation with winmax 3 treats exactly 3 points', () => {
      const x = Float64Array.from([...range(1, 20), 100, 200]);
      const out = new Float64Array(x.length);
      const d = treatColumn(x, out, { ...DEFAULT_TREAT, winmax: 3, forceWin: true });
      expect(d.treatedPoints.filter((t) => t !== '')).toHaveLength(3);
      expect(d.nWinsorised).toBe(3);
    });
  });
});
