import type { CliCommand } from '../../command.ts';

/** The plan-tracking subcommands (e.g. the annual report), loaded lazily. */
export const planTrackingCommandLoaders: Record<string, () => Promise<{ default: CliCommand }>> = {
  'plan report': () => import('./tracking-report.ts'),
};
