import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { databaseTargets } from './support/databases.ts';
import { e2eSkipReason } from './support/prerequisites.ts';
import type { ServerUnderTest } from './support/server.ts';
import { openBrowserSession } from './support/session.ts';
import { ensureWebBuild } from './support/web-build.ts';

const skipReason = e2eSkipReason();
const ADMIN = { email: 'e2e-plans@citybench.test', password: 'e2e-Admin-password-2026' };
const EDITOR = {
  email: 'e2e-editor@citybench.test',
  password: 'e2e-Editor-password-2026',
  name: 'Plan Editor',
};
const GROWTH_EN = 'Busan Economic Growth Innovation Strategy and Core Projects (Draft)';
const GROWTH_KO = '부산 경제성장 혁신전략 및 핵심사업(안)';
const NEW_PLAN = 'E2E smart city plan';
const NEW_ITEM = 'Smart pole pilot';

/** The cells of a table's body rows as text, row by row. */
async function tableRows(page: Page, testId: string): Promise<string[][]> {
  return page
    .getByTestId(testId)
    .locator('tbody tr')
    .evaluateAll((rows: Array<{ cells: ArrayLike<{ textContent: string | null }> }>) =>
      rows.map((row) => Array.from(row.cells, (cell) => (cell.textContent ?? '').trim())),
    );
}

async function signIn(page: Page, baseUrl: string, account: { email: string; password: string }) {
  await page.goto(`${baseUrl}/sign-in?next=/plans`);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('Signed in as').waitFor();
}

describe.skipIf(skipReason !== null)(
  'browser: plans portfolio (Busan demo plans; an editor builds a plan)',
  () => {
    beforeAll(() => ensureWebBuild());

    for (const target of databaseTargets()) {
      describe(`on ${target.name}`, () => {
        const session = openBrowserSession(target, ADMIN);
        let page: Page;
        let server: ServerUnderTest;
        beforeAll(() => {
          page = session.page;
          server = session.server;
        });

        test('signed out, /plans asks to sign in', async () => {
          await page.goto(`${server.baseUrl}/plans`);
          await page.getByRole('heading', { level: 1, name: 'Plans' }).waitFor();
          await page.getByText('Sign in to see your organisation’s plans.').waitFor();
        });

        test('the growth strategy shows every seed-003 figure exactly, in English', async () => {
          await signIn(page, server.baseUrl, ADMIN);
          await page.getByTestId('plans-table').waitFor();
          await page.getByRole('link', { name: GROWTH_EN }).click();
          await page.getByRole('heading', { level: 1, name: GROWTH_EN }).waitFor();
          const nav = page.getByRole('navigation', { name: 'Plan sections' });
          for (const label of ['Overview', 'Items', 'Budget', 'Workspace', 'Roadmap', 'Meetings'])
            await nav.getByRole('link', { name: label, exact: true }).waitFor();

          expect(await page.getByTestId('plan-stated').textContent()).toBe('KRW 4,888.2 billion');
          expect(await tableRows(page, 'plan-level-counts')).toEqual([
            ['Strategy', '4', '0', '0', '0'],
            ['Initiative', '10', '0', '0', '0'],
            ['Project', '71', '53', '15', '3'],
          ]);
          const strategies = await tableRows(page, 'plan-strategies');
          expect(strategies.map((row) => [row[0], row[1], row[2], row[3]])).toEqual([
            ['Mega-Convergence of Marine and Future Technologies', '3', '21', 'KRW 1,927 billion'],
            ['Advancement of AI-Based Technological Innovation', '2', '16', 'KRW 782.4 billion'],
            [
              'Leadership in Materials, Parts, Equipment, and Energy Industries',
              '3',
              '18',
              'KRW 1,739.6 billion',
            ],
            ['Revitalization (Boom-Up) of the Lifestyle Industry', '2', '16', 'KRW 439.2 billion'],
          ]);
          // The placeholders CityBench made up are labelled.
          expect(await page.getByTestId('plan-illustrative-note').textContent()).toContain('Illustrative');
          await session.shot('plans-growth-overview-en');

          await nav.getByRole('link', { name: 'Items', exact: true }).click();
          await page.getByTestId('plan-items').waitFor();
          expect(await page.getByTestId('plan-items').locator('tbody tr').count()).toBe(85);
          const first = page.getByTestId('plan-items').locator('tbody tr').first();
          expect(await first.locator('td').first().textContent()).toBe('1');
          expect(await first.getByTestId('illustrative-badge').count()).toBe(0);
          expect(await page.getByTestId('illustrative-badge').count()).toBeGreaterThan(70);

          await nav.getByRole('link', { name: 'Budget', exact: true }).click();
          await page.getByTestId('budget-summary').waitFor();
          expect(await page.getByTestId('budget-summary').textContent()).toBe(
            'Stated KRW 4,888.2 billion; itemised KRW 0 billion; not yet itemised KRW 4,888.2 billion.',
          );
          await page.locator('.plans-tree-chart svg').first().waitFor();
        });

        test('the same figures read in Korean (조/억)', async () => {
          await page.getByRole('button', { name: '한국어' }).click();
          await page
            .getByRole('navigation', { name: '계획 메뉴' })
            .getByRole('link', { name: '개요', exact: true })
            .click();
          await page.getByRole('heading', { level: 1, name: GROWTH_KO }).waitFor();
          expect(await page.getByTestId('plan-stated').textContent()).toBe('4조 8,882억 원');
          const strategies = await tableRows(page, 'plan-strategies');
          expect(strategies.map((row) => row[3])).toEqual([
            '1조 9,270억 원',
            '7,824억 원',
            '1조 7,396억 원',
            '4,392억 원',
          ]);
          expect((await tableRows(page, 'plan-level-counts')).map((row) => row.slice(0, 2))).toEqual([
            ['전략', '4'],
            ['추진과제', '10'],
            ['사업', '71'],
          ]);
          await session.shot('plans-growth-overview-ko');
          await page.getByRole('button', { name: 'English' }).click();
        });

        test('the informatization plan shows its period and labels its example tasks', async () => {
          await page.goto(`${server.baseUrl}/plans`);
          await page
            .getByRole('link', {
              name: '6th Basic Informatization Plan of Busan Metropolitan City (2026–2030)',
            })
            .click();
          await page.getByTestId('plan-stated').waitFor();
          expect(await page.locator('.plan-facts').textContent()).toContain('2026–2030');
          expect(await page.getByTestId('plan-illustrative-note').textContent()).toContain('Illustrative');
          // Seed 004's facts, as the seed states them.
          expect(await page.getByTestId('plan-study-budget').textContent()).toBe('KRW 175 million');
          const study = await page.getByTestId('plan-study').textContent();
          expect(study).toContain('2025-06 – 2025-11 (5 months)');
          expect(study).toContain('C&L Consulting Co., Ltd.');
          const sources = await page.getByTestId('plan-sources').textContent();
          expect(sources).toContain('(2019–2025)');
          expect(sources).toContain('2025-06-12 15:00, Domohon Conference Room (2nd Floor)');
          expect(sources).toContain('15:10–15:35 (25’)');
          await page.getByRole('button', { name: '한국어' }).click();
          await page.getByTestId('plan-study-budget').getByText('1억 7,500만 원').waitFor();
          await page.getByRole('button', { name: 'English' }).click();
          await page
            .getByRole('navigation', { name: 'Plan sections' })
            .getByRole('link', { name: 'Budget', exact: true })
            .click();
          await page.getByTestId('annual-budget').waitFor();
          const annual = await tableRows(page, 'annual-budget');
          expect(annual.map((row) => row[0])).toEqual(['2026', '2027', '2028', '2029', '2030']);
          expect(annual.every((row) => row.length === 6)).toBe(true);
          // Its budget lines belong to example tasks, and the page says so.
          expect(await page.getByTestId('budget-illustrative').textContent()).toContain(
            'KRW 9 billion of the KRW 9 billion itemised comes from illustrative items',
          );
        });

        test('an editor builds a new plan with an item and a budget line, sees the roll-up and exports CSV', async () => {
          // The administrator adds an editor through the API, then the editor signs in.
          const csrf = (await (await page.request.get(`${server.baseUrl}/api/auth/csrf`)).json()) as {
            csrfToken: string;
          };
          const created = await page.request.post(`${server.baseUrl}/api/users`, {
            headers: { 'x-csrf-token': csrf.csrfToken },
            data: { email: EDITOR.email, name: EDITOR.name, role: 'editor', password: EDITOR.password },
          });
          expect(created.status()).toBe(201);
          await page.goto(`${server.baseUrl}/plans`);
          await page.getByRole('button', { name: 'Sign out' }).click();
          await signIn(page, server.baseUrl, EDITOR);

          await page.getByRole('heading', { level: 2, name: 'New plan', exact: true }).waitFor();
          await page.getByLabel('Name (English)').fill(NEW_PLAN);
          await page.getByLabel('First year').fill('2026');
          await page.getByLabel('Last year').fill('2025');
          await page.getByRole('button', { name: 'Create plan' }).click();
          // The browser's own check, shown under the field like the server's.
          await page
            .locator('#new-plan-periodTo-errors')
            .getByText('The last year is before the first year.')
            .waitFor();
          await page.getByLabel('Last year').fill('2030');
          await page.getByRole('button', { name: 'Create plan' }).click();
          await page.getByRole('heading', { level: 1, name: `Items: ${NEW_PLAN}` }).waitFor();
          await page.getByText('This plan has no items yet.').waitFor();

          await page.getByRole('button', { name: 'Add a top-level item' }).click();
          const editor = page.getByTestId('item-editor');
          await editor.getByLabel('Name (English)').fill(NEW_ITEM);
          await editor.getByLabel('Project type').selectOption('new');
          await editor.getByRole('button', { name: 'Add a budget line' }).click();
          expect(await editor.getByLabel('Year', { exact: true }).inputValue()).toBe('2026');
          await editor.getByLabel('Funding source').selectOption('national');
          await editor.getByLabel('Amount', { exact: true }).fill('12억');
          expect(await editor.locator('.amount-preview').textContent()).toBe('KRW 1.2 billion');
          await editor.getByRole('button', { name: 'Save item' }).click();
          await page.getByTestId('items-status').getByText(`“${NEW_ITEM}” added.`).waitFor();
          const rows = await tableRows(page, 'plan-items');
          expect(rows).toHaveLength(1);
          expect(rows[0]?.slice(0, 4)).toEqual(['1', NEW_ITEM, 'Strategy', 'New']);
          expect(rows[0]?.[8]).toBe('KRW 1.2 billion');

          const nav = page.getByRole('navigation', { name: 'Plan sections' });
          await nav.getByRole('link', { name: 'Budget', exact: true }).click();
          await page.getByTestId('rollup-source').waitFor();
          expect(await tableRows(page, 'rollup-source')).toEqual([
            ['National', 'KRW 1.2 billion', '100.0%'],
            ['Municipal', 'KRW 0 billion', '0.0%'],
            ['Private', 'KRW 0 billion', '0.0%'],
            ['Other', 'KRW 0 billion', '0.0%'],
          ]);
          const annual = await tableRows(page, 'annual-budget');
          expect(annual[0]).toEqual([
            '2026',
            'KRW 1.2 billion',
            'KRW 0 billion',
            'KRW 0 billion',
            'KRW 0 billion',
            'KRW 1.2 billion',
          ]);
          expect(annual.map((row) => row[0])).toEqual(['2026', '2027', '2028', '2029', '2030']);

          await page.getByRole('button', { name: '한국어' }).click();
          await page.getByRole('heading', { level: 1, name: `예산: ${NEW_PLAN}` }).waitFor();
          expect((await tableRows(page, 'rollup-source'))[0]?.slice(0, 2)).toEqual(['국비', '12억 원']);
          await session.shot('plans-new-budget-ko');
          await page.getByRole('button', { name: 'English' }).click();

          await nav.getByRole('link', { name: 'Import, export and document', exact: true }).click();
          const [download] = await Promise.all([
            page.waitForEvent('download'),
            page.getByTestId('export-csv').click(),
          ]);
          const csv = readFileSync(await download.path(), 'utf8');
          expect(csv).toContain(NEW_PLAN);
          expect(csv).toContain(NEW_ITEM);
          expect(csv).toContain('1200000000');
          expect(download.suggestedFilename()).toMatch(/\.csv$/);
          expect(await page.getByTestId('document-ko').getAttribute('href')).toMatch(/\/document\?lang=ko$/);
        });
      });
    }
  },
);
