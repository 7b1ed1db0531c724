import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { CHROMIUM_PATH } from './prerequisites.ts';

export interface Browser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** Debian's chromium in a fresh profile, quiet: no network chatter besides the app under test. */
export async function launchBrowser(): Promise<Browser> {
  const profileDir = mkdtempSync(join(tmpdir(), 'citybench-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
