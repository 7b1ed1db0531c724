import { type CliCommand, parseFlags, requireFlag } from '../command.ts';
import { withRuntime } from '../runtime.ts';
import { benchmarkOf, editionFlag, SYSTEM } from './edition-common.ts';

const command: CliCommand = {
  name: 'edition publish',
  summary: 'Publish (freeze) a built draft edition',
  help: `Usage: citybench edition publish --org SLUG --edition N

Marks the edition published. It must have been built; afterwards its data and results can no
longer change (imports and builds are refused).`,
  async run(argv, io) {
    const { values } = parseFlags(argv, { org: { type: 'string' }, edition: { type: 'string' } });
    const slug = requireFlag(values, 'org');
    const number = editionFlag(values.edition);
    return withRuntime(io, async ({ services }) => {
      const summary = await benchmarkOf(services).publish(SYSTEM, slug, number);
      io.stdout(
        `published ${summary.label} (edition ${summary.number}): ${summary.counts.ranked} cities ranked\n`,
      );
      return 0;
    });
  },
};

export default command;
