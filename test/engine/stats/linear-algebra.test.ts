import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { symmetricEigen } from '../../../src/engine/stats/eigen.ts';
import { inverse, multiply, type SquareMatrix, squareMatrix } from '../../../src/engine/stats/matrix.ts';

const symmetric = (n: number) =>
  fc
    .array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: n * n, maxLength: n * n })
    .map((xs) => squareMatrix(n, (i, j) => (i <= j ? xs[i * n + j]! : xs[j * n + i]!)));

function expectIdentity(m: SquareMatrix, digits: number) {
  for (let i = 0; i < m.n; i++)
    for (let j = 0; j < m.n; j++) expect(m.data[i * m.n + j]).toBeCloseTo(i === j ? 1 : 0, digits);
}

describe('inverse', () => {
  test('2x2 by hand: [[4,7],[2,6]]^-1 = [[0.6,-0.7],[-0.2,0.4]]', () => {
    const inv = inverse({ n: 2, data: Float64Array.of(4, 7, 2, 6) });
    expect(inv.ok).toBe(true);
    if (inv.ok)
      [0.6, -0.7, -0.2, 0.4].forEach((v, k) => {
        expect(inv.value.data[k]).toBeCloseTo(v, 12);
      });
  });

  test('a singular matrix is an error value', () => {
    const inv = inverse({ n: 2, data: Float64Array.of(1, 2, 2, 4) });
    expect(inv.ok).toBe(false);
  });

  test('A A^-1 = I for diagonally dominant matrices (needs pivoting when the diagonal is small)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((n) => symmetric(n)),
        (m) => {
          // Swapping rows of a diagonally dominant matrix keeps it invertible but forces pivoting.
          const a = squareMatrix(m.n, (i, j) => m.data[i * m.n + j]! + (i === j ? 40 : 0));
          const swapped = squareMatrix(a.n, (i, j) => a.data[(a.n - 1 - i) * a.n + j]!);
          const inv = inverse(swapped);
          expect(inv.ok).toBe(true);
          if (inv.ok) expectIdentity(multiply(swapped, inv.value), 9);
        },
      ),
    );
  });
});

describe('symmetric eigen-decomposition', () => {
  test('[[2,1],[1,2]] by hand: values 3 and 1, vectors (1,1)/sqrt2 and (1,-1)/sqrt2', () => {
    const e = symmetricEigen({ n: 2, data: Float64Array.of(2, 1, 1, 2) });
    expect(e.ok).toBe(true);
    if (!e.ok) return;
    expect(Array.from(e.value.values).map((v) => +v.toFixed(12))).toEqual([3, 1]);
    const r = Math.SQRT1_2;
    [r, r, r, -r].forEach((v, k) => {
      expect(e.value.vectors.data[k]).toBeCloseTo(v, 12);
    });
  });

  test('A v = lambda v, V orthonormal, sorted, signs normalised', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }).chain((n) => symmetric(n)),
        (a) => {
          const e = symmetricEigen(a);
          expect(e.ok).toBe(true);
          if (!e.ok) return;
          const { values, vectors } = e.value;
          const n = a.n;
          const v = vectors.data;
          for (let k = 0; k < n; k++) {
            if (k > 0) expect(values[k]).toBeLessThanOrEqual(values[k - 1]! + 1e-12);
            let sum = 0;
            for (let i = 0; i < n; i++) {
              let av = 0;
              for (let j = 0; j < n; j++) av += a.data[i * n + j]! * v[j * n + k]!;
              expect(av).toBeCloseTo(values[k]! * v[i * n + k]!, 7);
              sum += v[i * n + k]!;
            }
            expect(sum).toBeGreaterThanOrEqual(-1e-9);
          }
          const vt = squareMatrix(n, (i, j) => v[j * n + i]!);
          expectIdentity(multiply(vt, vectors), 9);
        },
      ),
    );
  });

  test('a non-symmetric matrix is an error value', () => {
    expect(symmetricEigen({ n: 2, data: Float64Array.of(1, 2, 3, 4) }).ok).toBe(false);
  });
});
