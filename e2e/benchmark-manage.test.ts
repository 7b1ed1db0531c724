import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { databaseTargets } from './support/databases.ts';
import { e2eSkipReason } from './support/prerequisites.ts';
import type { ServerUnderTest } from './support/server.ts';
import { openBrowserSession } from './support/session.ts';
import { ensureWebBuild } from './support/web-build.ts';

const skipReason = e2eSkipReason();
const ADMIN = { email: 'e2e@citybench.test', password: 'e2e-Admin-password-2026' };
const EDITION = 12;
const LABEL = 'SCI 12 (e2e draft)';
const EDITION_DATE = '2026-09-01';
const csvFile = (name: string, lines: string[]) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(`${lines.join('\n')}\n`, 'utf8'),
});

const editionRow = (page: Page) =>
  page
    .getByTestId('manage-editions')
    .locator('tbody tr')
    .filter({
      has: page.getByRole('rowheader', { name: LABEL, exact: true }),
    });

describe.skipIf(skipReason !== null)(
  'browser: an admin creates a draft edition, imports its data, builds and publishes it',
  () => {
    beforeAll(() => ensureWebBuild());

    for (const target of databaseTargets()) {
      describe(`on ${target.name}`, () => {
        const session = openBrowserSession(target, ADMIN);
        let page: Page;
        let server: ServerUnderTest;
        const shot = (name: string) => session.shot(name);
        const api = (path: string) => `${server.baseUrl}/api/orgs/busan/benchmark${path}`;
        beforeAll(() => {
          page = session.page;
          server = session.server;
        });

        test('signed out, the page asks to sign in and the sub-nav has no manage link', async () => {
          await page.goto(`${server.baseUrl}/benchmark/manage`);
          await page.getByRole('heading', { level: 1, name: 'Manage editions' }).waitFor();
          await page.getByText('Please sign in to see this page.').waitFor();
          expect(await page.getByRole('link', { name: 'Manage editions' }).count()).toBe(0);
        });

        test('the admin signs in, opens the page from the sub-nav and creates draft edition 12', async () => {
          await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
          await page.getByLabel('Email').fill(ADMIN.email);
          await page.getByLabel('Password').fill(ADMIN.password);
          await page.getByRole('button', { name: 'Sign in' }).click();
          await page.getByText('Signed in as').waitFor();
          await page.goto(`${server.baseUrl}/benchmark`);
          await page
            .getByRole('navigation', { name: 'Benchmark sections' })
            .getByRole('link', { name: 'Manage editions' })
            .click();
          await page.getByRole('heading', { level: 1, name: 'Manage editions' }).waitFor();
          await page.getByTestId('manage-editions').waitFor();

          // A field error from the server appears under its field.
          await page.getByLabel('Number', { exact: true }).fill(String(EDITION));
          await page.getByLabel('Label', { exact: true }).fill(LABEL);
          await page.getByRole('button', { name: 'Create draft' }).click();
          await page.locator('#new-edition-published-on-errors').waitFor();

          await page.getByLabel('Publication date', { exact: true }).fill(EDITION_DATE);
          await page.getByRole('button', { name: 'Create draft' }).click();
          await page.getByText(`Draft edition ${LABEL} created.`).waitFor();
          await editionRow(page).waitFor();
          expect(await editionRow(page).getByTestId('edition-status').textContent()).toBe('Draft');
          await page.getByRole('heading', { level: 2, name: `Draft: ${LABEL}` }).waitFor();
        });

        test('a factor-values file with bad rows is rejected, naming every bad row; a valid one is imported', async () => {
          const framework = (await (await page.request.get(api('/framework'))).json()) as {
            factors: Array<{ code: string }>;
          };
          const cities = (await (await page.request.get(api('/cities'))).json()) as {
            items: Array<{ code: string }>;
          };
          const [f1, f2] = framework.factors.map((f) => f.code);
          const [c1, c2] = cities.items.map((c) => c.code);
          expect(f1 && f2 && c1 && c2).toBeTruthy();

          const panel = page.getByTestId('upload-factor-values');
          const fileInput = panel.getByLabel('File (.csv or .xlsx)');
          await fileInput.setInputFiles(
            csvFile('bad.csv', [
              'city,factor,value',
              `${c1},${f1},1.5`,
              `NOT-A-CITY,${f1},2`,
              `${c2},${f2},abc`,
            ]),
          );
          await panel.getByRole('button', { name: 'Import' }).click();
          const report = panel.getByTestId('upload-report');
          await report.waitFor();
          expect(await report.locator('.notice-title').textContent()).toBe(
            'Nothing was imported: 2 rows have problems',
          );
          const rows = report.locator('tbody tr');
          expect(await rows.locator('th').allTextContents()).toEqual(['3', '4']);
          expect(await rows.nth(0).locator('td').textContent()).toContain("unknown city code 'NOT-A-CITY'");
          expect(await rows.nth(1).locator('td').textContent()).toContain("value 'abc' is not a number");
          expect(await editionRow(page).locator('td').nth(5).textContent()).toBe('0');
          await shot('manage-report-en-desktop');

          await fileInput.setInputFiles(
            csvFile('good.csv', [
              'city,factor,value',
              `${c1},${f1},1.5`,
              `${c2},${f1},2`,
              `${c2},${f2},3.25`,
            ]),
          );
          await panel.getByRole('button', { name: 'Import' }).click();
          await panel.getByText('3 rows imported from good.csv.').waitFor();
          expect(await panel.getByTestId('upload-report').count()).toBe(0);
          // Two distinct factors now have values.
          await expect.poll(() => editionRow(page).locator('td').nth(5).textContent()).toBe('2');
        });

        test('a file that is neither .csv nor .xlsx is refused in the page', async () => {
          const panel = page.getByTestId('upload-assessments');
          await panel.getByLabel('File (.csv or .xlsx)').setInputFiles(csvFile('survey.txt', ['x']));
          await panel.getByText('“survey.txt” is not a .csv or .xlsx file.', { exact: false }).waitFor();
        });

        test('publishing a draft that was never built is refused with the server’s reason', async () => {
          await page.getByRole('button', { name: `Publish ${LABEL}` }).click();
          const dialog = page.getByRole('dialog', { name: `Publish ${LABEL}?` });
          await dialog.waitFor();
          expect(await dialog.textContent()).toContain('freezes');
          await dialog.getByRole('button', { name: 'Publish and freeze' }).click();
          const publishError = page.locator('.manage-step').nth(1).getByRole('alert');
          await publishError.waitFor();
          expect(await publishError.textContent()).toContain('build it before publishing');
          expect(await editionRow(page).getByTestId('edition-status').textContent()).toBe('Draft');
        });

        test('building the small draft succeeds with every city an associate; the admin then publishes it', async () => {
          // The server builds a draft with too few assessments: all 76 cities become associates (none ranked).
          await page.getByRole('button', { name: `Build ${LABEL}` }).click();
          const built = page.getByTestId('build-result');
          await built.waitFor();
          expect(await built.textContent()).toContain(`${LABEL} built: 0 ranked cities, 76 associates.`);
          expect(
            await built.getByRole('link', { name: `See the rankings of ${LABEL}` }).getAttribute('href'),
          ).toBe(`/benchmark/editions/${EDITION}`);
          await expect.poll(() => editionRow(page).locator('td').nth(3).textContent()).toBe('76');
          await shot('manage-built-en-desktop');

          await page.getByRole('button', { name: `Publish ${LABEL}` }).click();
          const dialog = page.getByRole('dialog', { name: `Publish ${LABEL}?` });
          await dialog.getByRole('button', { name: 'Publish and freeze' }).click();
          await page.getByTestId('publish-result').waitFor();
          expect(await editionRow(page).getByTestId('edition-status').textContent()).toBe('Published');
          // A published edition is frozen: no more imports or builds on the page.
          expect(await page.getByTestId('upload-factor-values').count()).toBe(0);
          expect(await page.getByRole('button', { name: `Build ${LABEL}` }).count()).toBe(0);
          const editions = (await (await page.request.get(api('/editions'))).json()) as {
            items: Array<{ number: number; status: string }>;
          };
          expect(editions.items.find((e) => e.number === EDITION)?.status).toBe('published');
        });

        test('the page reads in Korean', async () => {
          await page.getByRole('button', { name: '한국어' }).click();
          await page.getByRole('heading', { level: 1, name: '회차 관리' }).waitFor();
          expect(await editionRow(page).getByTestId('edition-status').textContent()).toBe('공표됨');
          await page.getByText(`${LABEL}은(는) 공표되어 고정되었습니다.`, { exact: false }).waitFor();
          await shot('manage-ko-desktop');
        });
      });
    }
  },
);
