import { type CliIo, UsageError } from './command.ts';
import { commandLoaders } from './commands/index.ts';

const io: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

async function overview(): Promise<string> {
  const lines = ['Usage: citybench <command> [flags]', '', 'Commands:'];
  const names = Object.keys(commandLoaders).sort();
  const width = Math.max(...names.map((n) => n.length), 8);
  for (const name of names) {
    const command = (await commandLoaders[name]!()).default;
    lines.push(`  ${name.padEnd(width)}  ${command.summary}`);
  }
  lines.push('', 'Run `citybench <command> --help` for the flags of one command.', '');
  return lines.join('\n');
}

/** Finds the longest command name that prefixes argv (commands can be two words: `index build`). */
function match(argv: string[]): { name: string; rest: string[] } | null {
  for (let words = Math.min(3, argv.length); words >= 1; words--) {
    const name = argv.slice(0, words).join(' ');
    if (commandLoaders[name]) return { name, rest: argv.slice(words) };
  }
  return null;
}

export async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.stdout(await overview());
    return 0;
  }
  const found = match(argv);
  if (!found) {
    io.stderr(`citybench: unknown command '${argv.join(' ')}' (see citybench --help)\n`);
    return 2;
  }
  const command = (await commandLoaders[found.name]!()).default;
  if (found.rest.includes('--help') || found.rest.includes('-h')) {
    io.stdout(`${command.help.trimEnd()}\n`);
    return 0;
  }
  try {
    return await command.run(found.rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`citybench ${found.name}: ${err.message}\n`);
      return 2;
    }
    io.stderr(`citybench ${found.name}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

const code = await main(process.argv.slice(2));
// Long-running commands (serve) never resolve; others exit with their code.
process.exitCode = code;
