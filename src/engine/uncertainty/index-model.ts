import { aggregateAll } from '../aggregate/aggregate.ts';
import { type EngineIssue, fail, issue, ok, type Result } from '../core/result.ts';
import { type Coin, nodeIndex } from '../core/structure.ts';
import { runIndex } from '../pipeline/build-index.ts';
import { type CompiledIndex, compileIndex } from '../pipeline/compile.ts';
import type { IndexSpec } from '../pipeline/spec.ts';
import { rankDescendingMin } from '../rank/rank.ts';
import { createRng, deriveSeed } from '../stats/rng.ts';
import { setAtAddress } from './address.ts';
import type { UncertaintyModel } from './monte-carlo.ts';
import type { UncertainInputSpec, UncertaintySpec } from './spec.ts';

/** How many noisy weight sets a weightNoise input draws when `sets` is not given. */
export const DEFAULT_WEIGHT_SETS = 100;

/** An uncertain input resolved against a coin: what one uniform number does to a run. */
type ResolvedInput =
  | {
      kind: 'spec';
      name: string;
      levels: number;
      valueAt: (u: number) => { address: string; value: unknown };
    }
  /** factors[set * nNodes + j] multiplies the weight of node j. */
  | { kind: 'noise'; name: string; levels: number; factors: Float64Array }
  /** node[k] is the excluded node of alternative k; -1 = none. */
  | { kind: 'exclude'; name: string; levels: number; nodes: Int32Array };

export interface IndexUncertaintyModel extends UncertaintyModel {
  inputNames: string[];
  /** Target node code and the coin's unit codes (scores are per coin unit; screened-out = NaN). */
  target: string;
  unitCodes: string[];
  nominalScores: Float64Array;
  nominalRanks: Float64Array;
}

const discreteIndex = (u: number, k: number) => Math.min(k - 1, Math.floor(u * k));

function resolveInput(
  input: UncertainInputSpec,
  at: string,
  coin: Coin,
  seed: number,
  inputIndex: number,
  errors: EngineIssue[],
): ResolvedInput | null {
  const s = coin.structure;
  if ('alternatives' in input) {
    const k = input.alternatives.length;
    return {
      kind: 'spec',
      name: input.name,
      levels: k,
      valueAt: (u) => ({ address: input.address, value: input.alternatives[discreteIndex(u, k)] }),
    };
  }
  if ('uniform' in input) {
    const [lo, hi] = input.uniform;
    return {
      kind: 'spec',
      name: input.name,
      levels: 0,
      valueAt: (u) => ({ address: input.address, value: lo + u * (hi - lo) }),
    };
  }
  if ('weightNoise' in input) {
    const levels = input.levels ?? Array.from({ length: s.nLevels - 1 }, (_, l) => l + 1);
    for (const l of levels)
      if (l > s.nLevels)
        errors.push(issue('uncertainty-spec', `there is no level ${l}`, { column: `${at}.levels` }));
    const sets = input.sets ?? DEFAULT_WEIGHT_SETS;
    // Drawn from the job seed (a stream apart from the per-run ones) so every worker agrees.
    const rng = createRng(deriveSeed(seed ^ 0x5bd1e995, inputIndex));
    const factors = new Float64Array(sets * s.nNodes).fill(1);
    for (let set = 0; set < sets; set++)
      for (let j = 0; j < s.nNodes; j++)
        if (levels.includes(s.level[j]!))
          factors[set * s.nNodes + j] = 1 + input.weightNoise * (2 * rng.uniform() - 1);
    return { kind: 'noise', name: input.name, levels: sets, factors };
  }
  const index = nodeIndex(s);
  const nodes = [-1];
  input.exclude.forEach((code, k) => {
    const j = index.get(code);
    if (j === undefined)
      errors.push(
        issue('uncertainty-spec', `'${code}' is not an indicator or aggregate`, {
          column: `${at}.exclude.${k}`,
        }),
      );
    else nodes.push(j);
  });
  return { kind: 'exclude', name: input.name, levels: nodes.length, nodes: Int32Array.from(nodes) };
}

/**
 * Wraps the index pipeline as an UncertaintyModel. Each run maps its uniforms to choices, builds
 * the spec, and runs it; compiled specs are cached per combination of spec choices (weights vary
 * without recompiling or re-normalising: see `Prepared` below). Every discrete alternative is
 * compiled once up front, so a bad alternative is an error before any run, not a silent NA.
 */
export function createIndexModel(
  coin: Coin,
  baseSpec: IndexSpec,
  spec: UncertaintySpec,
  seed: number,
): Result<IndexUncertaintyModel> {
  const s = coin.structure;
  const errors: EngineIssue[] = [];
  const inputs = spec.inputs.map((input, i) => resolveInput(input, `inputs.${i}`, coin, seed, i, errors));
  const targetCode = spec.target ?? s.codes[s.levelStart[s.nLevels - 1]!]!;
  const target = nodeIndex(s).get(targetCode);
  if (target === undefined)
    errors.push(issue('uncertainty-spec', `target '${targetCode}' is not a node code`, { column: 'target' }));
  const base = compileIndex(coin, baseSpec);
  if (!base.ok) return base;
  spec.inputs.forEach((input, i) => {
    if (!('alternatives' in input)) return;
    input.alternatives.forEach((value, k) => {
      const compiled = compileIndex(coin, setAtAddress(baseSpec, input.address, value));
      if (!compiled.ok)
        for (const e of compiled.errors)
          errors.push({ ...e, column: `inputs.${i}.alternatives.${k}${e.column ? ` (${e.column})` : ''}` });
    });
  });
  if (errors.length > 0 || target === undefined) return fail(errors);
  const resolved = inputs as ResolvedInput[];

  const nUnits = coin.unitCodes.length;
  /**
   * One entry per combination of spec choices: the compiled spec and its normalised data. In
   * runIndex weights enter only the aggregation, so a run re-aggregates the cached normalised
   * data with its own weights instead of repeating denominate..normalise (the result is the same
   * as runIndex with those weights; the index-model tests compare the two).
   */
  interface Prepared {
    compiled: CompiledIndex;
    normalised: Float64Array;
    keptUnits: Int32Array;
    scores: Float64Array;
  }
  const cache = new Map<string, Prepared | null>();
  const prepare = (compiled: CompiledIndex): Prepared => {
    const result = runIndex(compiled, { ranksTopOnly: true });
    const kept = result.keptUnits;
    return {
      compiled,
      normalised: result.datasets.normalised.values,
      keptUnits: kept,
      scores: new Float64Array(kept.length * s.nNodes),
    };
  };
  const preparedFor = (specInputs: { address: string; value: unknown }[]): Prepared | null => {
    const key = JSON.stringify(specInputs);
    let prepared = cache.get(key);
    if (prepared === undefined) {
      let runSpec = baseSpec;
      for (const c of specInputs) runSpec = setAtAddress(runSpec, c.address, c.value);
      const result = compileIndex(coin, runSpec);
      prepared = result.ok ? prepare(result.value) : null;
      if (cache.size >= 256) cache.clear(); // continuous inputs make every key new; bound the memory
      cache.set(key, prepared);
    }
    return prepared;
  };

  const scoresOf = (p: Prepared, weights: Float64Array): Float64Array => {
    const n = p.keptUnits.length;
    p.scores.set(p.normalised);
    aggregateAll(p.scores, n, s, p.compiled.aggregation, weights);
    const out = new Float64Array(nUnits).fill(Number.NaN);
    p.keptUnits.forEach((unit, r) => {
      out[unit] = p.scores[target * n + r]!;
    });
    return out;
  };

  const nominalScores = scoresOf(prepare(base.value), base.value.weights);
  const nominalRanks = new Float64Array(nUnits);
  rankDescendingMin(nominalScores, nominalRanks);

  const weights = new Float64Array(s.nNodes);
  return ok({
    dimensions: resolved.length,
    nUnits,
    inputNames: resolved.map((r) => r.name),
    target: targetCode,
    unitCodes: coin.unitCodes,
    nominalScores,
    nominalRanks,
    evaluate(u) {
      const specInputs: { address: string; value: unknown }[] = [];
      resolved.forEach((r, i) => {
        if (r.kind === 'spec') specInputs.push(r.valueAt(u[i]!));
      });
      const prepared = preparedFor(specInputs);
      if (!prepared) return null;
      weights.set(prepared.compiled.weights);
      resolved.forEach((r, i) => {
        if (r.kind === 'noise') {
          const set = discreteIndex(u[i]!, r.levels);
          for (let j = 0; j < s.nNodes; j++) weights[j]! *= r.factors[set * s.nNodes + j]!;
        }
      });
      // Exclusion last, so a noisy weight cannot bring an excluded indicator back.
      resolved.forEach((r, i) => {
        if (r.kind === 'exclude') {
          const node = r.nodes[discreteIndex(u[i]!, r.levels)]!;
          if (node >= 0) weights[node] = 0;
        }
      });
      const scores = scoresOf(prepared, weights);
      return scores.some((v) => !Number.isNaN(v)) ? scores : null;
    },
  });
}
