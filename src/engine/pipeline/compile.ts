import { AGG, type AggregationPlan } from '../aggregate/aggregate.ts';
import { type EngineIssue, fail, issue, ok, type Result } from '../core/result.ts';
import { type Coin, nodeIndex } from '../core/structure.ts';
import type { ColumnNormalisation } from '../normalise/normalise.ts';
import { DEFAULT_TREAT, type TreatOptions } from '../treat/treat.ts';
import { equalWeights, givenWeights } from '../weights/weights.ts';
import type {
  AggregateMethodSpec,
  ImputeSpec,
  IndexSpec,
  NormaliseMethodSpec,
  ScreenSpec,
  TreatMethodSpec,
} from './spec.ts';

/** A spec resolved against one coin: typed per-node plans, ready to run many times. */
export interface CompiledIndex {
  coin: Coin;
  spec: IndexSpec;
  /** Denominator column per indicator (−1 = none), or null when not denominating. */
  denominatorOf: Int32Array | null;
  screen: Required<ScreenSpec> | null;
  impute: ImputeSpec | null;
  /** Group label per unit for group imputation. */
  imputeGroups: string[] | null;
  /** Treatment per indicator, null = untreated. */
  treat: (TreatOptions | null)[] | null;
  /** Normalisation per indicator; `refRow` holds the ORIGINAL unit index until screening is known. */
  normalise: ColumnNormalisation[];
  weights: Float64Array;
  aggregation: AggregationPlan;
}

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function checkNormalise(s: NormaliseMethodSpec, path: string, coin: Coin, errors: EngineIssue[]): void {
  const bad = (message: string) => errors.push(issue('spec-normalise', message, { column: path }));
  switch (s.method) {
    case 'n_minmax':
      if (s.lu && !(s.lu.every(isFiniteNumber) && s.lu[0] < s.lu[1])) bad('lu must be [l, u] with l < u');
      break;
    case 'n_zscore':
      if (s.mSd && !(s.mSd.every(isFiniteNumber) && s.mSd[1] > 0)) bad('mSd must be [mean, sd] with sd > 0');
      break;
    case 'n_scaled':
      if (!(s.npara?.every(isFiniteNumber) && s.npara[0] !== s.npara[1]))
        bad('npara must be [l, u] with l ≠ u');
      break;
    case 'n_goalposts':
      if (!(s.gposts?.length === 3 && s.gposts.every(isFiniteNumber) && s.gposts[0] !== s.gposts[1]))
        bad('gposts must be [l, u, a] with l ≠ u');
      break;
    case 'n_dist2ref':
      if (!coin.unitCodes.includes(s.iref)) bad(`iref '${s.iref}' is not a uCode`);
      break;
    case 'n_dist2targ':
    case 'n_rank':
    case 'n_borda':
    case 'n_prank':
    case 'n_fracmax':
    case 'n_dist2max':
    case 'none':
      break;
    default:
      bad(`unknown normalisation method '${(s as { method: string }).method}'`);
  }
}

function aggCode(
  s: AggregateMethodSpec,
  path: string,
  errors: EngineIssue[],
): { method: number; param: number } {
  const bad = (message: string) => errors.push(issue('spec-aggregate', message, { column: path }));
  if (s.datThresh !== undefined && !(isFiniteNumber(s.datThresh) && s.datThresh >= 0 && s.datThresh <= 1))
    bad('datThresh must be in [0, 1]');
  switch (s.method) {
    case 'a_amean':
      return { method: AGG.amean, param: 0 };
    case 'a_gmean':
      if (s.offset !== undefined && !(isFiniteNumber(s.offset) && s.offset >= 0)) bad('offset must be ≥ 0');
      return { method: AGG.gmean, param: s.offset ?? 0 };
    case 'a_hmean':
      return { method: AGG.hmean, param: 0 };
    case 'a_genmean':
      if (!isFiniteNumber(s.p)) bad('p must be a finite number');
      return { method: AGG.genmean, param: s.p };
    case 'a_wmedian':
      return { method: AGG.wmedian, param: 0 };
    case 'a_copeland':
      return { method: AGG.copeland, param: 0 };
    case 'a_bod':
      if (s.scale !== undefined && !(isFiniteNumber(s.scale) && s.scale > 0)) bad('scale must be > 0');
      return { method: AGG.bod, param: s.scale ?? 1 };
    default:
      bad(`unknown aggregation method '${(s as { method: string }).method}'`);
      return { method: AGG.amean, param: 0 };
  }
}

function resolveTreat(base: TreatMethodSpec, path: string, errors: EngineIssue[]): TreatOptions {
  const o: TreatOptions = { ...DEFAULT_TREAT };
  for (const key of Object.keys(DEFAULT_TREAT) as (keyof TreatOptions)[]) {
    const v = base[key];
    if (v !== undefined) (o as unknown as Record<string, unknown>)[key] = v;
  }
  if (!(Number.isInteger(o.winmax) && o.winmax >= 0))
    errors.push(issue('spec-treat', 'winmax must be a whole number ≥ 0', { column: path }));
  if (!['winsorise', 'none'].includes(o.f1))
    errors.push(issue('spec-treat', `unknown f1 '${o.f1}'`, { column: path }));
  if (!['log_CT', 'log_CT_plus', 'log_CT_orig', 'boxcox', 'none'].includes(o.f2))
    errors.push(issue('spec-treat', `unknown f2 '${o.f2}'`, { column: path }));
  if (!isFiniteNumber(o.boxcoxLambda))
    errors.push(issue('spec-treat', 'boxcoxLambda must be finite', { column: path }));
  return o;
}

/**
 * Validates `spec` against `coin` and resolves it into per-node plans. Reports every problem at
 * once (unknown codes, bad parameters, impossible combinations).
 */
export function compileIndex(coin: Coin, spec: IndexSpec): Result<CompiledIndex> {
  const errors: EngineIssue[] = [];
  const s = coin.structure;
  const index = nodeIndex(s);
  const nInd = s.nIndicators;
  const isIndicator = (code: string) => (index.get(code) ?? nInd) < nInd;

  let denominatorOf: Int32Array | null = null;
  if (spec.denominate) {
    denominatorOf = new Int32Array(nInd).fill(-1);
    const byInd = typeof spec.denominate === 'object' ? (spec.denominate.byIndicator ?? {}) : {};
    for (const code of Object.keys(byInd))
      if (!isIndicator(code))
        errors.push(
          issue('spec-denominate', `'${code}' is not an indicator`, {
            column: `denominate.byIndicator.${code}`,
          }),
        );
    for (let i = 0; i < nInd; i++) {
      const code = s.codes[i]!;
      const d = code in byInd ? byInd[code] : s.denominator[i];
      if (d === null || d === undefined) continue;
      const k = coin.denominatorCodes.indexOf(d);
      if (k < 0)
        errors.push(
          issue('spec-denominate', `'${d}' is not a denominator column`, {
            column: `denominate.byIndicator.${code}`,
          }),
        );
      denominatorOf[i] = k;
    }
  }

  let screen: Required<ScreenSpec> | null = null;
  if (spec.screen) {
    screen = { datThresh: 0.66, nonzeroThresh: 0.05, afterImpute: false, ...spec.screen };
    if (!['byNA', 'byzeros', 'byNAandzeros'].includes(screen.by))
      errors.push(issue('spec-screen', `unknown screening '${screen.by}'`, { column: 'screen.by' }));
    for (const key of ['datThresh', 'nonzeroThresh'] as const)
      if (!(screen[key] >= 0 && screen[key] <= 1))
        errors.push(issue('spec-screen', `${key} must be in [0, 1]`, { column: `screen.${key}` }));
  }

  let impute: ImputeSpec | null = null;
  let imputeGroups: string[] | null = null;
  if (spec.impute && spec.impute.method !== 'none') {
    impute = spec.impute;
    const m = impute.method;
    if (!['i_mean', 'i_median', 'i_mean_grp', 'i_median_grp', 'em'].includes(m))
      errors.push(issue('spec-impute', `unknown imputation '${m}'`, { column: 'impute.method' }));
    if (impute.by && !['column', 'row', 'df'].includes(impute.by))
      errors.push(issue('spec-impute', `unknown impute-by '${impute.by}'`, { column: 'impute.by' }));
    if (m === 'i_mean_grp' || m === 'i_median_grp') {
      const g = coin.groupCodes.indexOf(impute.groupColumn ?? '');
      if (g < 0)
        errors.push(
          issue(
            'spec-impute',
            `groupColumn '${impute.groupColumn ?? ''}' is not a Group column (${coin.groupCodes.join(', ')})`,
            { column: 'impute.groupColumn' },
          ),
        );
      else imputeGroups = coin.groups[g]!;
    }
  }

  let treat: (TreatOptions | null)[] | null = null;
  if (spec.treat) {
    const t = spec.treat;
    if (t.method !== 'default' && t.method !== 'none')
      errors.push(issue('spec-treat', `unknown treatment '${t.method}'`, { column: 'treat.method' }));
    const global = t.method === 'none' ? null : resolveTreat(t, 'treat', errors);
    treat = Array.from({ length: nInd }, () => global);
    for (const [code, o] of Object.entries(t.overrides ?? {})) {
      const i = index.get(code);
      if (i === undefined || i >= nInd) {
        errors.push(
          issue('spec-treat', `'${code}' is not an indicator`, { column: `treat.overrides.${code}` }),
        );
        continue;
      }
      treat[i] = o === 'none' ? null : resolveTreat({ ...t, ...o }, `treat.overrides.${code}`, errors);
    }
  }

  const normBase: NormaliseMethodSpec = spec.normalise ?? { method: 'n_minmax', lu: [0, 100] };
  checkNormalise(normBase, 'normalise', coin, errors);
  const overrides = spec.normalise?.overrides ?? {};
  for (const [code, o] of Object.entries(overrides)) {
    if (!isIndicator(code))
      errors.push(
        issue('spec-normalise', `'${code}' is not an indicator`, { column: `normalise.overrides.${code}` }),
      );
    else checkNormalise(o, `normalise.overrides.${code}`, coin, errors);
  }
  const normalise: ColumnNormalisation[] = [];
  for (let i = 0; i < nInd; i++) {
    const code = s.codes[i]!;
    const m = overrides[code] ?? normBase;
    let target = Number.NaN;
    if (m.method === 'n_dist2targ') {
      target = m.targets?.[code] ?? s.target[i]!;
      if (Number.isNaN(target))
        errors.push(
          issue('spec-normalise', `no target for '${code}' (iMeta Target is empty)`, {
            column: 'normalise.targets',
          }),
        );
    }
    const refRow = m.method === 'n_dist2ref' ? coin.unitCodes.indexOf(m.iref) : -1;
    normalise.push({ spec: m, direction: s.direction[i]!, target, refRow });
  }

  const w = spec.weights ?? {};
  if (w.source && w.source !== 'given' && w.source !== 'equal')
    errors.push(issue('spec-weights', `unknown weight source '${w.source}'`, { column: 'weights.source' }));
  const weights = w.source === 'equal' ? equalWeights(s) : givenWeights(s);
  for (const [lv, source] of Object.entries(w.byLevel ?? {})) {
    const level = Number(lv);
    if (
      !(Number.isInteger(level) && level >= 1 && level <= s.nLevels) ||
      (source !== 'given' && source !== 'equal')
    ) {
      errors.push(
        issue('spec-weights', `byLevel needs a level 1..${s.nLevels} and 'given' or 'equal'`, {
          column: `weights.byLevel.${lv}`,
        }),
      );
      continue;
    }
    for (let j = s.levelStart[level - 1]!; j < s.levelStart[level]!; j++)
      weights[j] = source === 'equal' ? 1 : s.weight[j]!;
  }
  for (const [code, v] of Object.entries(w.values ?? {})) {
    const j = index.get(code);
    if (j === undefined)
      errors.push(
        issue('spec-weights', `'${code}' is not an indicator or aggregate`, {
          column: `weights.values.${code}`,
        }),
      );
    else if (!(isFiniteNumber(v) && v >= 0))
      errors.push(
        issue('spec-weights', `weight must be ≥ 0, got ${v}`, { column: `weights.values.${code}` }),
      );
    else weights[j] = v;
  }

  const aggregation: AggregationPlan = {
    method: new Uint8Array(s.nNodes),
    param: new Float64Array(s.nNodes),
    datThresh: new Float64Array(s.nNodes),
  };
  const agg = spec.aggregate ?? { method: 'a_amean' };
  const base = aggCode(agg, 'aggregate', errors);
  const byLevel = new Map<number, { c: { method: number; param: number }; s: AggregateMethodSpec }>();
  for (const [lv, m] of Object.entries(agg.byLevel ?? {})) {
    const level = Number(lv);
    if (!(Number.isInteger(level) && level >= 2 && level <= s.nLevels))
      errors.push(
        issue('spec-aggregate', `level ${lv} is not an aggregate level (2..${s.nLevels})`, {
          column: `aggregate.byLevel.${lv}`,
        }),
      );
    byLevel.set(level, { c: aggCode(m, `aggregate.byLevel.${lv}`, errors), s: m });
  }
  const byGroup = agg.byGroup ?? {};
  for (const code of Object.keys(byGroup)) {
    const j = index.get(code);
    if (j === undefined || j < nInd)
      errors.push(
        issue('spec-aggregate', `'${code}' is not an aggregate`, { column: `aggregate.byGroup.${code}` }),
      );
  }
  for (let j = nInd; j < s.nNodes; j++) {
    const g = byGroup[s.codes[j]!];
    const lv = byLevel.get(s.level[j]!);
    const chosen = g
      ? { c: aggCode(g, `aggregate.byGroup.${s.codes[j]}`, errors), s: g }
      : (lv ?? { c: base, s: agg });
    aggregation.method[j] = chosen.c.method;
    aggregation.param[j] = chosen.c.param;
    aggregation.datThresh[j] = chosen.s.datThresh ?? agg.datThresh ?? 0;
  }

  if (errors.length > 0) return fail(errors);
  return ok({
    coin,
    spec,
    denominatorOf,
    screen,
    impute,
    imputeGroups,
    treat,
    normalise,
    weights,
    aggregation,
  });
}
