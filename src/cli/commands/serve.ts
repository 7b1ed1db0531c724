import type { CliCommand } from '../command.ts';
import { parseFlags, UsageError } from '../command.ts';
import { serve } from '../serve.ts';

export function parsePort(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port must be 0-65535, got ${value}`);
  return port;
}

const command: CliCommand = {
  name: 'serve',
  summary: 'Run the API (and the built web app) on PORT',
  help: `Usage: citybench serve [--port N]

Opens the database (PostgreSQL when DATABASE_URL is set, otherwise PGlite under
CITYBENCH_DATA_DIR), applies migrations, seeds the demo organisation and the published SCI data,
creates the first admin when there is none (printing its one-time password), then serves HTTP on
--port or PORT (default 8080) until SIGINT or SIGTERM. Serves dist/web when it has been built;
\`citybench start\` builds it first.`,
  async run(argv, io) {
    const { values } = parseFlags(argv, { port: { type: 'string' } });
    const port = parsePort(values.port);
    return serve(io, port === undefined ? {} : { port });
  },
};

export default command;
