import type { CliCommand } from '../command.ts';
import { parseFlags } from '../command.ts';
import { withRuntime } from '../runtime.ts';

const command: CliCommand = {
  name: 'migrate',
  summary: 'Apply pending database migrations',
  help: `Usage: citybench migrate

Applies the SQL migrations in src/db/migrations that the database has not seen yet, in order,
each in its own transaction. Running it again does nothing. Uses PostgreSQL when DATABASE_URL is
set, otherwise PGlite under CITYBENCH_DATA_DIR (default ./.citybench).`,
  async run(argv, io) {
    parseFlags(argv, {});
    return withRuntime(io, async (runtime) => {
      io.stdout(
        runtime.appliedMigrations.length === 0
          ? `database (${runtime.kind}) is up to date\n`
          : `applied ${runtime.appliedMigrations.length} migration(s) to ${runtime.kind}: ${runtime.appliedMigrations.join(', ')}\n`,
      );
      return 0;
    });
  },
};

export default command;
