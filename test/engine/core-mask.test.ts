import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromMasked, maskOf } from '../../src/engine/core/mask.ts';
import { createMatrix } from '../../src/engine/core/matrix.ts';

describe('maskOf / fromMasked: the explicit missing-value boundary', () => {
  it('marks exactly the NaN cells of a matrix', () => {
    const m = createMatrix(2, 2, 0);
    m.values.set([1, Number.NaN, 3, Number.NaN]);
    expect(Array.from(maskOf(m))).toEqual([0, 1, 0, 1]);
  });

  it('turns masked cells into NaN whatever they hold, and keeps the rest', () => {
    const r = fromMasked([1, Number.POSITIVE_INFINITY, 3, 999], [0, 1, 0, 1], 2, 2);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.value.nRows).toBe(2);
    expect(r.value.nCols).toBe(2);
    expect(Array.from(r.value.values)).toEqual([1, Number.NaN, 3, Number.NaN]);
  });

  it('rejects NaN and ±Infinity in unmasked cells, naming each cell (1-based, column-major)', () => {
    const r = fromMasked([Number.NaN, 2, 3, Number.NEGATIVE_INFINITY], [0, 0, 0, 0], 2, 2);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.code)).toEqual(['mask-unmasked-nonfinite', 'mask-unmasked-nonfinite']);
    expect(r.errors[0]!.message).toContain('row 1, column 1');
    expect(r.errors[1]!.message).toContain('row 2, column 2');
  });

  it('rejects wrong lengths and mask entries other than 0/1', () => {
    const short = fromMasked([1, 2, 3], [0, 0], 2, 2);
    expect(short.ok ? [] : short.errors.map((e) => e.code)).toEqual(['mask-shape', 'mask-shape']);
    const badFlag = fromMasked([1, 2], [0, 2], 2, 1);
    expect(badFlag.ok ? [] : badFlag.errors.map((e) => e.code)).toEqual(['mask-value']);
    expect(fromMasked([], [], -1, 0).ok).toBe(false);
  });

  it('round-trips: fromMasked(values, maskOf(m)) gives m back for any matrix', () => {
    const cell = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(Number.NaN));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 5 }),
        fc.array(cell, { minLength: 25, maxLength: 25 }),
        (r, c, cells) => {
          const m = createMatrix(r, c);
          m.values.set(cells.slice(0, r * c));
          const back = fromMasked(m.values, maskOf(m), r, c);
          return back.ok && back.value.values.every((v, k) => Object.is(v, m.values[k]));
        },
      ),
    );
  });
});
