import type { Config } from '../config.ts';
import { migrate, openDatabase } from '../db/index.ts';
import type { OperatorServices, Services } from './contract.ts';
import { createServices } from './create-services.ts';
import { createOperatorServices } from './operator.ts';

/**
 * What the CLI and the server's tests need, without touching src/db themselves: an open,
 * migrated database with both service sets on top of it.
 */
export interface Runtime {
  services: Services;
  operator: OperatorServices;
  kind: 'pglite' | 'postgres';
  /** Migrations applied while opening (empty when already up to date or `migrate: false`). */
  appliedMigrations: string[];
  /** Closes the database and releases the data-directory lock. Safe to call twice. */
  close(): Promise<void>;
}

export interface RuntimeOptions {
  onProgress?: (message: string) => void;
  /** Default true. */
  migrate?: boolean;
  /** PGlite in memory (tests): no data directory, no lock. Ignored when DATABASE_URL is set. */
  inMemory?: boolean;
  /** Overrides the clock (tests that expire sessions). */
  now?: () => Date;
}

export async function openRuntime(
  config: Pick<Config, 'dataDir' | 'databaseUrl' | 'sessionTtlHours'>,
  options: RuntimeOptions = {},
): Promise<Runtime> {
  const database = await openDatabase(config, {
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.inMemory ? { inMemory: true } : {}),
  });
  let appliedMigrations: string[] = [];
  try {
    if (options.migrate ?? true) appliedMigrations = await migrate(database, options.onProgress);
  } catch (err) {
    await database.close();
    throw err;
  }
  return {
    services: createServices(database, {
      sessionTtlHours: config.sessionTtlHours,
      ...(options.now ? { now: options.now } : {}),
    }),
    operator: createOperatorServices(database, options.onProgress ? { onProgress: options.onProgress } : {}),
    kind: database.kind,
    appliedMigrations,
    close: () => database.close(),
  };
}
