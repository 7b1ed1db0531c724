import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../config.ts';
import { startServer } from '../server/start.ts';
import type { CliIo } from './command.ts';
import { openCliRuntime, REPO_ROOT } from './runtime.ts';

export const WEB_DIR = join(REPO_ROOT, 'dist', 'web');

/**
 * Listens for SIGINT/SIGTERM from the start, so a Ctrl-C during the slow first database creation
 * still shuts down cleanly (lock released) instead of killing the process mid-write.
 */
function watchSignals() {
  let onSignal: (signal: NodeJS.Signals) => void = () => {};
  const received = new Promise<NodeJS.Signals>((resolve) => {
    onSignal = resolve;
  });
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    received,
    dispose() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

/**
 * `serve`: open and migrate the database, seed the demo data, create the first admin if there is
 * none (printing its one-time password), then serve HTTP until SIGINT/SIGTERM, when the server
 * and then the database close (releasing the data-directory lock).
 */
export async function serve(io: CliIo, overrides: { port?: number } = {}): Promise<number> {
  const config = loadConfig();
  const signals = watchSignals();
  let runtime: Awaited<ReturnType<typeof openCliRuntime>>;
  try {
    runtime = await openCliRuntime(io, config);
  } catch (err) {
    signals.dispose();
    throw err;
  }
  let server: Awaited<ReturnType<typeof startServer>> | null = null;
  try {
    const seeded = await runtime.operator.seedDemo();
    if (seeded.organisationCreated) io.stderr('citybench: created the demo organisation busan\n');
    if (seeded.publishedLoaded) io.stderr('citybench: loaded the published Smart Centres Index data\n');
    const admin = await runtime.operator.ensureAdmin();
    if (admin) {
      io.stdout(
        [
          'citybench: created the first admin account (this password is shown only once):',
          `  email:    ${admin.email}`,
          `  password: ${admin.password}`,
          '',
        ].join('\n'),
      );
    }
    const webDir = existsSync(join(WEB_DIR, 'index.html')) ? WEB_DIR : null;
    if (!webDir)
      io.stderr('citybench: the web app is not built (run `citybench start`); serving the API only\n');
    server = await startServer({
      services: runtime.services,
      port: overrides.port ?? config.port,
      webDir,
      logLevel: config.logLevel,
    });
    io.stdout(`citybench: listening on http://localhost:${server.port} (database: ${runtime.kind})\n`);
    const signal = await signals.received;
    io.stderr(`citybench: ${signal} received, shutting down\n`);
    return 0;
  } finally {
    signals.dispose();
    await server?.close();
    await runtime.close();
  }
}
