/**
 * The declarative specification of an index build: what `buildIndex(coin, spec)` runs, in COINr's
 * order (Denominate → Screen → Impute → Treat → Normalise → weights → Aggregate → ranks).
 * Every field is optional; `{}` is COINr's default build: no denomination, no screening, no
 * imputation, no treatment, min-max to [0, 100], iMeta weights, arithmetic mean at every level.
 *
 * Method names are COINr's (`n_minmax`, `a_gmean`, …) so specs read like COINr calls. Codes
 * (indicator/aggregate iCodes, unit uCodes, group column codes) are checked by `compileIndex`,
 * which returns every problem as an EngineIssue with `column` set to the spec path
 * (e.g. `aggregate.byGroup.Foo`).
 *
 * For Monte Carlo: compile once per method combination, then re-run with new weights via
 * `runIndex(compiled, { weights })` (see build-index.ts); nothing is re-parsed.
 */

export interface IndexSpec {
  denominate?: DenominateSpec;
  screen?: ScreenSpec;
  impute?: ImputeSpec;
  treat?: TreatSpec;
  normalise?: NormaliseSpec;
  weights?: WeightsSpec;
  aggregate?: AggregateSpec;
}

/** COINr Denominate: divide indicator by a denominator column. `true` uses iMeta's Denominator column. */
export type DenominateSpec =
  | boolean
  | {
      /** Per-indicator denominator code (a column of Type Denominator), or null for none; overrides iMeta. */
      byIndicator?: Record<string, string | null>;
    };

/** COINr Screen: drop units with too little data. */
export interface ScreenSpec {
  by: 'byNA' | 'byzeros' | 'byNAandzeros';
  /** Minimum share of present indicator values (default 0.66). */
  datThresh?: number;
  /** Minimum share of non-zero values among the present ones (default 0.05). */
  nonzeroThresh?: number;
  /**
   * Screen the imputed data instead of screening before imputation (default false). COINr lets
   * the user order the steps; its ASEM example imputes first, then screens.
   */
  afterImpute?: boolean;
}

/** COINr Impute. `i_mean_grp`/`i_median_grp` need `groupColumn` (an iMeta Type "Group" code). */
export interface ImputeSpec {
  method: 'none' | 'i_mean' | 'i_median' | 'i_mean_grp' | 'i_median_grp' | 'em';
  /**
   * column (default): the indicator's mean/median over units; row: the unit's mean/median over the
   * indicators of the same aggregation group (parent); df: over the whole data set.
   * Ignored for `em` and the group methods (which are column-wise within the group).
   */
  by?: 'column' | 'row' | 'df';
  groupColumn?: string;
  /** For `by: 'row' | 'df'`: min-max each indicator to [0, 1] first, impute, then scale back (COINr normalise_first). */
  normaliseFirst?: boolean;
  /** For `em`: iteration cap (default 50) and convergence tolerance relative to each column sd (default 1e-4). */
  maxIterations?: number;
  tolerance?: number;
}

/** One indicator's treatment (COINr Treat global_specs / indiv_specs). */
export interface TreatMethodSpec {
  /** f1: `winsorise` (default) or `none`. */
  f1?: 'winsorise' | 'none';
  /** Max points winsorised (default 5). */
  winmax?: number;
  /** Pass test: |skew| < skewThresh OR kurtosis < kurtThresh (defaults 2 and 3.5). */
  skewThresh?: number;
  kurtThresh?: number;
  /** Winsorise up to winmax even when the indicator passes. */
  forceWin?: boolean;
  /** f2 if still failing after f1, applied to the ORIGINAL x unless `combine` (default `log_CT`). */
  f2?: 'log_CT' | 'log_CT_plus' | 'log_CT_orig' | 'boxcox' | 'none';
  /** Box-Cox lambda for `f2: 'boxcox'` (default 0.5). */
  boxcoxLambda?: number;
  /** COINr combine_treat: apply f2 to the winsorised x. */
  combine?: boolean;
}

export interface TreatSpec extends TreatMethodSpec {
  /** `none` skips treatment for every indicator (overrides may still treat some). */
  method: 'default' | 'none';
  /** Per-indicator settings replacing the global ones, or `none` for no treatment. */
  overrides?: Record<string, TreatMethodSpec | 'none'>;
}

export type NormaliseMethodSpec =
  | { method: 'n_minmax'; lu?: [number, number] }
  | { method: 'n_zscore'; mSd?: [number, number] }
  | { method: 'n_scaled'; npara: [number, number]; scaleFactor?: number }
  /** gposts [l, u, a] in raw units; truncate to the posts unless trunc = false. */
  | { method: 'n_goalposts'; gposts: [number, number, number]; trunc?: boolean }
  | { method: 'n_rank' }
  | { method: 'n_borda' }
  | { method: 'n_prank' }
  | { method: 'n_fracmax' }
  | { method: 'n_dist2max' }
  /** Reference unit by uCode. */
  | { method: 'n_dist2ref'; iref: string; capMax?: boolean }
  /** Target from iMeta `Target` (raw units) unless `targets` gives one per indicator code. */
  | { method: 'n_dist2targ'; capMax?: boolean; targets?: Record<string, number> }
  | { method: 'none' };

export type NormaliseSpec = NormaliseMethodSpec & {
  /** Per-indicator method replacing the global one. */
  overrides?: Record<string, NormaliseMethodSpec>;
};

/** Weights within each parent group; COINr normalises them over the present children. */
export interface WeightsSpec {
  /** `given` (default): iMeta Weight; `equal`: 1 for every node. */
  source?: 'given' | 'equal';
  /** Source for the nodes of one level only (key: level 1..top), e.g. equal pillar weights (COINr #42). */
  byLevel?: Record<number, 'given' | 'equal'>;
  /** Per-code weight replacing the source value (any level); applied last. */
  values?: Record<string, number>;
}

export type AggregateMethodSpec = (
  | { method: 'a_amean' }
  /** offset c: exp(Σw ln(x+c)/Σw) − c; default 0 (a zero child gives 0, see row-means.ts). */
  | { method: 'a_gmean'; offset?: number }
  | { method: 'a_hmean' }
  | { method: 'a_genmean'; p: number }
  | { method: 'a_wmedian' }
  | { method: 'a_copeland' }
  /** Benefit of the doubt; nominal weights ignored; result in [0, scale] (default scale 1). */
  | { method: 'a_bod'; scale?: number }
) & {
  /** Minimum share of present children for a unit to get a score (COINr dat_thresh; default 0 = any one). */
  datThresh?: number;
};

/**
 * Aggregation: the base method applies everywhere; `byLevel` (key: level number ≥ 2) replaces it
 * for every aggregate on that level, and `byGroup` (key: aggregate iCode) for one aggregate —
 * so different methods within one level are possible (COINr #35).
 */
export type AggregateSpec = AggregateMethodSpec & {
  byLevel?: Record<number, AggregateMethodSpec>;
  byGroup?: Record<string, AggregateMethodSpec>;
};
