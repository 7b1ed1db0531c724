import { type CliCommand, parseFlags, requireFlag } from '../command.ts';
import { withRuntime } from '../runtime.ts';
import { benchmarkOf, SYSTEM } from './edition-common.ts';

const command: CliCommand = {
  name: 'edition list',
  summary: "List an organisation's benchmark editions, newest first",
  help: `Usage: citybench edition list --org SLUG

Prints one line per edition: number, label, date, status, counts of cities (ranked),
factors, respondents and assessments, and whether the data are synthetic.`,
  async run(argv, io) {
    const { values } = parseFlags(argv, { org: { type: 'string' } });
    const slug = requireFlag(values, 'org');
    return withRuntime(io, async ({ services }) => {
      const editions = await benchmarkOf(services).editions(SYSTEM, slug);
      if (editions.length === 0) io.stdout(`${slug} has no benchmark editions\n`);
      for (const e of editions) {
        const c = e.counts;
        io.stdout(
          `${String(e.number).padStart(3)}  ${e.label.padEnd(8)} ${e.publishedOn}  ${e.status.padEnd(9)} ` +
            `${c.cities} cities (${c.ranked} ranked), ${c.factors} factors, ${c.respondents} respondents, ` +
            `${c.assessments} assessments${e.synthetic ? '  SYNTHETIC' : ''}\n`,
        );
      }
      return 0;
    });
  },
};

export default command;
