/**
 * KPI status (red / amber / green) from a baseline, a target and an actual value.
 *
 * Rules:
 * 1. Progress is the share of the baseline-to-target distance covered:
 *      progress = (actual − baseline) / (target − baseline)
 *    The same formula serves both directions: for lower-is-better, target < baseline and a fall
 *    in the actual value gives positive progress. Progress can exceed 1 or be negative.
 * 2. The direction is stated, not guessed from the numbers; a target on the wrong side of the
 *    baseline (e.g. lower than baseline for higher-is-better) is an error.
 * 3. `expectedProgress` (default 1) is the share that should be reached by now, e.g. 0.4 two years
 *    into a five-year plan. The achievement ratio is progress / expectedProgress.
 * 4. Green when the ratio ≥ `greenAt` (default 1: on track), amber when ≥ `amberAt` (default 0.5),
 *    red otherwise.
 * 5. A maintenance KPI (target = baseline) has no distance to cover: green when the actual is at
 *    least as good as the target in the stated direction, red otherwise; progress is null.
 */
import { type EngineIssue, fail, issue, ok, type Result } from '../core/result.ts';

export type KpiDirection = 'higher-is-better' | 'lower-is-better';
export type KpiStatus = 'red' | 'amber' | 'green';

export interface KpiInput {
  direction: KpiDirection;
  baseline: number;
  target: number;
  actual: number;
  /** Share of the distance expected by now, in (0, 1]. Default 1. */
  expectedProgress?: number;
}

export interface KpiThresholds {
  greenAt: number;
  amberAt: number;
}

export const DEFAULT_KPI_THRESHOLDS: KpiThresholds = { greenAt: 1, amberAt: 0.5 };

export interface KpiAssessment {
  status: KpiStatus;
  /** Null for a maintenance KPI (target = baseline). */
  progress: number | null;
  /** progress / expectedProgress; null with progress. */
  achievement: number | null;
}

export function kpiStatus(
  input: KpiInput,
  thresholds: KpiThresholds = DEFAULT_KPI_THRESHOLDS,
): Result<KpiAssessment> {
  const { direction, baseline, target, actual } = input;
  const expected = input.expectedProgress ?? 1;
  const errors: EngineIssue[] = [];
  if (![baseline, target, actual].every(Number.isFinite))
    errors.push(issue('kpi-not-finite', 'baseline, target and actual must be finite numbers'));
  if (!(expected > 0 && expected <= 1))
    errors.push(issue('kpi-expected', 'expectedProgress must lie in (0, 1]'));
  if (!(Number.isFinite(thresholds.amberAt) && thresholds.amberAt <= thresholds.greenAt))
    errors.push(issue('kpi-thresholds', 'amberAt must be finite and not above greenAt'));
  const sign = direction === 'higher-is-better' ? 1 : -1;
  if (sign * (target - baseline) < 0)
    errors.push(
      issue('kpi-target-wrong-side', `the target is worse than the baseline for a ${direction} KPI`),
    );
  if (errors.length > 0) return fail(errors);

  if (target === baseline) {
    const met = sign * (actual - target) >= 0;
    return ok({ status: met ? 'green' : 'red', progress: null, achievement: null });
  }
  const progress = (actual - baseline) / (target - baseline);
  const achievement = progress / expected;
  const status: KpiStatus =
    achievement >= thresholds.greenAt ? 'green' : achievement >= thresholds.amberAt ? 'amber' : 'red';
  return ok({ status, progress, achievement });
}
