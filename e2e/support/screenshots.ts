import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * Saves a full-page screenshot when CITYBENCH_E2E_SCREENSHOTS names a directory, so layout and
 * the Korean font can be checked by eye; otherwise does nothing.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const directory = process.env.CITYBENCH_E2E_SCREENSHOTS;
  if (!directory) return;
  mkdirSync(directory, { recursive: true });
  await page.screenshot({ path: join(directory, `${name}.png`), fullPage: true });
}
