import type { CliCommand } from '../command.ts';
import { planCommandLoaders } from './plan/index.ts';
import { surveyCommandLoaders } from './survey/index.ts';

/**
 * Every `citybench` subcommand, loaded lazily so `--help` stays fast.
 * Add one line per command module; each module default-exports a CliCommand.
 */
export const commandLoaders: Record<string, () => Promise<{ default: CliCommand }>> = {
  serve: () => import('./serve.ts'),
  start: () => import('./start.ts'),
  migrate: () => import('./migrate.ts'),
  'admin create': () => import('./admin-create.ts'),
  export: () => import('./export.ts'),
  import: () => import('./import.ts'),
  'index build': () => import('./index-build.ts'),
  'index uncertainty': () => import('./index-uncertainty.ts'),
  'index analyse': () => import('./index-analyse.ts'),
  'edition list': () => import('./edition-list.ts'),
  'edition build': () => import('./edition-build.ts'),
  'edition import': () => import('./edition-import.ts'),
  'edition publish': () => import('./edition-publish.ts'),
  'edition export': () => import('./edition-export.ts'),
  ...planCommandLoaders,
  ...surveyCommandLoaders,
};
