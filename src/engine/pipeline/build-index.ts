import { aggregateAll } from '../aggregate/aggregate.ts';
import { createMatrix, type Matrix, selectRows } from '../core/matrix.ts';
import { type EngineIssue, issue, ok, type Result } from '../core/result.ts';
import type { Coin } from '../core/structure.ts';
import { denominate } from '../denominate/denominate.ts';
import { imputeEm } from '../impute/impute-em.ts';
import { imputeByColumn, imputeByDataFrame, imputeByGroup, imputeByRow } from '../impute/impute-simple.ts';
import { normalise } from '../normalise/normalise.ts';
import { rankDescendingMin } from '../rank/rank.ts';
import { screenUnits } from '../screen/screen-units.ts';
import type { TreatDetails } from '../treat/treat.ts';
import { treatDataset } from '../treat/treat-dataset.ts';
import { type CompiledIndex, compileIndex } from './compile.ts';
import type { IndexSpec } from './spec.ts';

/** Everything a build produces. Matrices are units × columns, column-major, NaN = missing. */
export interface IndexResult {
  /** Units after screening, in iData order. */
  unitCodes: string[];
  /** Row of each kept unit in the coin's iData. */
  keptUnits: Int32Array;
  /** Node codes: column j of `scores`/`ranks` is node j (indicators first, then each level up). */
  codes: string[];
  /**
   * Indicator data sets (units × indicators) after each step; a skipped step repeats the previous
   * one. Data sets before screening have every coin unit; with `screen.afterImpute`, `imputed` is
   * the screened rows of the imputed data and `screened` the same matrix.
   */
  datasets: {
    raw: Matrix;
    denominated: Matrix;
    screened: Matrix;
    imputed: Matrix;
    treated: Matrix;
    normalised: Matrix;
  };
  /** COINr "Aggregated": normalised indicators plus every aggregate, units × nodes. */
  scores: Matrix;
  /** rank(−score, ties "min", NA keep) per column: 1 = best. */
  ranks: Matrix;
  /** Treatment details per indicator (null = not treated), when treatment ran. */
  treatment: (TreatDetails | null)[] | null;
  /** Non-fatal findings, e.g. an indicator still failing skew/kurtosis after treatment. */
  warnings: EngineIssue[];
}

export interface RunOptions {
  /** Replaces the compiled weights (one per node, within-parent), e.g. for a Monte Carlo draw. */
  weights?: Float64Array;
  /** Skip computing ranks for every column (only the top-level ones are ranked) to save time. */
  ranksTopOnly?: boolean;
}

function impute(c: CompiledIndex, data: Matrix): Matrix {
  const spec = c.impute;
  if (!spec) return data;
  const s = c.coin.structure;
  switch (spec.method) {
    case 'em':
      return imputeEm(data, {
        maxIterations: spec.maxIterations ?? 50,
        tolerance: spec.tolerance ?? 1e-4,
        ridge: 0.1,
      });
    case 'i_mean_grp':
    case 'i_median_grp':
      return imputeByGroup(data, spec.method === 'i_mean_grp' ? 'mean' : 'median', c.imputeGroups!);
    default: {
      const centre = spec.method === 'i_mean' ? 'mean' : 'median';
      if (spec.by === 'row')
        return imputeByRow(data, centre, s.parent.subarray(0, s.nIndicators), spec.normaliseFirst ?? false);
      if (spec.by === 'df') return imputeByDataFrame(data, centre, spec.normaliseFirst ?? false);
      return imputeByColumn(data, centre);
    }
  }
}

/** Runs a compiled spec. Pure and deterministic; allocates only the output data sets. */
export function runIndex(c: CompiledIndex, options: RunOptions = {}): IndexResult {
  const coin = c.coin;
  const s = coin.structure;
  const warnings: EngineIssue[] = [];
  const raw = coin.raw;
  const denominated = c.denominatorOf ? denominate(raw, coin.denominators, c.denominatorOf) : raw;

  const all = Int32Array.from(coin.unitCodes.keys());
  const screenRows = (data: Matrix): { kept: Int32Array; data: Matrix } => {
    if (!c.screen) return { kept: all, data };
    const kept = screenUnits(data, c.screen);
    return { kept, data: kept.length < all.length ? selectRows(data, kept) : data };
  };
  let keptUnits: Int32Array;
  let screened: Matrix;
  let imputed: Matrix;
  if (c.screen?.afterImpute) {
    // COINr's example order (Impute, then Screen): impute over all units, then drop rows
    ({ kept: keptUnits, data: screened } = screenRows(impute(c, denominated)));
    imputed = screened;
  } else {
    ({ kept: keptUnits, data: screened } = screenRows(denominated));
    const groups =
      c.imputeGroups && keptUnits.length < all.length
        ? Array.from(keptUnits, (u) => c.imputeGroups![u]!)
        : c.imputeGroups;
    imputed = impute(groups === c.imputeGroups ? c : { ...c, imputeGroups: groups }, screened);
  }
  const n = keptUnits.length;

  let treated = imputed;
  let treatment: (TreatDetails | null)[] | null = null;
  if (c.treat) {
    const t = treatDataset(imputed, c.treat, s.codes);
    treated = t.treated;
    treatment = t.details;
    warnings.push(...t.warnings);
  }

  const plan =
    n === coin.unitCodes.length
      ? c.normalise
      : c.normalise.map((p) => ({ ...p, refRow: p.refRow < 0 ? -1 : keptUnits.indexOf(p.refRow) }));
  const undefinedCells = new Int32Array(s.nIndicators);
  const normalised = normalise(treated, plan, undefinedCells);
  for (let j = 0; j < s.nIndicators; j++) {
    if (undefinedCells[j]! === 0) continue;
    const message = `'${s.codes[j]}': normalisation is undefined for ${undefinedCells[j]} value(s), left missing`;
    warnings.push(issue('normalise-undefined', message, { column: s.codes[j]! }));
  }

  const scores = createMatrix(n, s.nNodes);
  scores.values.set(normalised.values);
  aggregateAll(scores.values, n, s, c.aggregation, options.weights ?? c.weights);

  const ranks = createMatrix(n, s.nNodes);
  const scratch = new Float64Array(n);
  const firstRanked = options.ranksTopOnly ? s.levelStart[s.nLevels - 1]! : 0;
  for (let j = firstRanked; j < s.nNodes; j++)
    rankDescendingMin(
      scores.values.subarray(j * n, (j + 1) * n),
      ranks.values.subarray(j * n, (j + 1) * n),
      scratch,
    );

  return {
    unitCodes: Array.from(keptUnits, (u) => coin.unitCodes[u]!),
    keptUnits,
    codes: s.codes,
    datasets: { raw, denominated, screened, imputed, treated, normalised },
    scores,
    ranks,
    treatment,
    warnings,
  };
}

/** Validates `spec` and runs the whole pipeline once (compileIndex + runIndex). */
export function buildIndex(coin: Coin, spec: IndexSpec = {}): Result<IndexResult> {
  const compiled = compileIndex(coin, spec);
  if (!compiled.ok) return compiled;
  return ok(runIndex(compiled.value));
}
