import type { CliCommand } from '../../command.ts';

/** The survey-insight subcommands (exports, into the index), loaded lazily. */
export const surveyInsightCommandLoaders: Record<string, () => Promise<{ default: CliCommand }>> = {
  'survey export': () => import('./insight-export.ts'),
  'survey into-index': () => import('./insight-into-index.ts'),
};
