import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ANALYSIS_DATASETS, type AnalysisDataset } from '../../engine/analysis/columns.ts';
import { type GroupConsistency, groupConsistency } from '../../engine/analysis/consistency.ts';
import {
  type CorrelationRow,
  levelCorrelations,
  type WithParent,
} from '../../engine/analysis/correlations.ts';
import { type RemovalResult, removeElements } from '../../engine/analysis/remove-elements.ts';
import { formatIssue } from '../../engine/core/result.ts';
import { runIndex } from '../../engine/pipeline/build-index.ts';
import { compileIndex } from '../../engine/pipeline/compile.ts';
import type { CorrelationMethod } from '../../engine/stats/correlation.ts';
import {
  AGGREGATE_NAMES,
  IMPUTE_NAMES,
  NORMALISE_NAMES,
  TREAT_NAMES,
} from '../../services/index-io/method-flags.ts';
import { csvCell, formatNumber } from '../../services/index-io/number-format.ts';
import { type CliCommand, parseFlags, requireFlag, UsageError } from '../command.ts';
import { BUILD_FLAGS, oneOf, readCoinFiles, specFromFlags } from '../index-inputs.ts';

const help = `Usage: citybench index analyse --data iData.csv --meta iMeta.csv --out DIR [options]

Builds the index as \`index build\` does, then analyses it (COINr get_corr, get_cronbach, get_PCA,
remove_elements) and writes:
  DIR/correlations.csv     row_code, col_code, group, r, n (n = units with both values)
  DIR/consistency.csv      one row per aggregation group at every level below the top:
                           level, group, n_items, n_complete, alpha, kmo, pc1_share, n_eigen_gt1,
                           flags (low_alpha < 0.7, low_kmo < 0.6, low_pc1 < 0.6, multidimensional)
  DIR/loadings.csv         group, code, pc1_loading, kmo_item
  DIR/removal.csv          removed, uCode, nominal_score, score, nominal_rank, rank, rank_change
                           (rank_change = nominal − after removal; removal = weight 0, as COINr)
  DIR/removal-summary.csv  removed, mean_abs_rank_change

Options (build): as index build
  --data FILE, --meta FILE, --out DIR (required)
  --impute METHOD     ${IMPUTE_NAMES.join(', ')}
  --treat METHOD      ${TREAT_NAMES.join(', ')}
  --normalise METHOD  ${NORMALISE_NAMES.join(', ')}
  --aggregate METHOD  ${AGGREGATE_NAMES.join(', ')}
  --weights SOURCE    given | equal
  --denominate        divide indicators by their iMeta Denominator column first
Options (analysis):
  --level-a N         first level to correlate (default 1)
  --level-b N         second level (default level-a + 1, or level-a at the top)
  --cortype TYPE      pearson | spearman | kendall (default pearson)
  --with-parent MODE  none | parent | family (default none; COINr withparent)
  --group-level N     within one level: pairs sharing an ancestor on level N (default level + 1)
  --dataset NAME      ${ANALYSIS_DATASETS.join(' | ')} (default scores; aggregates always
                      come from scores)
  --removal-level N   level whose nodes are removed one at a time (default 1)
  --target CODE       code compared in the removal analysis (default the top-level node)
  --help              show this help
`;

function level(flag: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${flag}: expected a level ≥ 1, got '${text}'`);
  return n;
}

const csv = (header: string[], rows: string[][]) =>
  `${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
const flag = (b: boolean) => (b ? '1' : '0');

function correlationsCsv(rows: CorrelationRow[]): string {
  return csv(
    ['row_code', 'col_code', 'group', 'r', 'n'],
    rows.map((r) => [r.rowCode, r.colCode, r.group ?? '', formatNumber(r.r), String(r.n)]),
  );
}

function consistencyCsv(byLevel: { level: number; groups: GroupConsistency[] }[]): string {
  const header = ['level', 'group', 'n_items', 'n_complete', 'alpha', 'kmo', 'pc1_share', 'n_eigen_gt1'];
  header.push('low_alpha', 'low_kmo', 'low_pc1', 'multidimensional', 'notes');
  const rows = byLevel.flatMap(({ level, groups }) =>
    groups.map((g) => [
      String(level),
      g.group ?? '',
      String(g.codes.length),
      String(g.nComplete),
      formatNumber(g.alpha),
      formatNumber(g.kmo),
      formatNumber(g.pc1Share),
      String(g.eigenvalues.filter((e) => e > 1).length),
      flag(g.flags.lowAlpha),
      flag(g.flags.lowKmo),
      flag(g.flags.lowPc1),
      flag(g.flags.multiDimensional),
      g.notes.join('; '),
    ]),
  );
  return csv(header, rows);
}

function loadingsCsv(groups: GroupConsistency[]): string {
  const rows = groups.flatMap((g) =>
    g.codes.map((code, i) => [
      g.group ?? '',
      code,
      formatNumber(g.pc1Loadings[i]!),
      formatNumber(g.kmoPerItem[i]!),
    ]),
  );
  return csv(['group', 'code', 'pc1_loading', 'kmo_item'], rows);
}

function removalCsvs(r: RemovalResult): [string, string] {
  const header = ['removed', 'uCode', 'nominal_score', 'score', 'nominal_rank', 'rank', 'rank_change'];
  const rows = r.removals.flatMap((m) =>
    r.unitCodes.map((u, i) => [
      m.removed,
      u,
      formatNumber(r.nominalScores[i]!),
      formatNumber(m.scores[i]!),
      formatNumber(r.nominalRanks[i]!),
      formatNumber(m.ranks[i]!),
      formatNumber(m.rankChange[i]!),
    ]),
  );
  const summary = r.removals.map((m) => [m.removed, formatNumber(m.meanAbsRankChange)]);
  return [csv(header, rows), csv(['removed', 'mean_abs_rank_change'], summary)];
}

const command: CliCommand = {
  name: 'index analyse',
  summary: 'Correlations, group consistency (alpha, KMO, PCA) and removal effects of an index',
  help,
  async run(argv, io) {
    const { values } = parseFlags(argv, {
      ...BUILD_FLAGS,
      'level-a': { type: 'string' },
      'level-b': { type: 'string' },
      cortype: { type: 'string' },
      'with-parent': { type: 'string' },
      'group-level': { type: 'string' },
      dataset: { type: 'string' },
      'removal-level': { type: 'string' },
      target: { type: 'string' },
    });
    const dataPath = requireFlag(values, 'data');
    const metaPath = requireFlag(values, 'meta');
    const out = requireFlag(values, 'out');
    const spec = specFromFlags(values);
    const method = oneOf<CorrelationMethod>(
      'cortype',
      values.cortype,
      ['pearson', 'spearman', 'kendall'],
      'pearson',
    );
    const withParent = oneOf<WithParent>(
      'with-parent',
      values['with-parent'],
      ['none', 'parent', 'family'],
      'none',
    );
    const dataset = oneOf<AnalysisDataset>('dataset', values.dataset, ANALYSIS_DATASETS, 'scores');
    const levelA = level('level-a', values['level-a'], 1);
    const removalLevel = level('removal-level', values['removal-level'], 1);
    const groupText = values['group-level'];
    const groupLevel = groupText === undefined ? undefined : level('group-level', groupText, 1);

    const { coin } = await readCoinFiles(dataPath, metaPath, io);
    const s = coin.structure;
    const levelB = level('level-b', values['level-b'], Math.min(levelA + 1, s.nLevels));
    const compiled = compileIndex(coin, spec);
    if (!compiled.ok) throw new UsageError(compiled.errors.map((e) => formatIssue(e)).join('; '));
    const result = runIndex(compiled.value);
    for (const w of result.warnings) io.stderr(`warning: ${formatIssue(w)}\n`);

    const analysisError = (errors: Parameters<typeof formatIssue>[0][]) =>
      new UsageError(errors.map((e) => formatIssue(e)).join('; '));
    const correlations = levelCorrelations(result, s, {
      levelA,
      levelB,
      withParent,
      method,
      dataset,
      groupLevel,
    });
    if (!correlations.ok) throw analysisError(correlations.errors);
    const consistency: { level: number; groups: GroupConsistency[] }[] = [];
    for (let l = 1; l < s.nLevels; l++) {
      const groups = groupConsistency(result, s, { level: l, dataset });
      if (!groups.ok) throw analysisError(groups.errors);
      consistency.push({ level: l, groups: groups.value });
    }
    const removal = removeElements(compiled.value, {
      level: removalLevel,
      ...(values.target ? { target: values.target } : {}),
    });
    if (!removal.ok) throw analysisError(removal.errors);
    for (const w of removal.value.warnings) io.stderr(`warning: ${formatIssue(w)}\n`);

    await mkdir(out, { recursive: true });
    const [removalText, summaryText] = removalCsvs(removal.value);
    const files: [string, string][] = [
      ['correlations.csv', correlationsCsv(correlations.value)],
      ['consistency.csv', consistencyCsv(consistency)],
      ['loadings.csv', loadingsCsv(consistency.flatMap((c) => c.groups))],
      ['removal.csv', removalText],
      ['removal-summary.csv', summaryText],
    ];
    for (const [name, text] of files) await writeFile(join(out, name), text);
    io.stdout(
      `${result.unitCodes.length} units: ${correlations.value.length} correlations, ` +
        `${consistency.reduce((k, c) => k + c.groups.length, 0)} groups, ` +
        `${removal.value.removals.length} removals → ${out}\n`,
    );
    return 0;
  },
};

export default command;
