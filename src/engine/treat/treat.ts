import { countPresent, kurtosis, skewness } from '../core/describe.ts';
import { boxcox, logCT, logCTOrig, logCTPlus } from './transforms.ts';

export interface TreatOptions {
  f1: 'winsorise' | 'none';
  winmax: number;
  skewThresh: number;
  kurtThresh: number;
  forceWin: boolean;
  f2: 'log_CT' | 'log_CT_plus' | 'log_CT_orig' | 'boxcox' | 'none';
  boxcoxLambda: number;
  combine: boolean;
}

export const DEFAULT_TREAT: TreatOptions = {
  f1: 'winsorise',
  winmax: 5,
  skewThresh: 2,
  kurtThresh: 3.5,
  forceWin: false,
  f2: 'log_CT',
  boxcoxLambda: 0.5,
  combine: false,
};

export interface TreatDetails {
  /** Passed check_SkewKurt before any treatment. */
  passedBefore: boolean;
  /** Points winsorised (COINr nwin: the size of the last high + low tied sets moved). */
  nWinsorised: number;
  /** f2 was applied. */
  transformed: boolean;
  /** Passes after treatment (NaN-safe: fewer than 4 points always pass). */
  passedAfter: boolean;
  skewAfter: number;
  kurtAfter: number;
  /** Per unit: 'winhi', 'winlo', the f2 name, or ''. */
  treatedPoints: string[];
}

/**
 * check_SkewKurt: passes if |skew| < skewThresh OR kurtosis < kurtThresh (e1071 type-2 skew and
 * excess kurtosis), i.e. an indicator is treated only when BOTH are exceeded. With fewer than 4
 * present values the statistics are undefined and the indicator passes (COINr stops with an error).
 */
export function passesSkewKurt(x: Float64Array, skewThresh: number, kurtThresh: number): boolean {
  if (countPresent(x) < 4) return true;
  const s = skewness(x);
  const k = kurtosis(x);
  if (Number.isNaN(s) || Number.isNaN(k)) return true; // constant column: nothing to treat
  return Math.abs(s) < skewThresh || k < kurtThresh;
}

/**
 * COINr winsorise, in place: while failing (or forceWin) and nwin < winmax, if skew ≥ 0 move ALL
 * points tied at the maximum to the largest remaining value, else all points tied at the minimum
 * to the smallest remaining value; nwin = |last max set| + |last min set| (tied points move
 * together, so points already moved are counted again in the next, larger tied set).
 * Returns nwin and marks moved points in `marks`.
 */
export function winsorise(x: Float64Array, o: TreatOptions, marks: string[]): number {
  let passing = passesSkewKurt(x, o.skewThresh, o.kurtThresh);
  let nHi = 0;
  let nLo = 0;
  const hiSet = new Uint8Array(x.length);
  const loSet = new Uint8Array(x.length);
  while ((!passing || o.forceWin) && nHi + nLo < o.winmax) {
    const high = skewness(x) >= 0;
    let extreme = high ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    for (let i = 0; i < x.length; i++) {
      const v = x[i]!;
      if (high ? v > extreme : v < extreme) extreme = v;
    }
    let next = high ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    for (let i = 0; i < x.length; i++) {
      const v = x[i]!;
      if (v !== extreme && (high ? v > next : v < next)) next = v;
    }
    if (!Number.isFinite(next)) break; // all present values equal: nothing left to move
    const set = high ? hiSet : loSet;
    set.fill(0);
    let count = 0;
    for (let i = 0; i < x.length; i++) {
      if (x[i] === extreme) {
        x[i] = next;
        set[i] = 1;
        count++;
      }
    }
    if (high) nHi = count;
    else nLo = count;
    passing = passesSkewKurt(x, o.skewThresh, o.kurtThresh);
  }
  for (let i = 0; i < x.length; i++) {
    if (hiSet[i] && nHi > 0) marks[i] = 'winhi';
    if (loSet[i] && nLo > 0) marks[i] = 'winlo';
  }
  return nHi + nLo;
}

/**
 * COINr Treat.numeric with f_pass = check_SkewKurt: if x fails, apply f1 (winsorise); if it still
 * fails, apply f2 to the ORIGINAL x (or to the winsorised x when `combine`). Writes into `out`.
 */
export function treatColumn(x: Float64Array, out: Float64Array, o: TreatOptions): TreatDetails {
  const marks = new Array<string>(x.length).fill('');
  out.set(x);
  const passedBefore = passesSkewKurt(x, o.skewThresh, o.kurtThresh);
  let nWinsorised = 0;
  let passing = passedBefore;
  if ((!passing || o.forceWin) && o.f1 === 'winsorise') {
    nWinsorised = winsorise(out, o, marks);
    passing = passesSkewKurt(out, o.skewThresh, o.kurtThresh);
  }
  let transformed = false;
  if (!passing && o.f2 !== 'none') {
    const src = o.combine ? out.slice() : x;
    if (!o.combine) marks.fill('');
    if (o.f2 === 'log_CT') logCT(src, out);
    else if (o.f2 === 'log_CT_plus') logCTPlus(src, out);
    else if (o.f2 === 'log_CT_orig') logCTOrig(src, out);
    else boxcox(src, out, o.boxcoxLambda);
    for (let i = 0; i < x.length; i++)
      if (!Number.isNaN(out[i]!)) marks[i] = marks[i] ? `${marks[i]}+${o.f2}` : o.f2;
    transformed = true;
    if (!o.combine) nWinsorised = 0;
    passing = passesSkewKurt(out, o.skewThresh, o.kurtThresh);
  }
  return {
    passedBefore,
    nWinsorised,
    transformed,
    passedAfter: passing,
    skewAfter: skewness(out),
    kurtAfter: kurtosis(out),
    treatedPoints: marks,
  };
}
