import { describe, expect, it } from 'vitest';
import { type KpiInput, type KpiThresholds, kpiStatus } from '../../../src/engine/planning/kpi.ts';

function assess(input: KpiInput, thresholds?: KpiThresholds) {
  const result = kpiStatus(input, thresholds);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('KPI status', () => {
  // Baseline 40 → target 60: progress = (actual − 40) / 20.
  const up = { direction: 'higher-is-better', baseline: 40, target: 60 } as const;
  // Baseline 100 → target 80: progress = (actual − 100) / −20.
  const down = { direction: 'lower-is-better', baseline: 100, target: 80 } as const;

  it.each([
    [up, 60, 'green', 1],
    [up, 65, 'green', 1.25],
    [up, 55, 'amber', 0.75],
    [up, 50, 'amber', 0.5],
    [up, 45, 'red', 0.25],
    [up, 30, 'red', -0.5],
    [down, 80, 'green', 1],
    [down, 75, 'green', 1.25],
    [down, 85, 'amber', 0.75],
    [down, 110, 'red', -0.5],
  ] as const)('%o with actual %d is %s (progress %d)', (kpi, actual, status, progress) => {
    const r = assess({ ...kpi, actual });
    expect(r.status).toBe(status);
    expect(r.progress).toBeCloseTo(progress, 12);
  });

  it('judges against the progress expected by now', () => {
    // Two years into five: 40 % of the way expected.
    expect(assess({ ...up, actual: 48, expectedProgress: 0.4 }).status).toBe('green'); // 0.4 / 0.4
    expect(assess({ ...up, actual: 44, expectedProgress: 0.4 }).status).toBe('amber'); // 0.2 / 0.4
    expect(assess({ ...up, actual: 43, expectedProgress: 0.4 }).status).toBe('red'); // 0.15 / 0.4
  });

  it('uses configurable thresholds', () => {
    const strict = { greenAt: 0.9, amberAt: 0.8 };
    expect(assess({ ...up, actual: 58 }, strict).status).toBe('green'); // 0.9
    expect(assess({ ...up, actual: 55 }, strict).status).toBe('red'); // 0.75
  });

  it('treats target = baseline as maintain-or-better in the stated direction', () => {
    const keep = { baseline: 95, target: 95 };
    expect(assess({ ...keep, direction: 'higher-is-better', actual: 96 }).status).toBe('green');
    expect(assess({ ...keep, direction: 'higher-is-better', actual: 94 }).status).toBe('red');
    expect(assess({ ...keep, direction: 'lower-is-better', actual: 94 }).status).toBe('green');
    expect(assess({ ...keep, direction: 'lower-is-better', actual: 95 }).progress).toBeNull();
  });

  it('rejects a target on the wrong side, bad thresholds and non-finite values', () => {
    expect(kpiStatus({ direction: 'higher-is-better', baseline: 60, target: 40, actual: 50 }).ok).toBe(false);
    expect(kpiStatus({ ...up, actual: 50 }, { greenAt: 0.5, amberAt: 0.9 }).ok).toBe(false);
    expect(kpiStatus({ ...up, actual: Number.NaN }).ok).toBe(false);
    expect(kpiStatus({ ...up, actual: 50, expectedProgress: 0 }).ok).toBe(false);
  });
});
