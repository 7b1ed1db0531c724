import { renameSync, writeFileSync } from 'node:fs';
import { type CliCommand, parseFlags, requireFlag, UsageError } from '../command.ts';
import { withRuntime } from '../runtime.ts';
import { benchmarkOf, editionFlag, SYSTEM } from './edition-common.ts';

const command: CliCommand = {
  name: 'edition export',
  summary: "Write an edition's results table to CSV or XLSX",
  help: `Usage: citybench edition export --org SLUG --edition N --format csv|xlsx --out FILE

The same table as GET /api/orgs/SLUG/benchmark/editions/N/export: city, names, region, score,
rank, region rank, each area's score and rank, the rank interval, the published rank and the
synthetic flag. \`--out -\` writes CSV to standard output.`,
  async run(argv, io) {
    const { values } = parseFlags(argv, {
      org: { type: 'string' },
      edition: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
    });
    const slug = requireFlag(values, 'org');
    const number = editionFlag(values.edition);
    const format = values.format ?? 'csv';
    if (format !== 'csv' && format !== 'xlsx')
      throw new UsageError(`--format: expected csv or xlsx, got '${format}'`);
    const out = requireFlag(values, 'out');
    if (out === '-' && format === 'xlsx') throw new UsageError('--out - works with --format csv only');
    return withRuntime(io, async ({ services }) => {
      const file = await benchmarkOf(services).exportResults(SYSTEM, slug, number, format);
      if (out === '-') {
        io.stdout(new TextDecoder().decode(file.body));
      } else {
        const partial = `${out}.partial`;
        writeFileSync(partial, file.body);
        renameSync(partial, out);
        io.stderr(`wrote ${file.filename} to ${out}\n`);
      }
      return 0;
    });
  },
};

export default command;
