import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CLI_ENTRY, REPO_ROOT } from './paths.ts';

export const CHROMIUM_PATH = '/usr/bin/chromium';
const REQUIRED_COMMANDS = ['serve', 'admin create'];

/** Why the browser suite cannot run here, or null when it can. */
function findSkipReason(): string | null {
  if (!existsSync(CHROMIUM_PATH)) {
    return `${CHROMIUM_PATH} not found (install it with: apt-get install -y chromium fonts-nanum)`;
  }
  let help: string;
  try {
    help = execFileSync(process.execPath, [CLI_ENTRY, '--help'], { cwd: REPO_ROOT, encoding: 'utf8' });
  } catch (error) {
    return `\`citybench --help\` failed: ${error instanceof Error ? error.message : String(error)}`;
  }
  const missing = REQUIRED_COMMANDS.filter((command) => !new RegExp(`^\\s+${command}\\s`, 'm').test(help));
  return missing.length > 0
    ? `the CLI has no ${missing.map((c) => `\`${c}\``).join(' or ')} command yet`
    : null;
}

/**
 * null when the suite should run. When it cannot, the reason is printed and the suite skipped,
 * unless CITYBENCH_REQUIRE_E2E=1 (CI), where a missing prerequisite is a failure.
 */
export function e2eSkipReason(): string | null {
  const reason = findSkipReason();
  if (!reason) return null;
  const required = process.env.CITYBENCH_REQUIRE_E2E === '1' || process.env.CITYBENCH_REQUIRE_E2E === 'true';
  if (required) throw new Error(`CITYBENCH_REQUIRE_E2E is set but the browser suite cannot run: ${reason}`);
  console.warn(`[e2e] skipping browser tests: ${reason}`);
  return reason;
}
