/**
 * Defaults and validation for SVR hyper-parameters. Defaults are LIBSVM 3.24's `svm-train`
 * defaults, so a caller who sets nothing gets what `svm-train -s 3 -t 2` would do.
 */
import { type EngineIssue, fail, issue, ok, type Result } from '../core/result.ts';
import type { SvrParams } from './types.ts';

export function defaultSvrParams(nFeatures: number): SvrParams {
  return {
    C: 1,
    epsilon: 0.1,
    gamma: nFeatures > 0 ? 1 / nFeatures : 1,
    tolerance: 0.001,
    shrinking: true,
    cacheSizeMb: 100,
  };
}

/** Fills unset parameters with defaults and rejects values LIBSVM would reject (or loop on). */
export function resolveSvrParams(given: Partial<SvrParams>, nFeatures: number): Result<SvrParams> {
  const params: SvrParams = { ...defaultSvrParams(nFeatures), ...given };
  const errors: EngineIssue[] = [];
  const positive = (name: keyof SvrParams, value: number) => {
    if (!(Number.isFinite(value) && value > 0)) {
      errors.push(issue('svr-bad-param', `${name} must be a finite number > 0, got ${value}`));
    }
  };
  positive('C', params.C);
  positive('gamma', params.gamma);
  positive('tolerance', params.tolerance);
  positive('cacheSizeMb', params.cacheSizeMb);
  if (!(Number.isFinite(params.epsilon) && params.epsilon >= 0)) {
    errors.push(issue('svr-bad-param', `epsilon must be a finite number >= 0, got ${params.epsilon}`));
  }
  return errors.length > 0 ? fail(errors) : ok(params);
}
