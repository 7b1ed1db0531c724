import { writeFileSync } from 'node:fs';
import { type CliCommand, parseFlags, requireFlag } from '../command.ts';
import { withRuntime } from '../runtime.ts';
import { benchmarkOf, editionFlag, formatRanking, rankingCsv, SYSTEM } from './edition-common.ts';

const command: CliCommand = {
  name: 'edition build',
  summary: 'Recompute an edition with the model, store the results and print the ranking',
  help: `Usage: citybench edition build --org SLUG --edition N [--out results.csv]

Runs the factor assessment model on the edition's stored factor values and assessments with its
stored parameters. A draft's results are stored (and audited); a published edition is frozen, so
its results are recomputed and printed but not stored (they reproduce the stored ones).

Options:
  --org SLUG     the organisation, e.g. busan
  --edition N    the edition number, e.g. 11
  --out FILE     also write city,rank,score,rank_p05,rank_p95,published_rank as CSV
  --help         show this help`,
  async run(argv, io) {
    const { values } = parseFlags(argv, {
      org: { type: 'string' },
      edition: { type: 'string' },
      out: { type: 'string' },
    });
    const slug = requireFlag(values, 'org');
    const number = editionFlag(values.edition);
    return withRuntime(io, async ({ services }) => {
      const benchmark = benchmarkOf(services);
      const summary = (await benchmark.editions(SYSTEM, slug)).find((e) => e.number === number);
      const published = summary?.status === 'published';
      if (published) io.stderr(`edition ${number} is published: recomputing without storing\n`);
      const detail = published
        ? await benchmark.recompute(SYSTEM, slug, number)
        : await benchmark.build(SYSTEM, slug, number);
      io.stdout(formatRanking(detail));
      if (values.out) {
        writeFileSync(values.out, rankingCsv(detail));
        io.stderr(`wrote ${detail.results.length} rows to ${values.out}\n`);
      }
      return 0;
    });
  },
};

export default command;
