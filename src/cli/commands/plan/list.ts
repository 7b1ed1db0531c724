import { formatKrwEnglish } from '../../../engine/planning/money.ts';
import { type CliCommand, parseFlags, requireFlag } from '../../command.ts';
import { withRuntime } from '../../runtime.ts';
import { SYSTEM } from './common.ts';

const money = (text: string) => formatKrwEnglish(BigInt(text), { unit: 'billion' });

const command: CliCommand = {
  name: 'plan list',
  summary: "List an organisation's plans, newest first",
  help: `Usage: citybench plan list --org SLUG

Prints one line per plan: id (for --plan), kind, status, period, item count, the stated total
(envelopes) and the itemised budget in billions of won, the name, and ILLUSTRATIVE when any item
is a placeholder.`,
  async run(argv, io) {
    const { values } = parseFlags(argv, { org: { type: 'string' } });
    const slug = requireFlag(values, 'org');
    return withRuntime(io, async ({ services }) => {
      const plans = await services.plans.listPlans(SYSTEM, slug);
      if (plans.length === 0) io.stdout(`${slug} has no plans\n`);
      for (const p of plans) {
        const period =
          p.periodFrom !== null || p.periodTo !== null ? `${p.periodFrom ?? ''}-${p.periodTo ?? ''}` : '-';
        io.stdout(
          `${p.id}  ${p.kind.padEnd(27)} ${p.status.padEnd(11)} ${period.padEnd(9)} ${String(p.itemCount).padStart(5)} items  ` +
            `stated ${money(p.stated)}, itemised ${money(p.itemised)}  ${p.nameEn}${p.hasIllustrative ? '  ILLUSTRATIVE items' : ''}\n`,
        );
      }
      return 0;
    });
  },
};

export default command;
