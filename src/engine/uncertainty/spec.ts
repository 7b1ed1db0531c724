import { type EngineIssue, fail, issue, ok, type Result } from '../core/result.ts';

/**
 * A declarative, JSON-able uncertainty/sensitivity specification: the list of uncertain inputs.
 * Each input is driven by one uniform number per run (which is what the Sobol design needs).
 *
 * - `alternatives`: the value at `address` in the build spec is one of these, equally likely
 *   (normalisation, aggregation, imputation, treatment, any spec field);
 * - `uniform`: the number at `address` is uniform on [lo, hi];
 * - `weightNoise`: weights on the given levels (default every level below the top) are each
 *   multiplied by 1 + noise U, U uniform on [-1, 1); `sets` such weight sets are drawn up front
 *   from the job seed and the input picks one (COINr get_noisy_weights with Nrep = sets);
 * - `exclude`: either no indicator or one of the listed ones gets weight 0, each with
 *   probability 1 / (Q + 1) (Handbook trigger X3).
 */
export type UncertainInputSpec =
  | { name: string; address: string; alternatives: unknown[] }
  | { name: string; address: string; uniform: [number, number] }
  | { name: string; weightNoise: number; levels?: number[]; sets?: number }
  | { name: string; exclude: string[] };

export interface UncertaintySpec {
  inputs: UncertainInputSpec[];
  /** Code of the node whose ranks are analysed; default the (first) top-level node. */
  target?: string;
}

/** Sections of an IndexSpec an address may start with. */
export const SPEC_SECTIONS = [
  'denominate',
  'screen',
  'impute',
  'treat',
  'normalise',
  'weights',
  'aggregate',
] as const;

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Checks the shape of an uncertainty spec; every problem is reported, with its JSON path. */
export function validateUncertaintySpec(raw: unknown): Result<UncertaintySpec> {
  const errors: EngineIssue[] = [];
  const bad = (path: string, message: string) =>
    errors.push(issue('uncertainty-spec', message, { column: path }));
  if (!isObject(raw)) return fail([issue('uncertainty-spec', 'the uncertainty spec must be a JSON object')]);
  if (raw.target !== undefined && typeof raw.target !== 'string') bad('target', 'target must be a node code');
  if (!Array.isArray(raw.inputs) || raw.inputs.length === 0)
    bad('inputs', 'inputs must be a non-empty array');
  const names = new Set<string>();
  const inputs = Array.isArray(raw.inputs) ? raw.inputs : [];
  for (const [i, input] of inputs.entries() as IterableIterator<[number, unknown]>) {
    const at = `inputs.${i}`;
    if (!isObject(input)) {
      bad(at, 'each input must be an object');
      continue;
    }
    if (typeof input.name !== 'string' || input.name === '') bad(`${at}.name`, 'name is required');
    else if (names.has(input.name)) bad(`${at}.name`, `duplicate input name '${input.name}'`);
    else names.add(input.name);
    const kinds = ['alternatives', 'uniform', 'weightNoise', 'exclude'].filter((k) => k in input);
    if (kinds.length !== 1) {
      bad(at, 'give exactly one of alternatives, uniform, weightNoise or exclude');
      continue;
    }
    if ('alternatives' in input || 'uniform' in input) {
      const address = input.address;
      if (
        typeof address !== 'string' ||
        !SPEC_SECTIONS.some((s) => address === s || address.startsWith(`${s}.`))
      )
        bad(`${at}.address`, `address must start with one of ${SPEC_SECTIONS.join(', ')}`);
    }
    if ('alternatives' in input && !(Array.isArray(input.alternatives) && input.alternatives.length >= 1))
      bad(`${at}.alternatives`, 'alternatives must be a non-empty array');
    if ('uniform' in input) {
      const u = input.uniform;
      if (
        !(Array.isArray(u) && u.length === 2 && isFiniteNumber(u[0]) && isFiniteNumber(u[1]) && u[0] < u[1])
      )
        bad(`${at}.uniform`, 'uniform must be [lo, hi] with lo < hi');
    }
    if ('weightNoise' in input) {
      if (!(isFiniteNumber(input.weightNoise) && input.weightNoise > 0 && input.weightNoise <= 1))
        bad(`${at}.weightNoise`, 'weightNoise must be in (0, 1], e.g. 0.25 for +-25 %');
      if (input.sets !== undefined && !(Number.isInteger(input.sets) && (input.sets as number) >= 1))
        bad(`${at}.sets`, 'sets must be a positive integer');
      if (
        input.levels !== undefined &&
        !(Array.isArray(input.levels) && input.levels.every((l) => Number.isInteger(l) && l >= 1))
      )
        bad(`${at}.levels`, 'levels must be an array of level numbers (1 = indicators)');
    }
    if (
      'exclude' in input &&
      !(
        Array.isArray(input.exclude) &&
        input.exclude.length >= 1 &&
        input.exclude.every((c) => typeof c === 'string')
      )
    )
      bad(`${at}.exclude`, 'exclude must be a non-empty array of indicator codes');
  }
  return errors.length > 0 ? fail(errors) : ok(raw as unknown as UncertaintySpec);
}
