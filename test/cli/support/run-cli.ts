import { type CliIo, UsageError } from '../../../src/cli/command.ts';
import { commandLoaders } from '../../../src/cli/commands/index.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a `citybench` command in-process the way src/cli/main.ts does (same dispatch and exit
 * codes), with captured output. main.ts itself cannot be imported: it runs on import.
 */
export async function runCli(argv: string[], stdin = ''): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readStdin: async () => stdin,
  };
  let name: string | null = null;
  let rest: string[] = [];
  for (let words = Math.min(3, argv.length); words >= 1 && !name; words--) {
    const candidate = argv.slice(0, words).join(' ');
    if (commandLoaders[candidate]) {
      name = candidate;
      rest = argv.slice(words);
    }
  }
  if (!name) return { code: 2, stdout, stderr: `unknown command ${argv.join(' ')}` };
  const command = (await commandLoaders[name]!()).default;
  try {
    const code = await command.run(rest, io);
    return { code, stdout, stderr };
  } catch (err) {
    stderr += `citybench ${name}: ${err instanceof Error ? err.message : String(err)}\n`;
    return { code: err instanceof UsageError ? 2 : 1, stdout, stderr };
  }
}
