import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, VITE_BIN, WEB_BUILD_INDEX, WEB_SOURCES } from './paths.ts';

function newestModification(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    const time = entry.isDirectory() ? newestModification(path) : statSync(path).mtimeMs;
    newest = Math.max(newest, time);
  }
  return newest;
}

/** Builds dist/web only when it is missing or older than a file under web/ (a build takes seconds). */
export function ensureWebBuild(): void {
  const built = existsSync(WEB_BUILD_INDEX) ? statSync(WEB_BUILD_INDEX).mtimeMs : 0;
  if (built > newestModification(WEB_SOURCES)) return;
  console.warn('[e2e] building the web app (dist/web is missing or stale)');
  execFileSync(
    process.execPath,
    [VITE_BIN, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
    {
      cwd: REPO_ROOT,
      stdio: 'inherit',
      // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
}
