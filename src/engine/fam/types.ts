/**
 * Shapes of CityBench's factor assessment model (FAM): an open reading of Z/Yen's method that
 * combines survey ratings of centres with instrumental factors through per-respondent
 * epsilon-SVRs. See docs/methods/factor-assessment-model.md for which rule is Z/Yen's and which
 * is a CityBench assumption.
 */
import type { SvrParams } from '../svr/index.ts';

/** The instrumental factors: `nCities` x `nFactors`, row-major (city i, factor f at i * nFactors + f). */
export interface FactorTable {
  nFactors: number;
  values: Float64Array;
  /** 1 where the value is missing (the value is then ignored). Same layout as `values`. */
  missing: Uint8Array;
  /** +1: higher is better; -1: lower is better. One per factor. */
  polarity: Int8Array;
  /** Area index (into `EditionInput.areaNames`) of each factor. */
  area: Int32Array;
}

/** One survey assessment per index, as parallel typed arrays. */
export interface AssessmentTable {
  respondent: Int32Array;
  /** City index the respondent is based in, or -1 when unknown / not a listed city. */
  respondentHome: Int32Array;
  city: Int32Array;
  /** Index into `EditionInput.dimensionNames`. */
  dimension: Int32Array;
  /** On the rating scale, 1..10 by default (`FamParams.ratingMin`..`ratingMax`). */
  rating: Float64Array;
  /** Days between the assessment and the edition date (0 = on the day; older is larger). */
  ageDays: Float64Array;
}

export interface EditionInput {
  cityIds: readonly string[];
  /** Region label of each city, used for regional ranks. */
  cityRegion: readonly string[];
  areaNames: readonly string[];
  dimensionNames: readonly string[];
  nRespondents: number;
  factors: FactorTable;
  assessments: AssessmentTable;
}

export type DecaySpec = { kind: 'none' } | { kind: 'exponential'; halfLifeMonths: number };

/**
 * - `per-respondent`: each respondent with enough ratings gets their own SVR (the default).
 * - `pooled`: every respondent uses the pooled SVR shifted by their mean deviation.
 * - `actual-only`: no predictions; a city's rating is the mean of its actual ratings.
 */
export type PredictionMode = 'per-respondent' | 'pooled' | 'actual-only';

export interface FamParams {
  /** Assessments older than this many months (30.4375 days each) are dropped. Z/Yen: 24. */
  windowMonths: number;
  decay: DecaySpec;
  /** Drop every rating a respondent gives their own home city. Z/Yen: yes. */
  excludeHomeCity: boolean;
  /** Ranked only with at least this many in-window assessments from other cities. SCI: 7. */
  minAssessments: number;
  /** A respondent needs this many rated cities in a dimension for a personal SVR. */
  minRatingsForPersonalModel: number;
  predictionMode: PredictionMode;
  /** SVR hyper-parameters; gamma, if unset, is 1 / (number of factors in the model). */
  svr: Partial<SvrParams>;
  /** Predicted ratings are clamped to [ratingMin, ratingMax]. */
  ratingMin: number;
  ratingMax: number;
  /** Published-scale end points: score = scoreMin + (rating - ratingMin) * (scoreMax - scoreMin) / (ratingMax - ratingMin). */
  scoreMin: number;
  scoreMax: number;
  /** Bootstrap replicates over respondents; 0 turns the bootstrap off. */
  bootstrapReplicates: number;
  bootstrapSeed: number;
  /** Compute area sub-indices (one extra model per area). */
  areaSubIndices: boolean;
}

/** One model's results (the overall model or one area's). Ratings on 1..10, scores on 1..1000. */
export interface ModelScores {
  /** Rating per city and dimension: city i, dimension d at i * nDimensions + d. NaN if no data. */
  dimensionRating: Float64Array;
  /** Mean of the city's dimension ratings. */
  rating: Float64Array;
  /** `rating` mapped to the published scale. */
  score: Float64Array;
  /** 1 = best, ties share the best rank; 0 = not ranked (associate). */
  rank: Int32Array;
}

export interface BootstrapIntervals {
  replicates: number;
  seed: number;
  /** 5th and 95th percentile of each city's overall rank over the replicates; 0 if unranked. */
  rankP05: Float64Array;
  rankP95: Float64Array;
  /** Median rank over the replicates. */
  rankMedian: Float64Array;
}

export interface EditionResult {
  /** The parameters actually used (defaults filled in), so a result can say which assumptions made it. */
  params: FamParams;
  overall: ModelScores;
  /** One entry per area, in `areaNames` order (empty when areaSubIndices is off). */
  areas: ModelScores[];
  /** Rank within the city's region among ranked cities; 0 = not ranked. */
  regionRank: Int32Array;
  /** In-window assessments from respondents not based in the city (what the threshold counts). */
  assessmentsFromOthers: Int32Array;
  /** True when the city is below `minAssessments`: reported, not ranked. */
  associate: Uint8Array;
  bootstrap: BootstrapIntervals | null;
  diagnostics: EditionDiagnostics;
}

export interface EditionDiagnostics {
  assessmentsGiven: number;
  droppedOutsideWindow: number;
  droppedHomeCity: number;
  respondentsUsed: number;
  personalModels: number;
  pooledRespondents: number;
  /** SVR fits that stopped at LIBSVM's iteration cap (results still usable, but worth a look). */
  svrIterationLimitHits: number;
}
