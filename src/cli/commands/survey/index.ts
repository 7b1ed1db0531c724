import type { CliCommand } from '../../command.ts';
import { surveyInsightCommandLoaders } from './insights-index.ts';

/** The `citybench survey ...` subcommands, loaded lazily like the rest of the registry. */
export const surveyCommandLoaders: Record<string, () => Promise<{ default: CliCommand }>> = {
  'survey list': () => import('./list.ts'),
  'survey invite': () => import('./invite.ts'),
  'survey export-reminders': () => import('./export-reminders.ts'),
  ...surveyInsightCommandLoaders,
};
