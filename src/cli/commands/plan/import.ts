import { type CliCommand, parseFlags, requireFlag } from '../../command.ts';
import { withRuntime } from '../../runtime.ts';
import { planFlag, readTableFile, reportRows, SYSTEM } from './common.ts';

const command: CliCommand = {
  name: 'plan import',
  summary: "Create a plan from a plan table, or replace a plan's items with one",
  help: `Usage: citybench plan import --org SLUG --file FILE [--plan ID]

FILE is a plan table (.csv or .xlsx, first worksheet), as written by \`citybench plan export\`:
row 1 the header, then the plan itself (level plan, with kind and name_en), then one row per item
(code, parent_code, level, name_en, … budget_<year>_<national|municipal|private|other>).
Without --plan, creates a new plan. With --plan, replaces that plan's items (and its fields,
when the table has a plan row); items whose code is in the table keep their identity, so their
tracking data stays attached. Every row is checked first: when any row is bad, every bad row is
listed, nothing is stored and the exit code is 2.`,
  async run(argv, io) {
    const { values } = parseFlags(argv, {
      org: { type: 'string' },
      file: { type: 'string' },
      plan: { type: 'string' },
    });
    const slug = requireFlag(values, 'org');
    const path = requireFlag(values, 'file');
    const planId = values.plan === undefined ? null : planFlag(values.plan);
    const table = await readTableFile(path);
    return withRuntime(io, async ({ services }) => {
      try {
        const result =
          planId === null
            ? await services.plans.importNewPlan(SYSTEM, slug, table)
            : await services.plans.importIntoPlan(SYSTEM, slug, planId, table);
        io.stdout(
          `${planId === null ? 'created' : 'replaced'} plan ${result.plan.id} (${result.plan.nameEn}): ` +
            `${result.items} items, ${result.budgetLines} budget lines\n`,
        );
        return 0;
      } catch (err) {
        if (reportRows(io, path, err)) return 2;
        throw err;
      }
    });
  },
};

export default command;
