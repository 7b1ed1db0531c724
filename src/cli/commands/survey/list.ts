import { type CliCommand, parseFlags, requireFlag } from '../../command.ts';
import { withRuntime } from '../../runtime.ts';

const command: CliCommand = {
  name: 'survey list',
  summary: "List an organisation's surveys, newest first",
  help: `Usage: citybench survey list --org SLUG

Prints one line per survey: id, kind, status, published version, invited / started / submitted,
and the English title (ILLUSTRATIVE for demo surveys).`,
  async run(argv, io) {
    const { values } = parseFlags(argv, { org: { type: 'string' } });
    const slug = requireFlag(values, 'org');
    return withRuntime(io, async ({ services }) => {
      const surveys = await services.surveys.listSurveys('system', slug);
      if (surveys.length === 0) io.stdout(`${slug} has no surveys\n`);
      for (const s of surveys) {
        const c = s.counts;
        io.stdout(
          `${s.id}  ${s.kind.padEnd(19)} ${s.status.padEnd(6)} v${s.publishedVersion ?? '-'}  ` +
            `${c.invited} invited, ${c.started} started, ${c.submitted} submitted  ${s.title.en}` +
            `${s.illustrative ? '  ILLUSTRATIVE' : ''}\n`,
        );
      }
      return 0;
    });
  },
};

export default command;
