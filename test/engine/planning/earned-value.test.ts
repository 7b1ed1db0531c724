import { describe, expect, it } from 'vitest';
import { type EacFormula, earnedValue, valueAtShare } from '../../../src/engine/planning/earned-value.ts';

function ev(input: { bac: bigint; pv: bigint; ev: bigint; ac: bigint }, formula?: EacFormula) {
  const result = earnedValue(input, formula);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

// BAC 10억 won; 50 % planned, 40 % done, 5억 spent. By hand: SV = CV = −1억, SPI = CPI = 0.8.
const bac = 1_000_000_000n;
const status = { bac, pv: 500_000_000n, ev: 400_000_000n, ac: 500_000_000n };

describe('earned value', () => {
  it('computes variances and indices', () => {
    const r = ev(status);
    expect(r.sv).toBe(-100_000_000n);
    expect(r.cv).toBe(-100_000_000n);
    expect(r.spi).toBeCloseTo(0.8, 15);
    expect(r.cpi).toBeCloseTo(0.8, 15);
    expect(r.notes).toEqual([]);
  });

  it.each([
    // BAC / 0.8 = 12.5억
    ['bac-over-cpi', 1_250_000_000n],
    // 5억 + 6억 / 0.8
    ['ac-plus-remaining-over-cpi', 1_250_000_000n],
    // 5억 + 6억 / 0.64 = 5억 + 9.375억
    ['ac-plus-remaining-over-cpi-spi', 1_437_500_000n],
    // 5억 + 6억
    ['ac-plus-remaining', 1_100_000_000n],
  ] as const)('EAC by %s, with ETC and VAC', (formula, eac) => {
    const r = ev(status, formula);
    expect(r.eac).toBe(eac);
    expect(r.etc).toBe(eac - status.ac);
    expect(r.vac).toBe(bac - eac);
  });

  it('rounds forecasts half up to the won', () => {
    expect(ev({ bac: 1_000n, pv: 500n, ev: 300n, ac: 700n }).eac).toBe(2_333n); // 2,333.3…
    expect(ev({ bac: 1_000n, pv: 500n, ev: 600n, ac: 100n }).eac).toBe(167n); // 166.6…
    expect(ev({ bac: 3n, pv: 2n, ev: 2n, ac: 1n }).eac).toBe(2n); // 1.5
  });

  it('returns null, not Infinity, before anything is scheduled or spent', () => {
    const start = ev({ bac, pv: 0n, ev: 0n, ac: 0n });
    expect(start.spi).toBeNull();
    expect(start.cpi).toBeNull();
    expect(start.eac).toBeNull();
    expect(start.etc).toBeNull();
    expect(start.notes.map((n) => n.code)).toEqual(['spi-undefined', 'cpi-undefined', 'eac-undefined']);
    expect(ev({ bac, pv: 0n, ev: 0n, ac: 0n }, 'ac-plus-remaining').eac).toBe(bac);
  });

  it('gives CPI 0 and no CPI-based forecast when money was spent but nothing earned', () => {
    const r = ev({ bac, pv: 100n, ev: 0n, ac: 100n });
    expect(r.cpi).toBe(0);
    expect(r.eac).toBeNull();
    expect(r.notes.map((n) => n.code)).toContain('cpi-zero');
  });

  it('rejects negative amounts and more than 100 % complete', () => {
    expect(earnedValue({ bac, pv: -1n, ev: 0n, ac: 0n }).ok).toBe(false);
    expect(earnedValue({ bac, pv: 0n, ev: bac + 1n, ac: 0n }).ok).toBe(false);
  });

  it('derives PV or EV from a share of BAC', () => {
    const pv = valueAtShare(bac, 375n, 1_000n);
    expect(pv.ok && pv.value).toBe(375_000_000n);
    expect(valueAtShare(bac, 3n, 2n).ok).toBe(false);
  });
});
