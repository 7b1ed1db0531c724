import type { IndexSpec } from '../../src/engine/pipeline/spec.ts';

/**
 * One ASEM build per method: the golden files under test/golden/engine/<name>.csv hold the full
 * scores matrix of each (written by scripts/write-engine-goldens.ts). They only guard against
 * regressions; each method's correctness is tested against its formula in the unit tests.
 */
export const GOLDEN_CASES: Record<string, IndexSpec> = {
  default: {},
  /** COINr's build_example_coin; its published results are checked in pipeline/coinr-example.test.ts. */
  'coinr-example': {
    denominate: true,
    impute: { method: 'i_mean_grp', groupColumn: 'EurAsia_group' },
    screen: { by: 'byNA', datThresh: 0.9, afterImpute: true },
    treat: { method: 'default', winmax: 5 },
  },
  denominate: { denominate: true },
  'screen-byNA': { screen: { by: 'byNA', datThresh: 0.9 } },
  'impute-mean': { impute: { method: 'i_mean' } },
  'impute-median': { impute: { method: 'i_median' } },
  'impute-mean-row': { impute: { method: 'i_mean', by: 'row', normaliseFirst: true } },
  'impute-median-df': { impute: { method: 'i_median', by: 'df', normaliseFirst: true } },
  'impute-mean-grp': { impute: { method: 'i_mean_grp', groupColumn: 'EurAsia_group' } },
  'impute-median-grp': { impute: { method: 'i_median_grp', groupColumn: 'GDPpc_group' } },
  'impute-em': { impute: { method: 'em' } },
  'treat-default': { treat: { method: 'default' } },
  'treat-log-ct-plus': { treat: { method: 'default', f2: 'log_CT_plus', winmax: 2 } },
  'treat-boxcox-overrides': {
    treat: {
      method: 'default',
      f2: 'boxcox',
      boxcoxLambda: 0,
      winmax: 1,
      overrides: { Flights: 'none', Goods: { winmax: 5 } },
    },
  },
  'normalise-zscore': { normalise: { method: 'n_zscore', mSd: [10, 2] } },
  'normalise-scaled': { normalise: { method: 'n_scaled', npara: [0, 50] } },
  'normalise-goalposts': { normalise: { method: 'n_goalposts', gposts: [0, 50, 100] } },
  'normalise-rank': { normalise: { method: 'n_rank' } },
  'normalise-borda': { normalise: { method: 'n_borda' } },
  'normalise-prank': { normalise: { method: 'n_prank' } },
  'normalise-fracmax': { normalise: { method: 'n_fracmax' } },
  'normalise-dist2max': { normalise: { method: 'n_dist2max' } },
  'normalise-dist2ref': { normalise: { method: 'n_dist2ref', iref: 'AUT', capMax: true } },
  'normalise-dist2targ': { normalise: { method: 'n_dist2targ', capMax: true } },
  'weights-equal': { weights: { source: 'equal', values: { Conn: 2 } } },
  'aggregate-gmean': { normalise: { method: 'n_minmax', lu: [1, 100] }, aggregate: { method: 'a_gmean' } },
  'aggregate-gmean-offset': { aggregate: { method: 'a_gmean', offset: 1 } },
  'aggregate-hmean': { normalise: { method: 'n_minmax', lu: [1, 100] }, aggregate: { method: 'a_hmean' } },
  'aggregate-genmean': { aggregate: { method: 'a_genmean', p: 0.5 } },
  'aggregate-wmedian': { aggregate: { method: 'a_wmedian' } },
  'aggregate-copeland': {
    aggregate: { method: 'a_copeland', byLevel: { 3: { method: 'a_amean' }, 4: { method: 'a_amean' } } },
  },
  'aggregate-bod': { impute: { method: 'i_mean' }, aggregate: { method: 'a_bod', scale: 100 } },
  'aggregate-mixed': {
    aggregate: {
      method: 'a_amean',
      datThresh: 0.5,
      byLevel: { 4: { method: 'a_gmean' } },
      byGroup: { Social: { method: 'a_wmedian' } },
    },
  },
};

const asemFile = (name: string) => new URL(`../../data/asem/${name}`, import.meta.url).pathname;

/** `citybench index analyse` flags for the analysis goldens (test/golden/engine/analysis/). */
export const ANALYSIS_GOLDEN_ARGS = [
  '--data',
  asemFile('ASEM_iData.csv'),
  '--meta',
  asemFile('ASEM_iMeta.csv'),
  '--with-parent',
  'family',
  '--removal-level',
  '2',
];
