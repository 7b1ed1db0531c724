import { formatIssue } from '../engine/core/result.ts';
import type { Coin } from '../engine/core/structure.ts';
import type { Table } from '../engine/input/csv.ts';
import { readCoin } from '../engine/input/read-coin.ts';
import type { IndexSpec } from '../engine/pipeline/spec.ts';
import { ServiceError } from '../services/errors.ts';
import {
  type Parsed,
  parseAggregate,
  parseImpute,
  parseNormalise,
  parseTreat,
} from '../services/index-io/method-flags.ts';
import { readTableFile } from '../services/index-io/read-table.ts';
import { type CliIo, UsageError } from './command.ts';

/** The flags of every command that builds an index from iData/iMeta (index build, analyse). */
export const BUILD_FLAGS = {
  data: { type: 'string' },
  meta: { type: 'string' },
  out: { type: 'string' },
  impute: { type: 'string' },
  treat: { type: 'string' },
  normalise: { type: 'string' },
  aggregate: { type: 'string' },
  weights: { type: 'string' },
  denominate: { type: 'boolean' },
} as const;

const WEIGHT_SOURCES = ['given', 'equal'] as const;

type BuildFlagValues = {
  impute?: string | undefined;
  treat?: string | undefined;
  normalise?: string | undefined;
  aggregate?: string | undefined;
  weights?: string | undefined;
  denominate?: boolean | undefined;
};

function unwrap<T>(flag: string, parsed: Parsed<T>): T {
  if (!parsed.ok) throw new UsageError(`--${flag}: ${parsed.error}`);
  return parsed.value;
}

/** A flag value from a fixed list, or the fallback when the flag is absent. */
export function oneOf<T extends string>(
  flag: string,
  text: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (text === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(text))
    throw new UsageError(`--${flag}: expected ${allowed.join(' | ')}, got '${text}'`);
  return text as T;
}

/** The build spec the method flags describe; a bad method name is a usage error naming the flag. */
export function specFromFlags(values: BuildFlagValues): IndexSpec {
  const spec: IndexSpec = {};
  if (values.impute) spec.impute = unwrap('impute', parseImpute(values.impute));
  if (values.treat) spec.treat = unwrap('treat', parseTreat(values.treat));
  if (values.normalise) spec.normalise = unwrap('normalise', parseNormalise(values.normalise));
  if (values.aggregate) spec.aggregate = unwrap('aggregate', parseAggregate(values.aggregate));
  if (values.weights) spec.weights = { source: oneOf('weights', values.weights, WEIGHT_SOURCES, 'given') };
  if (values.denominate) spec.denominate = true;
  return spec;
}

/** Reads a CSV or XLSX table; a missing or unreadable file is a usage error (exit code 2). */
export async function readInputTable(path: string, sheet?: string): Promise<Table> {
  try {
    return await readTableFile(path, sheet);
  } catch (err) {
    if (err instanceof ServiceError) throw new UsageError(err.message);
    throw err;
  }
}

/**
 * Reads and validates iData and iMeta (the sheets named so in a workbook). Every problem is
 * listed on stderr with its file, row and column, then the command stops with a usage error.
 */
export async function readCoinFiles(
  dataPath: string,
  metaPath: string,
  io: CliIo,
): Promise<{ coin: Coin; iData: Table; iMeta: Table }> {
  const [iData, iMeta] = await Promise.all([
    readInputTable(dataPath, 'iData'),
    readInputTable(metaPath, 'iMeta'),
  ]);
  const coin = readCoin(iData, iMeta);
  if (!coin.ok) {
    for (const e of coin.errors)
      io.stderr(`${formatIssue(e, e.code.startsWith('data-') ? dataPath : metaPath)}\n`);
    throw new UsageError(`${coin.errors.length} problem(s) in the input files (listed above)`);
  }
  return { coin: coin.value, iData, iMeta };
}
