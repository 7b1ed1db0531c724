/**
 * The AHP matrix editor's model: the expert answers the upper triangle on Saaty's 1–9 scale,
 * the lower triangle is the reciprocals, and weights and consistency come live from the engine
 * (src/engine/planning/ahp.ts), exactly as the server computes them.
 */
import { type AhpResult, ahpWeights, CR_THRESHOLD } from '../../../../src/engine/planning/ahp.ts';

export { CR_THRESHOLD };

/** Every judgement the editor offers, from "row 9× as important" down to "column 9× as important". */
export const SAATY_CHOICES: readonly number[] = [
  9,
  8,
  7,
  6,
  5,
  4,
  3,
  2,
  1,
  1 / 2,
  1 / 3,
  1 / 4,
  1 / 5,
  1 / 6,
  1 / 7,
  1 / 8,
  1 / 9,
];

/** The identity matrix: every criterion as important as every other. */
export function identityMatrix(n: number): number[][] {
  return Array.from({ length: n }, () => Array.from({ length: n }, () => 1));
}

/** Snaps any positive number to the nearest Saaty value (on a log scale), e.g. 0.34 → 1/3. */
export function snapToSaaty(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  let best = 1;
  for (const choice of SAATY_CHOICES)
    if (Math.abs(Math.log(choice / value)) < Math.abs(Math.log(best / value))) best = choice;
  return best;
}

/** A copy of `matrix` with a_ij = value and a_ji = 1/value (i ≠ j); the diagonal stays 1. */
export function setJudgement(
  matrix: readonly (readonly number[])[],
  i: number,
  j: number,
  value: number,
): number[][] {
  const next = matrix.map((row) => [...row]);
  if (i === j) return next;
  const v = snapToSaaty(value);
  next[i]![j] = v;
  next[j]![i] = 1 / v;
  return next;
}

/** A full reciprocal matrix from upper-triangle judgements keyed "i,j" (i < j); missing = 1. */
export function matrixFromUpper(n: number, upper: Readonly<Record<string, number>>): number[][] {
  let matrix = identityMatrix(n);
  for (const [key, value] of Object.entries(upper)) {
    const [i, j] = key.split(',').map(Number);
    if (i === undefined || j === undefined || !(i < j) || j >= n) continue;
    matrix = setJudgement(matrix, i, j, value);
  }
  return matrix;
}

/** `3` → "3", `1/3` → "1/3" (judgements are always whole numbers or their reciprocals). */
export function formatJudgement(value: number): string {
  if (value >= 1) return String(Math.round(value));
  return `1/${Math.round(1 / value)}`;
}

/** "3" → 3, "1/3" → 1/3; null for anything off the scale. */
export function parseJudgement(text: string): number | null {
  const match = /^\s*(?:1\s*\/\s*)?([1-9])\s*$/.exec(text);
  if (!match) return null;
  const k = Number(match[1]);
  return text.includes('/') ? 1 / k : k;
}

export type AhpEvaluation = ({ ok: true } & AhpResult) | { ok: false; messages: string[] };

/** Weights, λmax, CI, CR and the most inconsistent pair for the matrix as it stands. */
export function evaluateMatrix(matrix: readonly (readonly number[])[]): AhpEvaluation {
  if (matrix.length === 0) return { ok: false, messages: ['no criteria'] };
  const result = ahpWeights(matrix);
  if (!result.ok) return { ok: false, messages: result.errors.map((e) => e.message) };
  return { ok: true, ...result.value };
}

/** The weights as percentages that add up to exactly 100 (largest-remainder rounding, one decimal). */
export function weightPercents(weights: readonly number[]): number[] {
  const tenths = weights.map((w) => w * 1000);
  const floors = tenths.map(Math.floor);
  let missing = 1000 - floors.reduce((s, v) => s + v, 0);
  const order = tenths
    .map((v, i) => ({ i, rest: v - Math.floor(v) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (missing <= 0) break;
    floors[i]! += 1;
    missing--;
  }
  return floors.map((v) => v / 10);
}

/**
 * A matrix entered with its rows in `from` order, re-ordered to `to` (the same codes in another
 * order); null when the code sets differ (the criteria changed since).
 */
export function reorderMatrix(
  matrix: readonly (readonly number[])[],
  from: readonly string[],
  to: readonly string[],
): number[][] | null {
  if (from.length !== to.length || matrix.length !== from.length) return null;
  const index = to.map((code) => from.indexOf(code));
  if (index.some((i) => i < 0)) return null;
  // Rebuilt from the upper triangle so every entry sits exactly on the scale the editor offers.
  let out = identityMatrix(to.length);
  index.forEach((i, r) => {
    index.forEach((j, c) => {
      if (c > r) out = setJudgement(out, r, c, matrix[i]?.[j] ?? 1);
    });
  });
  return out;
}
