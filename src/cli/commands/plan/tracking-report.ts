import { renameSync, writeFileSync } from 'node:fs';
import { type CliCommand, parseFlags, requireFlag, UsageError } from '../../command.ts';
import { withRuntime } from '../../runtime.ts';

const command: CliCommand = {
  name: 'plan report',
  summary: 'Write the annual implementation plan and performance report (실행계획 / 추진실적)',
  help: `Usage: citybench plan report --org SLUG --plan PLAN_ID --year YYYY --format xlsx|html [--lang ko|en] --out FILE

The same document as GET /api/orgs/SLUG/plans/PLAN_ID/report: the implementation plan (실행계획)
of YEAR with budget by funding source, milestones and KPI targets, and the performance report
(추진실적) of YEAR - 1 with executed spend, progress, milestones and KPI results. --lang defaults
to ko. \`--out -\` writes HTML to standard output.`,
  async run(argv, io) {
    const { values } = parseFlags(argv, {
      org: { type: 'string' },
      plan: { type: 'string' },
      year: { type: 'string' },
      format: { type: 'string' },
      lang: { type: 'string' },
      out: { type: 'string' },
    });
    const slug = requireFlag(values, 'org');
    const planId = requireFlag(values, 'plan');
    const yearText = requireFlag(values, 'year');
    if (!/^\d{4}$/.test(yearText))
      throw new UsageError(`--year: expected a year like 2027, got '${yearText}'`);
    const format = values.format ?? 'html';
    if (format !== 'xlsx' && format !== 'html')
      throw new UsageError(`--format: expected xlsx or html, got '${format}'`);
    const lang = values.lang ?? 'ko';
    if (lang !== 'ko' && lang !== 'en') throw new UsageError(`--lang: expected ko or en, got '${lang}'`);
    const out = requireFlag(values, 'out');
    if (out === '-' && format === 'xlsx') throw new UsageError('--out - works with --format html only');
    return withRuntime(io, async ({ services }) => {
      const file = await services.plans.annualReport('system', slug, planId, {
        year: Number(yearText),
        format,
        lang,
      });
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
