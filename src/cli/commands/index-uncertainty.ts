import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatIssue } from '../../engine/core/result.ts';
import type { Table } from '../../engine/input/csv.ts';
import type { IndexSpec } from '../../engine/pipeline/spec.ts';
import { rankDescendingMin } from '../../engine/rank/rank.ts';
import { createIndexModel } from '../../engine/uncertainty/index-model.ts';
import { runScenarios, type Scenario } from '../../engine/uncertainty/scenarios.ts';
import { validateUncertaintySpec } from '../../engine/uncertainty/spec.ts';
import type { UncertaintyJob } from '../../engine-workers/job.ts';
import { runSensitivityParallel, runUncertaintyParallel } from '../../engine-workers/pool.ts';
import {
  parseAggregate,
  parseImpute,
  parseNormalise,
  parseTreat,
} from '../../services/index-io/method-flags.ts';
import { csvCell, formatNumber } from '../../services/index-io/number-format.ts';
import { type CliCommand, parseFlags, requireFlag, UsageError } from '../command.ts';
import { readCoinFiles, readInputTable } from '../index-inputs.ts';

const help = `Usage: citybench index uncertainty --data iData.csv --meta iMeta.csv --spec SPEC.json
         --runs N --seed S --out DIR [--sobol [--samples N] [--nboot B]] [--scenarios FILE.csv] [--workers K]

Monte Carlo uncertainty analysis of an index's ranks (COINr get_sensitivity, declarative).

SPEC.json:
  { "index": { ...build spec as for index build, optional... },
    "target": "Index",                      (node to analyse; default the top level)
    "inputs": [
      { "name": "norm", "address": "normalise", "alternatives": [{"method":"n_minmax"},{"method":"n_zscore"}] },
      { "name": "agg",  "address": "aggregate", "alternatives": [{"method":"a_amean"},{"method":"a_gmean"}] },
      { "name": "p",    "address": "aggregate.p", "uniform": [0.5, 2] },
      { "name": "w",    "weightNoise": 0.25, "levels": [1, 2], "sets": 100 },
      { "name": "drop", "exclude": ["LPI", "Flights"] } ] }
  Each input is drawn uniformly per run; every alternative is checked before the first run.

Writes:
  DIR/uncertainty-ranks.csv  uCode, nominal, mean, median, q05, q95 (ranks, 1 = best; exact
                             type-7 quantiles), then nominal_score, mean_score, sd_score,
                             min_score, max_score (+ median_score, q05_score, q95_score
                             with --score-quantiles)
  DIR/sensitivity.csv        with --sobol: input, si, si_q05, si_q95, sti, sti_q05, sti_q95
                             (target: mean absolute rank change; N (d + 2) builds)
  DIR/scenario-scores.csv,   with --scenarios: uCode, then one column per scenario (target node)
  DIR/scenario-ranks.csv

Options:
  --runs N          Monte Carlo runs (positive integer)
  --seed S          integer seed; the same seed gives the same results for any --workers
  --sobol           also estimate first-order (Saltelli 2010) and total (Jansen) Sobol indices
  --samples N       Sobol base sample size N (default 100, as the COINr vignette)
  --nboot B         bootstrap replicates for the 5-95 % intervals (default 100)
  --scenarios FILE  CSV: column "scenario", then one column per spec address (normalise,
                    aggregate, impute, treat, weights, or any dotted address such as
                    weights.values.LPI). Cells: a short method name as in index build
                    (zscore, gmean, mean, winsorise, equal ...), a number, or JSON; empty = base.
  --score-quantiles exact score quantiles too; keeps every run's scores (memory grows with
                    --runs; rank statistics alone use memory independent of --runs)
  --workers K       worker threads (default 1 = this thread)
  --help            show this help
`;

function positiveInteger(name: string, text: string | undefined, fallback?: number): number {
  if (text === undefined) {
    if (fallback === undefined) throw new UsageError(`missing required flag --${name}`);
    return fallback;
  }
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--${name}: expected a positive integer, got '${text}'`);
  return n;
}

async function readSpec(path: string) {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new UsageError(
      `--spec ${path}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`,
    );
  }
  const spec = validateUncertaintySpec(json);
  if (!spec.ok) throw new UsageError(`--spec ${path}: ${spec.errors.map((e) => formatIssue(e)).join('; ')}`);
  const index = (json as { index?: unknown }).index ?? {};
  if (typeof index !== 'object' || index === null || Array.isArray(index))
    throw new UsageError(`--spec ${path}: "index" must be a build spec object`);
  return { uncertainty: spec.value, index: index as IndexSpec };
}

/** One scenario-table cell → the value set at its address. */
function scenarioValue(address: string, cell: string): unknown {
  const text = cell.trim();
  if (/^[[{]/.test(text)) return JSON.parse(text);
  if (text !== '' && Number.isFinite(Number(text))) return Number(text);
  const shortName = {
    normalise: parseNormalise,
    aggregate: parseAggregate,
    impute: parseImpute,
    treat: parseTreat,
  }[address];
  if (shortName) {
    const parsed = shortName(text);
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.value;
  }
  if (address === 'weights' && (text === 'given' || text === 'equal')) return { source: text };
  return text;
}

function readScenarios(table: Table, path: string): Scenario[] {
  if (table.header[0] !== 'scenario')
    throw new UsageError(`--scenarios ${path}: the first column must be "scenario"`);
  return table.rows.map((row, r) => {
    const choices: Record<string, unknown> = {};
    table.header.slice(1).forEach((address, k) => {
      const cell = row[k + 1] ?? '';
      if (cell.trim() === '') return;
      try {
        choices[address] = scenarioValue(address, cell);
      } catch (err) {
        throw new UsageError(
          `--scenarios ${path} row ${r + 1}, column ${address}: ${err instanceof Error ? err.message : err}`,
        );
      }
    });
    return { name: row[0] || `scenario ${r + 1}`, choices };
  });
}

function csv(rows: (string | number)[][]): string {
  return `${rows.map((r) => r.map((c) => (typeof c === 'number' ? formatNumber(c) : csvCell(c))).join(',')).join('\n')}\n`;
}

/** Reports progress on stderr at most every 10 %. */
function progress(io: { stderr: (t: string) => void }, what: string) {
  let lastTenth = -1;
  return (done: number, total: number) => {
    const tenth = Math.floor((10 * done) / total);
    if (tenth === lastTenth) return;
    lastTenth = tenth;
    io.stderr(`${what}: ${done}/${total}\n`);
  };
}

const command: CliCommand = {
  name: 'index uncertainty',
  summary: 'Monte Carlo rank uncertainty, Sobol sensitivity and scenario runs of an index',
  help,
  async run(argv, io) {
    const { values } = parseFlags(argv, {
      data: { type: 'string' },
      meta: { type: 'string' },
      spec: { type: 'string' },
      runs: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      sobol: { type: 'boolean' },
      samples: { type: 'string' },
      nboot: { type: 'string' },
      scenarios: { type: 'string' },
      workers: { type: 'string' },
      'score-quantiles': { type: 'boolean' },
    });
    const dataPath = requireFlag(values, 'data');
    const metaPath = requireFlag(values, 'meta');
    const specPath = requireFlag(values, 'spec');
    const out = requireFlag(values, 'out');
    const runs = positiveInteger('runs', values.runs);
    const seedText = requireFlag(values, 'seed');
    const seed = Number(seedText);
    if (!Number.isSafeInteger(seed)) throw new UsageError(`--seed: expected an integer, got '${seedText}'`);
    const workers = positiveInteger('workers', values.workers, 1);
    const samples = positiveInteger('samples', values.samples, 100);
    const nBoot = positiveInteger('nboot', values.nboot, 100);
    if (!values.sobol && (values.samples || values.nboot))
      throw new UsageError('--samples and --nboot need --sobol');

    const [{ coin, iData, iMeta }, spec] = await Promise.all([
      readCoinFiles(dataPath, metaPath, io),
      readSpec(specPath),
    ]);
    const model = createIndexModel(coin, spec.index, spec.uncertainty, seed);
    if (!model.ok)
      throw new UsageError(`--spec ${specPath}: ${model.errors.map((e) => formatIssue(e)).join('; ')}`);
    const scenarios = values.scenarios
      ? readScenarios(await readInputTable(values.scenarios), values.scenarios)
      : null;

    const job: UncertaintyJob = {
      iData,
      iMeta,
      indexSpec: spec.index,
      uncertaintySpec: spec.uncertainty,
      seed,
    };
    const m = model.value;
    await mkdir(out, { recursive: true });
    const written: string[] = [];
    const write = async (name: string, text: string) => {
      const path = join(out, name);
      await writeFile(path, text);
      written.push(path);
    };

    const keepScores = values['score-quantiles'] === true;
    const ua = await runUncertaintyParallel(job, runs, {
      workers,
      keepScores,
      onProgress: progress(io, 'uncertainty runs'),
    });
    if (ua.failedRuns > 0) io.stderr(`warning: ${ua.failedRuns} of ${runs} runs failed and were left out\n`);
    await write(
      'uncertainty-ranks.csv',
      csv([
        [
          ...['uCode', 'nominal', 'mean', 'median', 'q05', 'q95'],
          ...['nominal_score', 'mean_score', 'sd_score', 'min_score', 'max_score'],
          ...(keepScores ? ['median_score', 'q05_score', 'q95_score'] : []),
        ],
        ...ua.units.map((u, i) => [
          m.unitCodes[i]!,
          m.nominalRanks[i]!,
          u.meanRank,
          u.medianRank,
          u.q05Rank,
          u.q95Rank,
          m.nominalScores[i]!,
          u.meanScore,
          u.sdScore,
          u.minScore,
          u.maxScore,
          ...(keepScores ? [u.medianScore, u.q05Score, u.q95Score] : []),
        ]),
      ]),
    );

    if (values.sobol) {
      const sa = await runSensitivityParallel(job, samples, nBoot, {
        workers,
        onProgress: progress(io, 'sensitivity builds'),
      });
      await write(
        'sensitivity.csv',
        csv([
          ['input', 'si', 'si_q05', 'si_q95', 'sti', 'sti_q05', 'sti_q95'],
          ...sa.indices.map((s, i) => [m.inputNames[i]!, s.si, s.siQ05, s.siQ95, s.sti, s.stiQ05, s.stiQ95]),
        ]),
      );
    }

    if (scenarios) {
      const results = runScenarios(coin, spec.index, scenarios);
      if (!results.ok)
        throw new UsageError(`--scenarios: ${results.errors.map((e) => formatIssue(e)).join('; ')}`);
      const n = m.unitCodes.length;
      const scores = results.value.map((s) => {
        const column = new Float64Array(n).fill(Number.NaN);
        const j = s.result.codes.indexOf(m.target);
        const kept = s.result.keptUnits;
        kept.forEach((unit, r) => {
          column[unit] = s.result.scores.values[j * kept.length + r]!;
        });
        return column;
      });
      const ranks = scores.map((col) => {
        const r = new Float64Array(n);
        rankDescendingMin(col, r);
        return r;
      });
      const table = (columns: Float64Array[]) =>
        csv([
          ['uCode', ...scenarios.map((s) => s.name)],
          ...m.unitCodes.map((code, i) => [code, ...columns.map((c) => c[i]!)]),
        ]);
      await write('scenario-scores.csv', table(scores));
      await write('scenario-ranks.csv', table(ranks));
    }

    io.stdout(
      `${ua.runs} runs, ${m.nUnits} units, mean absolute rank shift ${formatNumber(ua.meanAbsRankShift)} → ${written.join(', ')}\n`,
    );
    return 0;
  },
};

export default command;
