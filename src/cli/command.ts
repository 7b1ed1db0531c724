import { type ParseArgsConfig, parseArgs } from 'node:util';

/** What a command may touch: streams are injected so tests can run commands in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads all of standard input (for `--password-stdin` and the like). */
  readStdin: () => Promise<string>;
}

export interface CliCommand {
  /** Words after `citybench`, e.g. `index build`. */
  name: string;
  summary: string;
  /** Full help text shown by `citybench <name> --help`. */
  help: string;
  /** Returns the process exit code: 0 ok, 1 failure, 2 bad usage. */
  run(argv: string[], io: CliIo): Promise<number>;
}

/** A usage error: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Strict flag parsing: an unknown flag or a missing value is a UsageError with the flag named. */
export function parseFlags<T extends Options>(argv: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new UsageError(message.split('\n')[0] ?? message);
  }
}

/** Reads a required string flag or throws a UsageError naming it. */
export function requireFlag(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`missing required flag --${name}`);
  return value;
}
