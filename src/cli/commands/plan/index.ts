import type { CliCommand } from '../../command.ts';
import { planTrackingCommandLoaders } from './tracking-index.ts';

/** The `citybench plan ...` subcommands, loaded lazily like the rest of the registry. */
export const planCommandLoaders: Record<string, () => Promise<{ default: CliCommand }>> = {
  'plan list': () => import('./list.ts'),
  'plan export': () => import('./export.ts'),
  'plan import': () => import('./import.ts'),
  ...planTrackingCommandLoaders,
};
