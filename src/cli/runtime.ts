import { fileURLToPath } from 'node:url';
import { type Config, loadConfig } from '../config.ts';
import { openRuntime, type Runtime } from '../services/index.ts';
import type { CliIo } from './command.ts';

/** The repository root (the CLI runs from source through tsx, so paths are relative to this file). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Opens the configured database (progress on stderr), applies migrations, and returns it. */
export async function openCliRuntime(io: CliIo, config: Config = loadConfig()): Promise<Runtime> {
  return openRuntime(config, { onProgress: (message) => io.stderr(`citybench: ${message}\n`) });
}

/** Runs `work` against an open runtime and always closes it (releasing the data-dir lock). */
export async function withRuntime<T>(io: CliIo, work: (runtime: Runtime) => Promise<T>): Promise<T> {
  const runtime = await openCliRuntime(io);
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}
