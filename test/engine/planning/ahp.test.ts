import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AhpResult,
  aggregateGeometricMean,
  ahpWeights,
  type PairwiseMatrix,
  RANDOM_INDEX,
  validatePairwise,
} from '../../../src/engine/planning/ahp.ts';

function weigh(matrix: PairwiseMatrix, saatyScale = true): AhpResult {
  const result = ahpWeights(matrix, { saatyScale });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

/** a_ij = w_i / w_j: perfectly consistent. */
const consistent = (w: readonly number[]) => w.map((wi) => w.map((wj) => wi / wj));

/** Builds a reciprocal matrix from its upper triangle, row by row. */
function fromUpper(n: number, upper: readonly number[]): number[][] {
  const m = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  let k = 0;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      m[i]![j] = upper[k]!;
      m[j]![i] = 1 / upper[k++]!;
    }
  return m;
}

describe('random index', () => {
  it('matches the table in the reference notes for n = 1…15', () => {
    expect(RANDOM_INDEX).toEqual([
      0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.53, 1.56, 1.57, 1.58,
    ]);
  });
});

describe('consistent matrices', () => {
  it('give back the generating weights exactly, λmax = n and CR = 0', () => {
    const w = [0.4, 0.2, 0.2, 0.1, 0.1]; // ratios 2, 4 and 1 are all on the 1–9 scale
    const r = weigh(consistent(w));
    r.weights.forEach((x, i) => {
      expect(x).toBeCloseTo(w[i]!, 12);
    });
    expect(r.lambdaMax).toBeCloseTo(5, 12);
    expect(r.cr).toBeCloseTo(0, 12);
    expect(r.inconsistent).toBe(false);
    expect(r.mostInconsistentPair).toBeNull();
  });

  it('hold for random weights (off-scale, so checked without the scale rule)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), { minLength: 1, maxLength: 15 }),
        (raw) => {
          const total = raw.reduce((s, x) => s + x, 0);
          const w = raw.map((x) => x / total);
          const r = weigh(consistent(w), false);
          r.weights.forEach((x, i) => {
            expect(x).toBeCloseTo(w[i]!, 10);
          });
          expect(r.cr).toBeLessThan(1e-10);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('inconsistent 3×3 matrix against closed forms', () => {
  // For n = 3 the principal eigenvector equals the normalised row geometric means (Crawford &
  // Williams 1985), and with d = (a12·a23/a13)^(1/3) the principal eigenvalue is 1 + d + 1/d
  // (substitute w = row geometric means into A w = λ w). Both are computed here independently.
  const [a12, a13, a23] = [3, 5, 3];
  const matrix = fromUpper(3, [a12, a13, a23]);

  it('gives the row-geometric-mean weights, λmax, CI and CR', () => {
    const gm = matrix.map((row) => Math.cbrt(row[0]! * row[1]! * row[2]!));
    const gmSum = gm[0]! + gm[1]! + gm[2]!;
    const d = Math.cbrt((a12 * a23) / a13);
    const lambda = 1 + d + 1 / d;
    const r = weigh(matrix);
    r.weights.forEach((x, i) => {
      expect(x).toBeCloseTo(gm[i]! / gmSum, 11);
    });
    expect(r.lambdaMax).toBeCloseTo(lambda, 11);
    expect(r.ci).toBeCloseTo((lambda - 3) / 2, 11);
    expect(r.cr).toBeCloseTo((lambda - 3) / 2 / 0.58, 11);
    // (9/5)^(1/3) ≈ 1.2164, λ ≈ 3.0385, CR ≈ 0.033: acceptable.
    expect(r.inconsistent).toBe(false);
  });

  it('flags CR above 0.1 for a badly intransitive judgement', () => {
    // 1 ≻ 2 by 5, 2 ≻ 3 by 5, but 3 ≻ 1 by 3: d = (5·5·3)^(1/3), far from 1.
    const r = weigh(fromUpper(3, [5, 1 / 3, 5]));
    const d = Math.cbrt(5 * 5 * 3);
    expect(r.cr).toBeCloseTo((1 + d + 1 / d - 3) / 2 / 0.58, 10);
    expect(r.inconsistent).toBe(true);
  });
});

describe('larger matrices', () => {
  it('satisfy A w = λmax w with positive weights summing to 1', () => {
    const matrix = fromUpper(5, [3, 5, 7, 9, 3, 5, 7, 1 / 2, 5, 3]);
    const r = weigh(matrix);
    const aw = matrix.map((row) => row.reduce((s, a, j) => s + a * r.weights[j]!, 0));
    aw.forEach((v, i) => {
      expect(v).toBeCloseTo(r.lambdaMax * r.weights[i]!, 10);
    });
    expect(r.weights.every((x) => x > 0)).toBe(true);
    expect(r.weights.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 14);
    expect(r.lambdaMax).toBeGreaterThanOrEqual(5);
  });

  it('names the judgement that breaks an otherwise consistent matrix', () => {
    const matrix = consistent([0.4, 0.2, 0.2, 0.1, 0.1]);
    matrix[1]![3] = 1 / 4; // consistent value is 2
    matrix[3]![1] = 4;
    const r = weigh(matrix);
    expect(r.mostInconsistentPair).toMatchObject({ i: 1, j: 3, judgement: 1 / 4 });
  });
});

describe('validation', () => {
  it.each([
    [
      'non-reciprocal',
      [
        [1, 3],
        [3, 1],
      ],
      'ahp-not-reciprocal',
    ],
    [
      'zero entry',
      [
        [1, 0],
        [0, 1],
      ],
      'ahp-not-positive',
    ],
    [
      'not square',
      [
        [1, 2, 3],
        [1 / 2, 1, 2],
      ],
      'ahp-size',
    ],
    ['empty', [], 'ahp-size'],
    [
      'off the 1–9 scale',
      [
        [1, 10],
        [1 / 10, 1],
      ],
      'ahp-off-scale',
    ],
    [
      'diagonal not 1',
      [
        [2, 3],
        [1 / 3, 1],
      ],
      'ahp-diagonal',
    ],
  ])('rejects a %s matrix', (_label, matrix, code) => {
    const result = validatePairwise(matrix as number[][]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.code)).toContain(code);
  });

  it('rejects more than 15 criteria (no random index)', () => {
    expect(ahpWeights(consistent(new Array(16).fill(1))).ok).toBe(false);
  });
});

describe('group aggregation', () => {
  it('takes the element-wise geometric mean and stays reciprocal', () => {
    const a = fromUpper(3, [3, 5, 3]);
    const b = fromUpper(3, [1 / 3, 1, 3]);
    const c = fromUpper(3, [9, 9, 1]);
    const result = aggregateGeometricMean([a, b, c]);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const g = result.value;
    expect(g[0]![1]).toBeCloseTo(Math.cbrt(3 * (1 / 3) * 9), 12); // = cbrt(9)
    expect(g[0]![2]).toBeCloseTo(Math.cbrt(5 * 1 * 9), 12);
    expect(g[1]![2]).toBeCloseTo(Math.cbrt(3 * 3 * 1), 12);
    expect(validatePairwise(g, { saatyScale: false }).ok).toBe(true);
  });

  it('weights experts when asked', () => {
    const result = aggregateGeometricMean([fromUpper(2, [9]), fromUpper(2, [1])], [1, 3]);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value[0]![1]).toBeCloseTo(9 ** (1 / 4), 12);
  });

  it('rejects mixed sizes and invalid expert matrices', () => {
    expect(aggregateGeometricMean([fromUpper(2, [3]), fromUpper(3, [3, 3, 3])]).ok).toBe(false);
    expect(
      aggregateGeometricMean([
        [
          [1, 3],
          [3, 1],
        ],
      ]).ok,
    ).toBe(false);
    expect(aggregateGeometricMean([]).ok).toBe(false);
  });
});
