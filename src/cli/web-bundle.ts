import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CliIo } from './command.ts';
import { REPO_ROOT } from './runtime.ts';

/** What the bundle is built from: the web app and the engine it imports. */
const SOURCES = ['web', join('src', 'engine'), join('src', 'services', 'contract.ts')];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** Why the bundle needs building, or null when dist/web/index.html is newer than every source. */
export function bundleStaleReason(root = REPO_ROOT): string | null {
  const index = join(root, 'dist', 'web', 'index.html');
  if (!existsSync(index)) return 'the web app has not been built yet';
  const built = statSync(index).mtimeMs;
  const newest = Math.max(...SOURCES.map((s) => newestMtime(join(root, s))));
  return newest > built ? 'web sources changed since the last build' : null;
}

/** Runs the Vite build, streaming its output to stderr; rejects when it fails. */
export function buildWebBundle(io: CliIo): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['vite', 'build', '--config', 'web/vite.config.ts'], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => io.stderr(chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => io.stderr(chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`the web build failed (vite exited with ${code})`)),
    );
  });
}
