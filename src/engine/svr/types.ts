/**
 * Shapes used by the epsilon-SVR (support vector regression) in this folder.
 *
 * Features are ROW-MAJOR (unlike the engine's column-major `Matrix`): the solver asks for whole
 * kernel rows, and one training example must be a contiguous slice for the dot products.
 */

/** Training or query examples: `nRows` examples by `nFeatures` features, row-major. */
export interface SvrData {
  nRows: number;
  nFeatures: number;
  /** Cell (example i, feature f) is `features[i * nFeatures + f]`. Length nRows * nFeatures. */
  features: Float64Array;
}

/** Hyper-parameters, named after LIBSVM's `svm-train` options. */
export interface SvrParams {
  /** `-c`: penalty on errors beyond the tube. LIBSVM default 1. */
  C: number;
  /** `-p`: half-width of the epsilon-insensitive tube. LIBSVM default 0.1. */
  epsilon: number;
  /** `-g`: RBF width in exp(-gamma * |x - y|^2). LIBSVM default 1 / nFeatures. */
  gamma: number;
  /** `-e`: stopping tolerance on the maximal KKT violation. LIBSVM default 0.001. */
  tolerance: number;
  /** `-h`: shrinking heuristics on or off. LIBSVM default on. */
  shrinking: boolean;
  /** `-m`: kernel row cache budget in MB. Changes speed only, never the result. Default 100. */
  cacheSizeMb: number;
}

/** A trained model: f(x) = sum_k coefficients[k] * K(sv_k, x) - rho. */
export interface SvrModel {
  nFeatures: number;
  gamma: number;
  /** 0-based indices of the support vectors in the training data, ascending (LIBSVM's order). */
  supportIndices: Int32Array;
  /** alpha_k - alpha*_k for each support vector, in the order of `supportIndices`. */
  coefficients: Float64Array;
  /** The support vectors' features, row-major, copied so the model outlives the training data. */
  supportVectors: Float64Array;
  /** Bias with LIBSVM's sign convention: the decision value is sum - rho. */
  rho: number;
  /** Dual objective at the solution (LIBSVM prints it as `obj`). */
  objective: number;
  /** Solver iterations (LIBSVM prints it as `#iter`). */
  iterations: number;
  /** True when the solver stopped at LIBSVM's iteration cap rather than at the tolerance. */
  hitIterationLimit: boolean;
}
