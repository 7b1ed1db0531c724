/**
 * Earned value for budget-execution tracking (reference §3.4). Money stays in bigint won; forecasts
 * are exact rationals rounded half up to the won.
 *
 *   PV planned value = BAC × planned % complete      EV earned value = BAC × actual % complete
 *   AC actual cost (executed spend, 집행액)
 *   SV = EV − PV    CV = EV − AC    SPI = EV / PV    CPI = EV / AC   (> 1: ahead / under budget)
 *   EAC, by name:
 *     'bac-over-cpi'                 BAC / CPI
 *     'ac-plus-remaining-over-cpi'   AC + (BAC − EV) / CPI        (algebraically equal to the first)
 *     'ac-plus-remaining-over-cpi-spi' AC + (BAC − EV) / (CPI × SPI)
 *     'ac-plus-remaining'            AC + (BAC − EV)              (remaining work at budgeted rate)
 *   ETC = EAC − AC    VAC = BAC − EAC
 *
 * A ratio with a zero denominator (PV = 0 before anything is scheduled, AC = 0 before any spend,
 * CPI = 0 when money was spent but nothing earned) is `null` with a note, never Infinity or NaN;
 * forecasts that need it are `null` too.
 */
import { type EngineIssue, fail, issue, ok, type Result } from '../core/result.ts';
import type { Krw } from './money.ts';

export type EacFormula =
  | 'bac-over-cpi'
  | 'ac-plus-remaining-over-cpi'
  | 'ac-plus-remaining-over-cpi-spi'
  | 'ac-plus-remaining';

export interface EarnedValueInput {
  /** Budget at completion. */
  bac: Krw;
  pv: Krw;
  ev: Krw;
  ac: Krw;
}

export interface EarnedValueResult {
  sv: Krw;
  cv: Krw;
  spi: number | null;
  cpi: number | null;
  eac: Krw | null;
  etc: Krw | null;
  vac: Krw | null;
  formula: EacFormula;
  /** Why a ratio or forecast is null. */
  notes: EngineIssue[];
}

/** a / b rounded half up, for a ≥ 0 and b > 0. */
function divideRounded(a: bigint, b: bigint): bigint {
  return (2n * a + b) / (2n * b);
}

/** BAC × part / whole rounded to the won, e.g. PV at 37.5 % complete = valueAtShare(bac, 375n, 1000n). */
export function valueAtShare(bac: Krw, part: bigint, whole: bigint): Result<Krw> {
  if (bac < 0n || whole <= 0n || part < 0n || part > whole)
    return fail([issue('bad-share', 'need BAC ≥ 0 and 0 ≤ part ≤ whole with whole > 0')]);
  return ok(divideRounded(bac * part, whole));
}

export function earnedValue(
  input: EarnedValueInput,
  formula: EacFormula = 'bac-over-cpi',
): Result<EarnedValueResult> {
  const { bac, pv, ev, ac } = input;
  const errors: EngineIssue[] = [];
  for (const [name, value] of Object.entries(input))
    if (value < 0n) errors.push(issue('negative-amount', `${name.toUpperCase()} must not be negative`));
  if (pv > bac) errors.push(issue('pv-over-bac', 'PV cannot exceed BAC'));
  if (ev > bac) errors.push(issue('ev-over-bac', 'EV cannot exceed BAC (more than 100 % complete)'));
  if (errors.length > 0) return fail(errors);

  const notes: EngineIssue[] = [];
  if (pv === 0n) notes.push(issue('spi-undefined', 'SPI is undefined while PV is zero'));
  if (ac === 0n) notes.push(issue('cpi-undefined', 'CPI is undefined while AC is zero'));
  else if (ev === 0n) notes.push(issue('cpi-zero', 'CPI is zero (spend without earned value)'));
  const spi = pv === 0n ? null : Number(ev) / Number(pv);
  const cpi = ac === 0n ? null : Number(ev) / Number(ac);

  const remaining = bac - ev;
  let eac: Krw | null = null;
  // 1/CPI = AC/EV and 1/(CPI·SPI) = AC·PV/EV², so each forecast is one exact rational.
  switch (formula) {
    case 'bac-over-cpi':
      if (ac > 0n && ev > 0n) eac = divideRounded(bac * ac, ev);
      break;
    case 'ac-plus-remaining-over-cpi':
      if (ac > 0n && ev > 0n) eac = ac + divideRounded(remaining * ac, ev);
      break;
    case 'ac-plus-remaining-over-cpi-spi':
      if (ac > 0n && ev > 0n && pv > 0n) eac = ac + divideRounded(remaining * ac * pv, ev * ev);
      break;
    case 'ac-plus-remaining':
      eac = ac + remaining;
      break;
  }
  if (eac === null)
    notes.push(issue('eac-undefined', `EAC (${formula}) needs a defined, non-zero CPI and SPI`));
  return ok({
    sv: ev - pv,
    cv: ev - ac,
    spi,
    cpi,
    eac,
    etc: eac === null ? null : eac - ac,
    vac: eac === null ? null : bac - eac,
    formula,
    notes,
  });
}
