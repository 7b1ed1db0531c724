import { renameSync, writeFileSync } from 'node:fs';
import type { CliCommand } from '../command.ts';
import { parseFlags, requireFlag } from '../command.ts';
import { withRuntime } from '../runtime.ts';

const command: CliCommand = {
  name: 'export',
  summary: "Write one organisation's data to a JSON file",
  help: `Usage: citybench export --org SLUG --out FILE.json

Writes the organisation, its members (with password hashes, so accounts keep working) and its
audit history as versioned JSON (format citybench.organisation, version 1). \`--out -\` writes to
standard output. \`citybench import\` reads the file back.`,
  async run(argv, io) {
    const { values } = parseFlags(argv, { org: { type: 'string' }, out: { type: 'string' } });
    const slug = requireFlag(values, 'org');
    const out = requireFlag(values, 'out');
    return withRuntime(io, async ({ operator }) => {
      const data = await operator.exportOrganisation(slug);
      const text = `${JSON.stringify(data, null, 2)}\n`;
      if (out === '-') {
        io.stdout(text);
      } else {
        // Write then rename, so an interrupted export never leaves a half-written file behind.
        const partial = `${out}.partial`;
        writeFileSync(partial, text, { mode: 0o600 });
        renameSync(partial, out);
        io.stderr(
          `exported ${slug}: ${data.members.length} member(s), ${data.audit.length} audit entr${data.audit.length === 1 ? 'y' : 'ies'} to ${out}\n`,
        );
      }
      return 0;
    });
  },
};

export default command;
