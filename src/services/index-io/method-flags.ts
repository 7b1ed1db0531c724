import type {
  AggregateMethodSpec,
  ImputeSpec,
  NormaliseMethodSpec,
  TreatSpec,
} from '../../engine/pipeline/spec.ts';

/**
 * Short method names used on the command line (and in simple forms), mapped to IndexSpec parts.
 * Syntax: `NAME` or `NAME:PARAMS`, PARAMS comma-separated. Each parser returns the spec part or an
 * error message naming the bad text.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const good = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(error: string): Parsed<T> => ({ ok: false, error });

function split(text: string): { name: string; params: string[] } {
  const i = text.indexOf(':');
  if (i < 0) return { name: text.trim(), params: [] };
  return {
    name: text.slice(0, i).trim(),
    params: text
      .slice(i + 1)
      .split(',')
      .map((p) => p.trim()),
  };
}

function numbers(params: string[], count: number, what: string): number[] | string {
  if (params.length !== count) return `${what} needs ${count} number${count > 1 ? 's' : ''}`;
  const values = params.map(Number);
  if (values.some((v, k) => params[k] === '' || !Number.isFinite(v)))
    return `${what}: '${params.join(',')}' is not numeric`;
  return values;
}

export const NORMALISE_NAMES = [
  'minmax[:l,u]',
  'zscore[:mean,sd]',
  'scaled:l,u',
  'goalposts:l,u,a',
  'rank',
  'borda',
  'prank',
  'fracmax',
  'dist2max',
  'dist2ref:UCODE',
  'dist2targ[:cap]',
  'none',
];

export function parseNormalise(text: string): Parsed<NormaliseMethodSpec> {
  const { name, params } = split(text);
  const nums = (count: number) => numbers(params, count, name);
  switch (name) {
    case 'minmax': {
      if (params.length === 0) return good({ method: 'n_minmax', lu: [0, 100] });
      const v = nums(2);
      return typeof v === 'string' ? bad(v) : good({ method: 'n_minmax', lu: [v[0]!, v[1]!] });
    }
    case 'zscore': {
      if (params.length === 0) return good({ method: 'n_zscore', mSd: [0, 1] });
      const v = nums(2);
      return typeof v === 'string' ? bad(v) : good({ method: 'n_zscore', mSd: [v[0]!, v[1]!] });
    }
    case 'scaled': {
      const v = nums(2);
      return typeof v === 'string' ? bad(v) : good({ method: 'n_scaled', npara: [v[0]!, v[1]!] });
    }
    case 'goalposts': {
      const v = nums(3);
      return typeof v === 'string' ? bad(v) : good({ method: 'n_goalposts', gposts: [v[0]!, v[1]!, v[2]!] });
    }
    case 'rank':
    case 'borda':
    case 'prank':
    case 'fracmax':
    case 'dist2max':
      return params.length > 0 ? bad(`${name} takes no parameters`) : good({ method: `n_${name}` });
    case 'dist2ref':
      return params.length === 1 && params[0]
        ? good({ method: 'n_dist2ref', iref: params[0] })
        : bad('dist2ref needs a uCode');
    case 'dist2targ':
      return good({ method: 'n_dist2targ', capMax: params[0] === 'cap' });
    case 'none':
      return good({ method: 'none' });
    default:
      return bad(`unknown normalisation '${text}' (one of ${NORMALISE_NAMES.join(', ')})`);
  }
}

export const AGGREGATE_NAMES = [
  'amean',
  'gmean[:offset]',
  'hmean',
  'genmean:p',
  'median',
  'copeland',
  'bod[:scale]',
];

export function parseAggregate(text: string): Parsed<AggregateMethodSpec> {
  const { name, params } = split(text);
  const one = (what: string) => numbers(params, 1, what);
  switch (name) {
    case 'amean':
    case 'hmean':
    case 'copeland':
      return params.length > 0 ? bad(`${name} takes no parameters`) : good({ method: `a_${name}` });
    case 'median':
      return params.length > 0 ? bad('median takes no parameters') : good({ method: 'a_wmedian' });
    case 'gmean': {
      if (params.length === 0) return good({ method: 'a_gmean' });
      const v = one('gmean offset');
      return typeof v === 'string' ? bad(v) : good({ method: 'a_gmean', offset: v[0]! });
    }
    case 'genmean': {
      const v = one('genmean p');
      return typeof v === 'string' ? bad(v) : good({ method: 'a_genmean', p: v[0]! });
    }
    case 'bod': {
      if (params.length === 0) return good({ method: 'a_bod' });
      const v = one('bod scale');
      return typeof v === 'string' ? bad(v) : good({ method: 'a_bod', scale: v[0]! });
    }
    default:
      return bad(`unknown aggregation '${text}' (one of ${AGGREGATE_NAMES.join(', ')})`);
  }
}

export const IMPUTE_NAMES = [
  'none',
  'mean[:row|df]',
  'median[:row|df]',
  'mean_grp:GROUPCOL',
  'median_grp:GROUPCOL',
  'em',
];

export function parseImpute(text: string): Parsed<ImputeSpec> {
  const { name, params } = split(text);
  switch (name) {
    case 'none':
    case 'em':
      return params.length > 0 ? bad(`${name} takes no parameters`) : good({ method: name });
    case 'mean':
    case 'median': {
      const by = params[0] ?? 'column';
      if (params.length > 1 || !['column', 'row', 'df'].includes(by))
        return bad(`${name}: by must be column, row or df`);
      return good({
        method: `i_${name}`,
        by: by as 'column' | 'row' | 'df',
        normaliseFirst: by !== 'column',
      });
    }
    case 'mean_grp':
    case 'median_grp':
      return params.length === 1 && params[0]
        ? good({ method: `i_${name}`, groupColumn: params[0] })
        : bad(`${name} needs a group column`);
    default:
      return bad(`unknown imputation '${text}' (one of ${IMPUTE_NAMES.join(', ')})`);
  }
}

export const TREAT_NAMES = ['winsorise[:winmax]', 'none'];

export function parseTreat(text: string): Parsed<TreatSpec> {
  const { name, params } = split(text);
  if (name === 'none') return good({ method: 'none' });
  if (name !== 'winsorise') return bad(`unknown treatment '${text}' (one of ${TREAT_NAMES.join(', ')})`);
  if (params.length === 0) return good({ method: 'default' });
  const v = numbers(params, 1, 'winsorise winmax');
  if (typeof v === 'string') return bad(v);
  if (!Number.isInteger(v[0]) || v[0]! < 0) return bad('winsorise winmax must be a whole number ≥ 0');
  return good({ method: 'default', winmax: v[0]! });
}
