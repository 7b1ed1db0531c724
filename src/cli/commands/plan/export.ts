import { renameSync, writeFileSync } from 'node:fs';
import { type CliCommand, parseFlags, requireFlag, UsageError } from '../../command.ts';
import { withRuntime } from '../../runtime.ts';
import { formatFlag, planFlag, SYSTEM } from './common.ts';

const command: CliCommand = {
  name: 'plan export',
  summary: 'Write a plan as a plan table (CSV or XLSX) or as the print-ready HTML document',
  help: `Usage: citybench plan export --org SLUG --plan ID [--format csv|xlsx] --out FILE
       citybench plan export --org SLUG --plan ID --document ko|en --out FILE

The plan table is the format \`citybench plan import\` reads (one row per item; see
docs/api-contract-plans.md, "Plan table"); the same as GET .../plans/ID/export. With --document,
writes the print-ready HTML page (money in 조/억 for ko, billions for en). \`--out -\` writes
CSV or HTML to standard output.`,
  async run(argv, io) {
    const { values } = parseFlags(argv, {
      org: { type: 'string' },
      plan: { type: 'string' },
      format: { type: 'string' },
      document: { type: 'string' },
      out: { type: 'string' },
    });
    const slug = requireFlag(values, 'org');
    const planId = planFlag(values.plan);
    const document = values.document;
    if (document !== undefined && document !== 'ko' && document !== 'en')
      throw new UsageError(`--document: expected ko or en, got '${document}'`);
    if (document !== undefined && values.format !== undefined)
      throw new UsageError('give --format or --document, not both');
    const format = formatFlag(values.format);
    const out = requireFlag(values, 'out');
    if (out === '-' && document === undefined && format === 'xlsx')
      throw new UsageError('--out - works with --format csv or --document only');
    return withRuntime(io, async ({ services }) => {
      let body: Uint8Array;
      let name: string;
      if (document !== undefined) {
        body = new TextEncoder().encode(await services.plans.planDocument(SYSTEM, slug, planId, document));
        name = `plan document (${document})`;
      } else {
        const file = await services.plans.exportPlan(SYSTEM, slug, planId, format);
        body = file.body;
        name = file.filename;
      }
      if (out === '-') io.stdout(new TextDecoder().decode(body));
      else {
        const partial = `${out}.partial`;
        writeFileSync(partial, body);
        renameSync(partial, out);
        io.stderr(`wrote ${name} to ${out}\n`);
      }
      return 0;
    });
  },
};

export default command;
