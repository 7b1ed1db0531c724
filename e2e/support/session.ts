import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type Browser, launchBrowser } from './browser.ts';
import type { DatabaseTarget, DatabaseTargetFactory } from './databases.ts';
import { screenshot } from './screenshots.ts';
import { type AdminAccount, type ServerUnderTest, startServer } from './server.ts';

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

export interface BrowserSession {
  /** Set once the suite's beforeAll has run. */
  readonly page: Page;
  readonly server: ServerUnderTest;
  /** Saves a screenshot named after the database target (only when CITYBENCH_E2E_SCREENSHOTS is set). */
  shot(name: string): Promise<void>;
}

/**
 * Registers the hooks of one browser suite: a fresh database on `target`, the real server with
 * `admin` created, and a fresh Chromium profile at desktop size, English, without animations.
 * Call it inside a `describe`; everything is torn down after the suite.
 */
export function openBrowserSession(target: DatabaseTargetFactory, admin: AdminAccount): BrowserSession {
  let database: DatabaseTarget | undefined;
  let server: ServerUnderTest | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    database = await target.create();
    server = await startServer({ databaseUrl: database.databaseUrl, admin });
    browser = await launchBrowser();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.setViewportSize(DESKTOP);
    // No chart animation, so screenshots and label positions are final when read.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // Start in English whatever the machine's locale, so selectors are predictable.
    await page.addInitScript({
      content:
        "if (!localStorage.getItem('citybench.language')) localStorage.setItem('citybench.language', 'en');",
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await database?.drop();
  });

  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined)
      throw new Error(`the browser session's ${what} is not ready (beforeAll failed?)`);
    return value;
  };
  return {
    get page() {
      return ready(page, 'page');
    },
    get server() {
      return ready(server, 'server');
    },
    shot: (name) => screenshot(ready(page, 'page'), `${target.name}-${name}`),
  };
}
