import { describe, expect, test } from 'vitest';
import { rankingOption, weightsOption } from './priorityCharts.ts';

describe('priority charts', () => {
  test('weights are listed smallest first so the largest bar is on top', () => {
    const option = weightsOption(['Importance', 'Urgency', 'Cost'], [50, 30, 20]) as {
      yAxis: { data: string[] };
      series: Array<{ data: number[] }>;
    };
    expect(option.yAxis.data).toEqual(['Cost', 'Urgency', 'Importance']);
    expect(option.series[0]!.data).toEqual([20, 30, 50]);
  });

  test('ranked bars stack one series per criterion', () => {
    const option = rankingOption(
      [
        { label: 'A', contributions: { imp: 0.5, urg: 0.25 } },
        { label: 'B', contributions: { imp: 0.1 } },
      ],
      [
        { code: 'imp', name: 'Importance' },
        { code: 'urg', name: 'Urgency' },
      ],
    ) as { series: Array<{ name: string; stack: string; data: number[] }> };
    expect(option.series.map((s) => s.name)).toEqual(['Importance', 'Urgency']);
    expect(option.series[1]!.data).toEqual([0.25, 0]);
    expect(new Set(option.series.map((s) => s.stack)).size).toBe(1);
  });
});
