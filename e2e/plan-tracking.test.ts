import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { databaseTargets } from './support/databases.ts';
import { e2eSkipReason } from './support/prerequisites.ts';
import type { ServerUnderTest } from './support/server.ts';
import { openBrowserSession } from './support/session.ts';
import { ensureWebBuild } from './support/web-build.ts';

const skipReason = e2eSkipReason();
const ADMIN = { email: 'e2e-plans@citybench.test', password: 'e2e-Admin-password-2026' };

/** Seed 004: the kickoff briefing of 12 June 2025, 15:00–16:00, as the press release times it. */
const KICKOFF_SLOTS = [
  '15:00–15:05 (5’)',
  '15:05–15:10 (5’)',
  '15:10–15:35 (25’)',
  '15:35–15:55 (20’)',
  '15:55–16:00 (5’)',
];

describe.skipIf(skipReason !== null)(
  'browser: plan tracking of the demo informatization plan (meetings, AHP, Korean)',
  () => {
    beforeAll(() => ensureWebBuild());

    for (const target of databaseTargets()) {
      describe(`on ${target.name}`, () => {
        const session = openBrowserSession(target, ADMIN);
        let page: Page;
        let server: ServerUnderTest;
        let planId = '';
        beforeAll(() => {
          page = session.page;
          server = session.server;
        });

        test('signed out, a tracking section asks to sign in and shows no plan data', async () => {
          await page.goto(`${server.baseUrl}/plans/any-plan/meetings`);
          await page.getByRole('main').getByRole('link', { name: 'Sign in' }).waitFor();
          expect(await page.getByTestId('meeting-list').count()).toBe(0);
        });

        test('the admin signs in and finds the demo informatization plan', async () => {
          await page.goto(`${server.baseUrl}/sign-in`);
          await page.getByLabel('Email').fill(ADMIN.email);
          await page.getByLabel('Password').fill(ADMIN.password);
          await page.getByRole('button', { name: 'Sign in' }).click();
          await page.getByText('Signed in as').waitFor();
          const response = await page.request.get(`${server.baseUrl}/api/orgs/busan/plans`);
          expect(response.status()).toBe(200);
          const body = (await response.json()) as
            | { items: Array<{ id: string; kind: string }> }
            | Array<{ id: string; kind: string }>;
          const plans = Array.isArray(body) ? body : body.items;
          planId = plans.find((p) => p.kind === 'informatization_master_plan')?.id ?? '';
          expect(planId).not.toBe('');
        });

        test('the meetings section shows the seed-004 kickoff with its timed agenda', async () => {
          await page.goto(`${server.baseUrl}/plans/${planId}/meetings`);
          await page.getByRole('heading', { level: 1, name: /^Meetings: / }).waitFor();
          const kickoffRow = page
            .getByTestId('meeting-list')
            .locator('tbody tr')
            .filter({ hasText: '2025-06-12' });
          await kickoffRow.getByRole('button').click();
          const detail = page.getByTestId('meeting-detail');
          await detail.getByText('2025-06-12 15:00').waitFor();
          const agenda = detail.getByTestId('meeting-agenda');
          await agenda.waitFor();
          expect(await agenda.locator('tbody th').allTextContents()).toEqual(KICKOFF_SLOTS);
          const contents = await agenda.locator('tbody td:nth-child(2)').allTextContents();
          expect(contents[2]).toContain('Project Briefing');
          expect(contents[3]).toContain('Feedback');
          await detail.getByText('60 minutes in all.').waitFor();
          expect(await detail.textContent()).toContain('Domohon');
          await session.shot('plan-meetings-en-desktop');
        });

        test('in the priorities section, contradictory AHP judgements raise the CR warning', async () => {
          await page.goto(`${server.baseUrl}/plans/${planId}/priorities`);
          await page.getByRole('heading', { level: 1, name: /^Priorities: / }).waitFor();
          const editor = page.getByTestId('ahp-editor');
          await editor.waitFor();
          const matrix = editor.locator('table.pt-ahp-matrix');
          const cells = matrix.locator('select');
          const n = await matrix.locator('tbody tr').count();
          expect(n).toBeGreaterThanOrEqual(3);
          // Upper-triangle selects in row order: (1,2) is 0, (1,3) is 1, (2,3) is n − 1.
          await cells.nth(0).selectOption({ label: '9' });
          await cells.nth(n - 1).selectOption({ label: '9' });
          await cells.nth(1).selectOption({ label: '1/9' });
          const warning = editor.getByTestId('ahp-warning');
          await warning.waitFor();
          const text = (await warning.textContent()) ?? '';
          expect(text).toContain('above 0.1');
          expect(text).toContain('Revisit');
          const cr = Number(await editor.getByTestId('ahp-cr').textContent());
          expect(cr).toBeGreaterThan(0.1);
          await session.shot('plan-ahp-warning-en-desktop');

          // Back to equal judgements: consistent, no warning.
          await cells.nth(0).selectOption({ label: '1 (equal)' });
          await cells.nth(1).selectOption({ label: '1 (equal)' });
          await cells.nth(n - 1).selectOption({ label: '1 (equal)' });
          await editor.getByText('is within 0.1').waitFor();
          expect(await editor.getByTestId('ahp-warning').count()).toBe(0);
          await cells.nth(0).selectOption({ label: '9' });
          await cells.nth(n - 1).selectOption({ label: '9' });
          await cells.nth(1).selectOption({ label: '1/9' });
          await warning.waitFor();
        });

        test('the page reads in Korean', async () => {
          await page.getByRole('button', { name: '한국어' }).click();
          await page.getByRole('heading', { level: 1, name: /^우선순위: / }).waitFor();
          const warning = page.getByTestId('ahp-warning');
          expect(await warning.textContent()).toContain('0.1을 넘어');
          await page.getByRole('heading', { level: 2, name: 'AHP 쌍대비교' }).waitFor();
          await page.goto(`${server.baseUrl}/plans/${planId}/meetings`);
          await page.getByRole('heading', { level: 1, name: /^회의: / }).waitFor();
          await page.getByRole('heading', { level: 4, name: '진행 순서' }).waitFor();
          await session.shot('plan-meetings-ko-desktop');
        });
      });
    }
  },
);
