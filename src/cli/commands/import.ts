import { readFileSync } from 'node:fs';
import type { CliCommand } from '../command.ts';
import { parseFlags, requireFlag } from '../command.ts';
import { withRuntime } from '../runtime.ts';

const command: CliCommand = {
  name: 'import',
  summary: 'Create an organisation from an export file',
  help: `Usage: citybench import --file FILE.json

Reads a file written by \`citybench export\` and recreates the organisation with its members and
audit history. The whole file is checked first and written in one transaction: a bad file, an
existing organisation slug or an existing email changes nothing.`,
  async run(argv, io) {
    const { values } = parseFlags(argv, { file: { type: 'string' } });
    const file = requireFlag(values, 'file');
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      io.stderr(
        `citybench import: cannot read ${file}: ${err instanceof Error ? err.message : String(err)}\n`,
      );
      return 1;
    }
    return withRuntime(io, async ({ operator }) => {
      const organisation = await operator.importOrganisation(data);
      io.stdout(`imported organisation ${organisation.slug} (${organisation.name})\n`);
      return 0;
    });
  },
};

export default command;
