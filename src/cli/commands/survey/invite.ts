import { readFileSync } from 'node:fs';
import { type CliCommand, parseFlags, requireFlag } from '../../command.ts';
import { withRuntime } from '../../runtime.ts';

const command: CliCommand = {
  name: 'survey invite',
  summary: 'Add invitations to a survey from a CSV file and print their single-use tokens once',
  help: `Usage: citybench survey invite --org SLUG --survey ID --csv FILE

FILE has the header name,email,group,locale (email, group and locale optional; locale ko or en,
default ko). Every row is checked first; nothing is added when any row is wrong. Prints CSV to
standard output: name,email,group,locale,token. Only the tokens' hashes are stored: keep this
output, it cannot be shown again. A respondent's link is /respond/TOKEN.`,
  async run(argv, io) {
    const { values } = parseFlags(argv, {
      org: { type: 'string' },
      survey: { type: 'string' },
      csv: { type: 'string' },
    });
    const slug = requireFlag(values, 'org');
    const survey = requireFlag(values, 'survey');
    const text = readFileSync(requireFlag(values, 'csv'), 'utf8');
    return withRuntime(io, async ({ services }) => {
      const { issued } = await services.surveys.addInvitations('system', slug, survey, {
        format: 'csv',
        text,
      });
      const field = (v: string | null) =>
        v === null ? '' : /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
      io.stdout('name,email,group,locale,token\n');
      for (const i of issued)
        io.stdout(`${[i.name, i.email, i.group, i.locale, i.token].map(field).join(',')}\n`);
      io.stderr(`added ${issued.length} invitation${issued.length === 1 ? '' : 's'}\n`);
      return 0;
    });
  },
};

export default command;
