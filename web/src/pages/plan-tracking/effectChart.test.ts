import { describe, expect, test } from 'vitest';
import { effectOption, rankMove } from './effectChart.ts';

describe('projected effect', () => {
  test('area scores before and after as two bar series', () => {
    const option = effectOption(
      [
        { area: 'Technology', before: 600.04, after: 612.36 },
        { area: 'Infrastructure', before: 580, after: 580 },
      ],
      { before: 'Now', after: 'Projected' },
    ) as { series: Array<{ name: string; data: number[] }> };
    expect(option.series.map((s) => s.name)).toEqual(['Now', 'Projected']);
    expect(option.series[1]!.data).toEqual([612.4, 580]);
  });

  test('moving from rank 12 to 9 is 3 places up; an unranked side gives no move', () => {
    expect(rankMove(12, 9)).toBe(3);
    expect(rankMove(9, 12)).toBe(-3);
    expect(rankMove(null, 3)).toBeNull();
  });
});
