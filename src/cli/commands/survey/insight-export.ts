import { renameSync, writeFileSync } from 'node:fs';
import { type CliCommand, parseFlags, requireFlag, UsageError } from '../../command.ts';
import { withRuntime } from '../../runtime.ts';

const command: CliCommand = {
  name: 'survey export',
  summary: "Write a survey's submitted responses to CSV or XLSX (labels in ko or en)",
  help: `Usage: citybench survey export --org SLUG --survey ID [--format csv|xlsx] [--lang ko|en] --out FILE

The same file as GET /api/orgs/SLUG/surveys/ID/export: one row per submitted response, one
column per question (matrix questions one column per row and column), header and option labels
in the chosen language (default en). \`--out -\` writes CSV to standard output.`,
  async run(argv, io) {
    const { values } = parseFlags(argv, {
      org: { type: 'string' },
      survey: { type: 'string' },
      format: { type: 'string' },
      lang: { type: 'string' },
      out: { type: 'string' },
    });
    const slug = requireFlag(values, 'org');
    const survey = requireFlag(values, 'survey');
    const format = values.format ?? 'csv';
    if (format !== 'csv' && format !== 'xlsx')
      throw new UsageError(`--format: expected csv or xlsx, got '${format}'`);
    const lang = values.lang ?? 'en';
    if (lang !== 'ko' && lang !== 'en') throw new UsageError(`--lang: expected ko or en, got '${lang}'`);
    const out = requireFlag(values, 'out');
    if (out === '-' && format === 'xlsx') throw new UsageError('--out - works with --format csv only');
    return withRuntime(io, async ({ services }) => {
      const file = await services.surveys.exportSurveyResponses('system', slug, survey, format, lang);
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
