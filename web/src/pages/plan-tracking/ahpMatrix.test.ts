import { describe, expect, test } from 'vitest';
import {
  evaluateMatrix,
  formatJudgement,
  identityMatrix,
  matrixFromUpper,
  parseJudgement,
  reorderMatrix,
  setJudgement,
  snapToSaaty,
  weightPercents,
} from './ahpMatrix.ts';

describe('AHP matrix editor model', () => {
  test('a judgement in the upper triangle sets its reciprocal below the diagonal', () => {
    const m = setJudgement(identityMatrix(3), 0, 2, 5);
    expect(m[0]![2]).toBe(5);
    expect(m[2]![0]).toBeCloseTo(0.2, 12);
    expect(m[1]![1]).toBe(1);
    // Off-scale input snaps to the nearest Saaty value.
    expect(setJudgement(m, 0, 1, 0.34)[0]![1]).toBeCloseTo(1 / 3, 12);
    expect(snapToSaaty(12)).toBe(9);
  });

  test('judgements format and parse as 3 and 1/3', () => {
    expect(formatJudgement(3)).toBe('3');
    expect(formatJudgement(1 / 7)).toBe('1/7');
    expect(parseJudgement('1/7')).toBeCloseTo(1 / 7, 12);
    expect(parseJudgement('9')).toBe(9);
    expect(parseJudgement('10')).toBeNull();
  });

  test('a consistent matrix has CR 0 and the weights its judgements imply', () => {
    // w = (4, 2, 1)/7: a12 = 2, a13 = 4, a23 = 2.
    const result = evaluateMatrix(matrixFromUpper(3, { '0,1': 2, '0,2': 4, '1,2': 2 }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.weights[0]).toBeCloseTo(4 / 7, 9);
    expect(result.cr).toBeCloseTo(0, 9);
    expect(result.inconsistent).toBe(false);
  });

  test('a contradictory judgement pushes CR above 0.1 and names the pair to revisit', () => {
    // A ≫ B, B ≫ C, but C ≫ A.
    const result = evaluateMatrix(matrixFromUpper(3, { '0,1': 5, '1,2': 5, '0,2': 1 / 5 }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.cr).toBeGreaterThan(0.1);
    expect(result.inconsistent).toBe(true);
    expect(result.mostInconsistentPair).not.toBeNull();
  });

  test('percentages add up to exactly 100', () => {
    const p = weightPercents([1 / 3, 1 / 3, 1 / 3]);
    expect(p.reduce((s, v) => s + v, 0)).toBeCloseTo(100, 9);
    expect(p).toEqual([33.4, 33.3, 33.3]);
  });
});

describe('matrices stored in another criterion order', () => {
  test('are re-ordered to the plan order, or refused when the criteria differ', () => {
    const m = matrixFromUpper(3, { '0,1': 3, '0,2': 5, '1,2': 2 });
    const r = reorderMatrix(m, ['a', 'b', 'c'], ['c', 'a', 'b']);
    expect(r?.[1]?.[0]).toBe(5); // a over c
    expect(r?.[0]?.[2]).toBeCloseTo(1 / 2, 12); // c over b
    expect(reorderMatrix(m, ['a', 'b', 'c'], ['a', 'b', 'd'])).toBeNull();
    // Values rounded in storage snap back onto the scale.
    const rounded = reorderMatrix(
      [
        [1, 0.3333],
        [3.0001, 1],
      ],
      ['a', 'b'],
      ['a', 'b'],
    );
    expect(rounded?.[0]?.[1]).toBe(1 / 3);
    expect(rounded?.[1]?.[0]).toBe(3);
  });
});
