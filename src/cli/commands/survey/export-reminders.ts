import { renameSync, writeFileSync } from 'node:fs';
import { type CliCommand, parseFlags, requireFlag } from '../../command.ts';
import { withRuntime } from '../../runtime.ts';

const command: CliCommand = {
  name: 'survey export-reminders',
  summary: 'Write who has not answered a survey yet as CSV',
  help: `Usage: citybench survey export-reminders --org SLUG --survey ID --out FILE [--mark]

The same file as GET /api/orgs/SLUG/surveys/ID/reminders/export: name, email, group, locale,
state (not_started or in_progress), invited_at, reminded_at, reminders. \`--out -\` writes to
standard output. \`--mark\` records that a reminder went out to everyone listed.`,
  async run(argv, io) {
    const { values } = parseFlags(argv, {
      org: { type: 'string' },
      survey: { type: 'string' },
      out: { type: 'string' },
      mark: { type: 'boolean' },
    });
    const slug = requireFlag(values, 'org');
    const survey = requireFlag(values, 'survey');
    const out = requireFlag(values, 'out');
    return withRuntime(io, async ({ services }) => {
      if (values.mark) {
        const { reminded } = await services.surveys.markReminded('system', slug, survey);
        io.stderr(`recorded a reminder for ${reminded} invitation${reminded === 1 ? '' : 's'}\n`);
      }
      const file = await services.surveys.exportReminders('system', slug, survey);
      if (out === '-') io.stdout(new TextDecoder().decode(file.body));
      else {
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
