import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { databaseTargets } from './support/databases.ts';
import { e2eSkipReason } from './support/prerequisites.ts';
import type { ServerUnderTest } from './support/server.ts';
import { openBrowserSession } from './support/session.ts';
import { ensureWebBuild } from './support/web-build.ts';

const skipReason = e2eSkipReason();
const ADMIN = { email: 'e2e@citybench.test', password: 'e2e-Admin-password-2026' };

/** A question of the profile page (its answers, peer figures and charts). */
const profileQuestion = (page: Page, name: string) => page.locator(`[data-question="${name}"]`);

describe.skipIf(skipReason !== null)(
  'browser: Busan’s innovation-capacity profile (seed 002) and a survey’s analytics',
  () => {
    beforeAll(() => ensureWebBuild());

    for (const target of databaseTargets()) {
      describe(`on ${target.name}`, () => {
        const session = openBrowserSession(target, ADMIN);
        let page: Page;
        let server: ServerUnderTest;
        const shot = (name: string) => session.shot(name);
        beforeAll(() => {
          page = session.page;
          server = session.server;
        });

        test('in English, the profile states seed 002’s facts, each answer beside its peer share with denominator and wave', async () => {
          await page.goto(`${server.baseUrl}/surveys/innovation-profile`);
          await page.getByRole('heading', { level: 1, name: 'Busan: innovation-capacity profile' }).waitFor();
          const facts = await page.getByTestId('profile-facts').textContent();
          expect(facts).toContain('Oh Keo-don');
          expect(facts).toContain('3,500,000 (2019)');

          // "Along with 50% of cities surveyed, Busan has an explicit innovation strategy."
          const strategy = await profileQuestion(page, 'explicit_strategy').textContent();
          expect(strategy).toContain('Along with 50% of cities surveyed');
          expect(strategy).toContain('number of cities not stated');
          expect(strategy).toContain('Wave not stated in the source');
          expect(strategy).toContain('Published in the source');
          // "Like 81% of cities surveyed, Busan has dedicated funding to support innovation capacity."
          expect(await profileQuestion(page, 'dedicated_funding').textContent()).toContain(
            'Like 81% of cities surveyed',
          );

          // The peer pools are labelled by origin; the synthetic one is visibly illustrative.
          const pools = await page.getByTestId('peer-pools').textContent();
          expect(pools).toContain('Published in the source');
          expect(pools).toContain('Illustrative (synthetic)');
          expect(await page.getByTestId('illustrative-note').textContent()).toContain(
            'Illustrative (synthetic)',
          );

          // "Launching or sustaining a project 79 cities" is drawn among the funded activities.
          const funded = profileQuestion(page, 'funded_activities');
          await funded.locator('.chart svg text', { hasText: '79' }).first().waitFor();
          await shot('innovation-profile-en-desktop');
        });

        test('in Korean, the same fact and its peer share are in Korean', async () => {
          await page.getByRole('button', { name: '한국어' }).click();
          await page.getByRole('heading', { level: 1, name: '부산: 혁신역량 프로필' }).waitFor();
          expect(await page.getByTestId('profile-facts').textContent()).toContain('오거돈');
          const strategy = await profileQuestion(page, 'explicit_strategy').textContent();
          expect(strategy).toContain('조사 도시의 50%와 마찬가지로');
          expect(strategy).toContain('조사 도시 수 미기재');
          expect(strategy).toContain('출처 문서에 공개된 수치');
          expect(await profileQuestion(page, 'dedicated_funding').textContent()).toContain(
            '조사 도시의 81%처럼',
          );
          await shot('innovation-profile-ko-desktop');
          await page.getByRole('button', { name: 'English' }).click();
          await page.getByRole('heading', { level: 1, name: 'Busan: innovation-capacity profile' }).waitFor();
        });

        test('signed in, the profile links to its survey’s analytics: charts, tables and exports', async () => {
          await page.goto(`${server.baseUrl}/sign-in`);
          await page.getByLabel('Email').fill(ADMIN.email);
          await page.getByLabel('Password').fill(ADMIN.password);
          await page.getByRole('button', { name: 'Sign in' }).click();
          await page.getByText('Signed in as').waitFor();

          await page.goto(`${server.baseUrl}/surveys/innovation-profile`);
          await page.getByRole('heading', { level: 1, name: 'Busan: innovation-capacity profile' }).waitFor();
          await page.getByRole('link', { name: 'See these answers in the survey analytics' }).click();
          await page.getByRole('heading', { level: 1, name: /: analytics$/ }).waitFor();
          expect(Number(await page.getByTestId('analytics-denominator').textContent())).toBeGreaterThan(0);
          await page.locator('.si-question-block .chart svg').first().waitFor();
          // Busan's answer to "Critical success factors" includes "Dedicated funding".
          const factors = page.locator('.si-question-block[data-question="success_factors"]');
          expect(await factors.locator('table').textContent()).toContain('Dedicated funding');

          const csv = await page.getByTestId('export-csv').getAttribute('href');
          expect(csv).toMatch(/format=csv&lang=en$/);
          const response = await page.request.get(`${server.baseUrl}${csv}`);
          expect(response.status()).toBe(200);
          expect(await response.text()).toContain('Dedicated funding');
          await shot('survey-analytics-en-desktop');
        });

        test('into the index: the closed expert survey becomes a draft edition’s assessments, and the edition builds from it', async () => {
          const csrf = (await (await page.request.get(`${server.baseUrl}/api/auth/csrf`)).json()) as {
            csrfToken: string;
          };
          const headers = { 'x-csrf-token': csrf.csrfToken };
          const created = await page.request.post(`${server.baseUrl}/api/orgs/busan/benchmark/editions`, {
            headers,
            data: { number: 12, label: 'SCI 12 (expert survey)', publishedOn: '2026-11-15' },
          });
          expect(created.status()).toBe(201);
          const listed = (await (
            await page.request.get(`${server.baseUrl}/api/orgs/busan/surveys`)
          ).json()) as
            | Array<{ id: string; kind: string; status: string }>
            | { items: Array<{ id: string; kind: string; status: string }> };
          const surveys = Array.isArray(listed) ? listed : listed.items;
          const expert = surveys.find((s) => s.kind === 'expert_assessment' && s.status === 'closed');
          expect(expert).toBeDefined();

          await page.goto(`${server.baseUrl}/surveys/${expert?.id}/into-index`);
          await page.getByRole('heading', { level: 1, name: /: into the index$/ }).waitFor();
          expect(await page.getByLabel('Draft edition', { exact: true }).inputValue()).toBe('12');
          const preview = page.getByTestId('into-index-preview');
          await preview.waitFor();
          const figure = async (id: string) =>
            Number(await page.getByTestId(`into-index-${id}`).textContent());
          expect(await figure('responses')).toBeGreaterThan(0);
          const stored = await figure('assessments');
          // Ratings older than 24 months before 2026-11-15 are stored but not counted: the rule is shown.
          expect(await figure('outside-window')).toBeGreaterThan(0);
          expect(await figure('counted')).toBe(
            stored - (await figure('outside-window')) - (await figure('excluded-home')),
          );
          const standing = await page.getByTestId('into-index-standing').textContent();
          const rated = Number(/Rated and ranked: (\d+) cities/.exec(standing ?? '')?.[1]);
          expect(rated).toBeGreaterThan(0);
          await page.locator('.si-preview .chart svg').first().waitFor();
          await shot('into-index-preview-en-desktop');

          await page.getByLabel('Also copy the factor values of').selectOption('11');
          await page.getByRole('button', { name: 'Import into SCI 12 (expert survey)' }).click();
          await page
            .getByRole('dialog')
            .getByRole('button', { name: 'Import into SCI 12 (expert survey)' })
            .click();
          const result = page.getByTestId('into-index-result');
          await result.waitFor();
          expect(await result.textContent()).toContain(
            `${stored} assessments imported into SCI 12 (expert survey)`,
          );
          expect(
            await result.getByRole('link', { name: 'Go to edition management' }).getAttribute('href'),
          ).toBe('/benchmark/manage');

          // The edition builds from the imported assessments: the cities at or above 7 are ranked.
          const built = await page.request.post(
            `${server.baseUrl}/api/orgs/busan/benchmark/editions/12/build`,
            {
              headers,
            },
          );
          expect(built.status()).toBe(200);
          const detail = (await built.json()) as { results: Array<{ rank: number | null }> };
          expect(detail.results.filter((r) => r.rank !== null && r.rank > 0).length).toBe(rated);
        });
      });
    }
  },
);
