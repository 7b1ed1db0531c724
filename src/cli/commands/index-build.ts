import { formatIssue } from '../../engine/core/result.ts';
import { buildIndex } from '../../engine/pipeline/build-index.ts';
import {
  AGGREGATE_NAMES,
  IMPUTE_NAMES,
  NORMALISE_NAMES,
  TREAT_NAMES,
} from '../../services/index-io/method-flags.ts';
import { writeResultCsvs } from '../../services/index-io/write-results.ts';
import { type CliCommand, parseFlags, requireFlag, UsageError } from '../command.ts';
import { BUILD_FLAGS, readCoinFiles, specFromFlags } from '../index-inputs.ts';

const help = `Usage: citybench index build --data iData.csv --meta iMeta.csv --out DIR [options]

Builds a composite index (COINr-style) and writes DIR/scores.csv and DIR/ranks.csv: column uCode,
then one column per indicator and aggregate code at every level. Numbers have 15 significant
digits (trailing zeros removed); empty cells are missing values. Ranks: 1 = best, ties share the
best rank. --data and --meta accept .csv or .xlsx (the sheet named iData / iMeta if there is
one, so one workbook can serve both; otherwise the first worksheet).

Options:
  --data FILE         iData: uCode, optional uName, one column per indicator/denominator/group
  --meta FILE         iMeta: Level, iCode, iName, Direction, Weight, Parent, Type, ...
  --out DIR           output directory (created if missing)
  --impute METHOD     default none; one of
                        ${IMPUTE_NAMES.join(', ')}
  --treat METHOD      default none; winsorise = COINr Treat (winsorise, then log_CT); one of
                        ${TREAT_NAMES.join(', ')}
  --normalise METHOD  default minmax:0,100; one of
                        ${NORMALISE_NAMES.slice(0, 6).join(', ')},
                        ${NORMALISE_NAMES.slice(6).join(', ')}
  --aggregate METHOD  default amean (the same method at every level); one of
                        ${AGGREGATE_NAMES.join(', ')}
  --weights SOURCE    given | equal  (default given: iMeta Weight)
  --denominate        divide indicators by their iMeta Denominator column first
  --help              show this help
`;

const command: CliCommand = {
  name: 'index build',
  summary: 'Build a composite index from iData/iMeta files and write scores and ranks',
  help,
  async run(argv, io) {
    const { values } = parseFlags(argv, BUILD_FLAGS);
    const dataPath = requireFlag(values, 'data');
    const metaPath = requireFlag(values, 'meta');
    const out = requireFlag(values, 'out');
    const spec = specFromFlags(values);
    const { coin } = await readCoinFiles(dataPath, metaPath, io);
    const result = buildIndex(coin, spec);
    if (!result.ok) throw new UsageError(result.errors.map((e) => formatIssue(e)).join('; '));
    for (const w of result.value.warnings) io.stderr(`warning: ${formatIssue(w)}\n`);
    const paths = await writeResultCsvs(out, result.value);
    io.stdout(
      `${result.value.unitCodes.length} units, ${result.value.codes.length} codes → ${paths.join(', ')}\n`,
    );
    return 0;
  },
};

export default command;
