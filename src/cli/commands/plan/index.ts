import type { CliCommand } from '../../command.ts';
import { planTrackingCommandLoaders } from './tracking-index.ts';

/** The `citybench plan ...` subcommands, loaded lazily like the rest of the registry. */
export const planCommandLoaders: Record<string, () => Promise<{ default: CliCommand }>> = {
  ...planTrackingCommandLoaders,
};
