import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { databaseTargets } from './support/databases.ts';
import { e2eSkipReason } from './support/prerequisites.ts';
import type { ServerUnderTest } from './support/server.ts';
import { openBrowserSession, PHONE } from './support/session.ts';
import { ensureWebBuild } from './support/web-build.ts';

const skipReason = e2eSkipReason();
const ADMIN = { email: 'e2e-surveys@citybench.test', password: 'e2e-Surveys-password-2026' };
const TITLE_EN = 'Citizen survey (e2e)';
const TITLE_KO = '시민 설문(e2e)';

/** Clicks the choice of a SurveyJS radio question whose visible text is `text`. */
async function choose(question: Locator, text: string) {
  await question.getByText(text, { exact: true }).first().click();
}

/** Picks `option` of a SurveyJS dropdown (at phone width ratings render as dropdowns too). */
async function pick(question: Locator, option: string) {
  const item = question.getByRole('option', { name: option, exact: true });
  // The previous dropdown's popup may still be closing: open this one until its list shows.
  for (let attempt = 0; attempt < 3; attempt++) {
    await question.locator('.sd-dropdown').click();
    const shown = await item
      .waitFor({ state: 'visible', timeout: 3000 })
      .then(() => true)
      .catch(() => false);
    if (shown) break;
  }
  await item.click();
  await item.waitFor({ state: 'hidden' });
}

describe.skipIf(skipReason !== null)(
  'browser: an analyst sends a citizen survey, a citizen answers it on a phone in Korean, the dashboard counts it',
  () => {
    beforeAll(() => ensureWebBuild());

    for (const target of databaseTargets()) {
      describe(`on ${target.name}`, () => {
        const session = openBrowserSession(target, ADMIN);
        let page: Page;
        let server: ServerUnderTest;
        let surveyUrl = '';
        let personalLink = '';
        const shot = (name: string) => session.shot(name);
        beforeAll(() => {
          page = session.page;
          server = session.server;
        });

        test('signed out, the surveys page asks to sign in', async () => {
          await page.goto(`${server.baseUrl}/surveys`);
          await page.getByText('Please sign in to work with surveys.').waitFor();
        });

        test('the analyst creates a citizen survey from its template, publishes and opens it', async () => {
          await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
          await page.getByLabel('Email').fill(ADMIN.email);
          await page.getByLabel('Password').fill(ADMIN.password);
          await page.getByRole('button', { name: 'Sign in' }).click();
          await page.getByText('Signed in as').waitFor();
          await page.goto(`${server.baseUrl}/surveys`);
          await page.getByRole('heading', { level: 1, name: 'Surveys' }).waitFor();
          await page.getByRole('heading', { level: 2, name: 'New survey' }).waitFor();

          const template = page.getByLabel('Start from');
          // The four built-in templates and the blank survey are offered.
          await expect.poll(() => template.locator('option').count()).toBe(5);
          await template.selectOption('citizen-master-plan');
          await page.getByTestId('template-description').waitFor();
          await page.getByLabel('Title (Korean)').fill(TITLE_KO);
          await page.getByLabel('Title (English)').fill(TITLE_EN);
          await page.getByRole('button', { name: 'Create survey' }).click();

          await page.getByRole('heading', { level: 1, name: TITLE_EN }).waitFor();
          surveyUrl = page.url();
          expect(await page.getByTestId('survey-status').first().textContent()).toBe('Draft');

          // Publishing asks first, then freezes version 1.
          await page.getByRole('button', { name: 'Publish version 1' }).click();
          await page.getByRole('dialog').getByRole('heading', { name: 'Publish version 1?' }).waitFor();
          await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
          await page.getByText('Version 1 is published and frozen.').waitFor();
          await page
            .getByTestId('survey-versions')
            .getByText(/Published .* \(frozen\)/)
            .waitFor();

          await page.getByRole('button', { name: 'Open for responses' }).click();
          await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
          await page.getByText('The survey is open: links and invitations now accept answers.').waitFor();
          expect(await page.getByTestId('survey-status').first().textContent()).toBe('Open');
          await shot('surveys-overview-en-desktop');
        });

        test('an invitation list gives one personal link, shown once', async () => {
          await page
            .getByRole('navigation', { name: 'Survey sections' })
            .getByRole('link', { name: 'Distribute' })
            .click();
          await page.getByTestId('live-dashboard').waitFor();
          const panel = page.getByTestId('invitations');
          await panel.getByLabel(/Invitation list/).fill('name,email,group\n김민수,minsu@example.kr,시민\n');
          await panel.getByText('Ready to invite: 1.').waitFor();
          await panel.getByRole('button', { name: 'Create invitations (1)' }).click();
          const links = page.getByTestId('issued-links');
          await links.waitFor();
          personalLink = ((await links.locator('code').first().textContent()) ?? '').trim();
          expect(personalLink).toMatch(/\/respond\/[A-Za-z0-9_-]+$/);
          // The reminders list names the invitee until they submit.
          await page.getByTestId('reminders').getByRole('rowheader', { name: '김민수' }).waitFor();
          await shot('surveys-distribute-en-desktop');
        });

        test('the citizen answers in Korean on a phone, resumes after a reload, and submits once', async () => {
          const phone = await page.context().newPage();
          try {
            await phone.setViewportSize(PHONE);
            await phone.goto(personalLink);
            await phone.getByRole('button', { name: '한국어' }).click();
            await phone.getByRole('heading', { level: 1, name: /시민 설문/ }).waitFor();

            // Page 1, then a reload: the answers come back from the draft.
            await choose(phone.locator('[data-name="age_group"]'), '30대');
            await phone.reload();
            await phone
              .getByText('다시 오신 것을 환영합니다. 이전 답변을 불러왔습니다.', { exact: false })
              .waitFor();
            const checked = phone.locator('[data-name="age_group"] .sd-item--checked');
            await checked.waitFor();
            expect(await checked.textContent()).toBe('30대');

            // Validation as you go: "next" without the district shows the required error.
            await phone.getByRole('button', { name: '다음' }).click();
            await phone.locator('[data-name="district"] [role="alert"]').first().waitFor();
            await pick(phone.locator('[data-name="district"]'), '중구');
            await phone.getByRole('button', { name: '다음' }).click();

            const usage = phone.locator('[data-name="usage"]');
            await usage.waitFor();
            await usage.locator('input[type="radio"]').first().check({ force: true });
            await choose(phone.locator('[data-name="satisfaction"]'), '4');
            await phone.getByRole('button', { name: '다음' }).click();

            await phone
              .locator('[data-name="priority_domains"] input[type="checkbox"]')
              .first()
              .check({ force: true });
            await choose(phone.locator('[data-name="ai_comfort"]'), '3');
            await choose(phone.locator('[data-name="ai_city_importance"]'), '4');
            await shot('surveys-respond-ko-phone');
            await phone.getByRole('button', { name: '제출' }).click();
            await phone.getByRole('heading', { level: 1, name: '감사합니다!' }).waitFor();
            // Nothing is left waiting to be re-sent.
            expect(
              await phone.evaluate<string[]>(
                "Object.keys(localStorage).filter((k) => k.startsWith('citybench.respond.') && k.endsWith('.pending'))",
              ),
            ).toEqual([]);

            // The link is single-use: opening it again says so.
            await phone.goto(personalLink);
            await phone.getByText('이 링크로 이미 답변을 제출했습니다.', { exact: false }).waitFor();
          } finally {
            await phone.close();
          }
        });

        test('the live dashboard shows the submission and the reminders list empties', async () => {
          await page.evaluate("localStorage.setItem('citybench.language', 'en')");
          await page.goto(`${surveyUrl}/distribute`);
          const total = page.getByTestId('dashboard-total-submitted');
          await expect.poll(async () => (await total.textContent())?.trim(), { timeout: 15_000 }).toBe('1');
          await page.getByTestId('reminders').getByText('Everyone invited has submitted.').waitFor();
          await page
            .getByRole('navigation', { name: 'Survey sections' })
            .getByRole('link', { name: 'Responses' })
            .click();
          await page.getByTestId('responses-table').locator('.invitation-state-submitted').waitFor();
        });

        test('closing the survey stops answering; the pages read in Korean too', async () => {
          await page.goto(surveyUrl);
          await page.getByRole('button', { name: 'Close the survey' }).click();
          await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
          await page.getByText('The survey is closed: no more answers are accepted.').waitFor();
          expect(await page.getByTestId('survey-status').first().textContent()).toBe('Closed');

          // The same page in Korean: the survey's Korean title and status.
          await page.getByRole('button', { name: '한국어' }).click();
          await page.getByRole('heading', { level: 1, name: TITLE_KO }).waitFor();
          expect(await page.getByTestId('survey-status').first().textContent()).toBe('마감');
          await page
            .getByRole('navigation', { name: '설문 메뉴' })
            .getByRole('link', { name: '배포' })
            .click();
          await page.getByRole('heading', { level: 2, name: '그룹별 응답률' }).waitFor();
          await shot('surveys-distribute-ko-desktop');
        });
      });
    }
  },
);
