import { readdirSync } from 'node:fs';

/** Every migration tag in src/db/migrations, in the order the migrator applies them. */
export const MIGRATION_TAGS: readonly string[] = readdirSync(
  new URL('../../src/db/migrations/', import.meta.url),
)
  .filter((file) => file.endsWith('.sql'))
  .map((file) => file.replace(/\.sql$/, ''))
  .sort();
