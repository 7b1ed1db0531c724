import type { CliCommand } from '../../command.ts';
import { surveyInsightCommandLoaders } from './insights-index.ts';

/** The `citybench survey ...` subcommands, loaded lazily like the rest of the registry. */
export const surveyCommandLoaders: Record<string, () => Promise<{ default: CliCommand }>> = {
  ...surveyInsightCommandLoaders,
};
