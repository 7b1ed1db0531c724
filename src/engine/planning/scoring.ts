/**
 * Weighted scoring of candidate tasks (reference §3.3): each criterion has a weight (e.g. from
 * AHP), a score scale [min, max] and a direction. A score s is first put on 0–1:
 *   benefit criterion: (s − min) / (max − min)      cost criterion (inverse): (max − s) / (max − min)
 * and the task's total is Σ wⱼ · normⱼ / Σ wⱼ, so totals lie in [0, 1] whatever the weights sum to.
 *
 * Ranking is by total, highest first, with standard competition ranks ("1224"): tasks whose totals
 * differ by at most `tieTolerance` share a rank and the next rank skips. Equal totals are listed by id
 * so the order is reproducible.
 */
import { type EngineIssue, fail, issue, ok, type Result } from '../core/result.ts';
import type { Horizon } from './plan-tree.ts';

export interface Criterion {
  id: string;
  weight: number;
  /** `cost` for inverse criteria such as cost or risk, where a lower score is better. */
  direction: 'benefit' | 'cost';
  scale: { min: number; max: number };
}

export interface Candidate {
  id: string;
  /** One score per criterion id, on that criterion's scale. */
  scores: Readonly<Record<string, number>>;
}

export interface RankedTask {
  id: string;
  /** Weighted total on 0–1. */
  total: number;
  /** Competition rank, 1 = best. */
  rank: number;
  /** True when another task shares this rank. */
  tied: boolean;
}

export interface ScoringOptions {
  /** Totals closer than this count as tied. Default 1e-9 (float noise only). */
  tieTolerance?: number;
}

function checkCriteria(criteria: readonly Criterion[]): EngineIssue[] {
  const errors: EngineIssue[] = [];
  if (criteria.length === 0) errors.push(issue('no-criteria', 'at least one criterion is needed'));
  const ids = new Set<string>();
  for (const c of criteria) {
    if (ids.has(c.id)) errors.push(issue('duplicate-criterion', `criterion '${c.id}' appears twice`));
    ids.add(c.id);
    if (!Number.isFinite(c.weight) || c.weight < 0)
      errors.push(issue('bad-weight', `criterion '${c.id}' needs a finite non-negative weight`));
    if (!(Number.isFinite(c.scale.min) && Number.isFinite(c.scale.max) && c.scale.max > c.scale.min))
      errors.push(issue('bad-scale', `criterion '${c.id}' needs a scale with max > min`));
  }
  if (criteria.length > 0 && criteria.every((c) => c.weight === 0))
    errors.push(issue('zero-weights', 'the criteria weights are all zero'));
  return errors;
}

export function scoreCandidates(
  criteria: readonly Criterion[],
  candidates: readonly Candidate[],
  options: ScoringOptions = {},
): Result<RankedTask[]> {
  const errors = checkCriteria(criteria);
  if (errors.length > 0) return fail(errors);
  const weightSum = criteria.reduce((s, c) => s + c.weight, 0);
  const ids = new Set<string>();
  const totals: { id: string; total: number }[] = [];
  for (const task of candidates) {
    if (ids.has(task.id)) errors.push(issue('duplicate-task', `task '${task.id}' appears twice`));
    ids.add(task.id);
    let total = 0;
    for (const c of criteria) {
      const s = task.scores[c.id];
      if (s === undefined || !Number.isFinite(s) || s < c.scale.min || s > c.scale.max) {
        errors.push(
          issue(
            'bad-score',
            `task '${task.id}': score for '${c.id}' must lie in [${c.scale.min}, ${c.scale.max}]`,
          ),
        );
        continue;
      }
      const span = c.scale.max - c.scale.min;
      const norm = c.direction === 'benefit' ? (s - c.scale.min) / span : (c.scale.max - s) / span;
      total += c.weight * norm;
    }
    totals.push({ id: task.id, total: total / weightSum });
  }
  if (errors.length > 0) return fail(errors);
  return ok(rankByTotal(totals, options.tieTolerance ?? 1e-9));
}

/** Competition ranks over totals, highest first; ties within `tolerance` share a rank. */
export function rankByTotal(
  totals: readonly { id: string; total: number }[],
  tolerance: number,
): RankedTask[] {
  const sorted = [...totals].sort((a, b) => b.total - a.total || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ranked: RankedTask[] = [];
  // Compare with the first task of the current tie group so ties do not chain beyond tolerance.
  let leader: RankedTask | undefined;
  sorted.forEach((task, position) => {
    const tiesLeader = leader !== undefined && leader.total - task.total <= tolerance;
    const entry = {
      id: task.id,
      total: task.total,
      rank: tiesLeader ? leader!.rank : position + 1,
      tied: false,
    };
    if (!tiesLeader) leader = entry;
    ranked.push(entry);
  });
  const perRank = new Map<number, number>();
  for (const task of ranked) perRank.set(task.rank, (perRank.get(task.rank) ?? 0) + 1);
  for (const task of ranked) task.tied = perRank.get(task.rank)! > 1;
  return ranked;
}

/**
 * Horizon rules. Higher priority goes earlier: ISP roadmaps put the most important tasks in the
 * short term.
 * - `rank`: rank ≤ shortMaxRank → short, ≤ midMaxRank → mid, else long. Tied tasks share a rank,
 *   so they always land in the same horizon.
 * - `score`: total ≥ shortMinTotal → short, ≥ midMinTotal → mid, else long.
 */
export type HorizonRule =
  | { by: 'rank'; shortMaxRank: number; midMaxRank: number }
  | { by: 'score'; shortMinTotal: number; midMinTotal: number };

export function assignHorizons(
  ranked: readonly RankedTask[],
  rule: HorizonRule,
): Result<{ id: string; horizon: Horizon }[]> {
  const ordered =
    rule.by === 'rank'
      ? Number.isFinite(rule.shortMaxRank) && rule.shortMaxRank <= rule.midMaxRank
      : Number.isFinite(rule.midMinTotal) && rule.shortMinTotal >= rule.midMinTotal;
  if (!ordered)
    return fail([
      issue('bad-horizon-rule', 'the short-term threshold must be stricter than the mid-term one'),
    ]);
  return ok(
    ranked.map((task) => {
      if (rule.by === 'rank') {
        const horizon: Horizon =
          task.rank <= rule.shortMaxRank ? 'short' : task.rank <= rule.midMaxRank ? 'mid' : 'long';
        return { id: task.id, horizon };
      }
      const horizon: Horizon =
        task.total >= rule.shortMinTotal ? 'short' : task.total >= rule.midMinTotal ? 'mid' : 'long';
      return { id: task.id, horizon };
    }),
  );
}
