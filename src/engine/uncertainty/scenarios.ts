import { type EngineIssue, fail, ok, type Result } from '../core/result.ts';
import type { Coin } from '../core/structure.ts';
import { buildIndex, type IndexResult } from '../pipeline/build-index.ts';
import type { IndexSpec } from '../pipeline/spec.ts';
import { setAtAddress } from './address.ts';

/** One row of a scenario table: a name and the explicit values it sets in the build spec. */
export interface Scenario {
  name: string;
  /** address -> value, e.g. { normalise: { method: 'n_zscore' }, 'weights.source': 'equal' }. */
  choices: Record<string, unknown>;
}

export interface ScenarioResult {
  name: string;
  /** The full build of this scenario (every node's scores and ranks). */
  result: IndexResult;
}

/**
 * Builds every scenario exactly (no sampling): the base spec with the row's choices applied in
 * column order. All scenarios are checked before any result is returned; problems carry the
 * scenario name in `column`.
 */
export function runScenarios(
  coin: Coin,
  baseSpec: IndexSpec,
  scenarios: readonly Scenario[],
): Result<ScenarioResult[]> {
  const errors: EngineIssue[] = [];
  const results: ScenarioResult[] = [];
  for (const scenario of scenarios) {
    let spec = baseSpec;
    for (const [address, value] of Object.entries(scenario.choices))
      spec = setAtAddress(spec, address, value);
    const built = buildIndex(coin, spec);
    if (built.ok) results.push({ name: scenario.name, result: built.value });
    else
      for (const e of built.errors)
        errors.push({ ...e, column: `scenario ${scenario.name}${e.column ? `: ${e.column}` : ''}` });
  }
  return errors.length > 0 ? fail(errors) : ok(results);
}
