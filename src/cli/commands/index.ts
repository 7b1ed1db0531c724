import type { CliCommand } from '../command.ts';

/**
 * Every `citybench` subcommand, loaded lazily so `--help` stays fast.
 * Add one line per command module; each module default-exports a CliCommand.
 */
export const commandLoaders: Record<string, () => Promise<{ default: CliCommand }>> = {};
