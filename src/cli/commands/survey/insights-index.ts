import type { CliCommand } from '../../command.ts';

/** The survey-insight subcommands (exports, into the index), loaded lazily. */
export const surveyInsightCommandLoaders: Record<string, () => Promise<{ default: CliCommand }>> = {};
