import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { loadConfig } from '../../src/config.ts';
import { type Database, migrate, openDatabase, schema } from '../../src/db/index.ts';
import { createApp } from '../../src/server/app.ts';
import { createJsonLogger } from '../../src/server/logger.ts';
import { createServices } from '../../src/services/create-services.ts';
import { createScratchPostgres } from '../../test/db/support/databases.ts';
import type { BenchRow, BenchSuite } from '../suite.ts';

// Issue 6: 200 respondents submit at the same moment through the real app (in-process HTTP):
// half through single-use invitations, half through one open link; every submit carries an
// Idempotency-Key. On embedded PGlite and, when DATABASE_URL is set, on a throwaway PostgreSQL
// database. Each run uses a fresh survey; the suite checks that exactly 200 responses were stored.
const RESPONDENTS = 200;
const RUNS = 3;

const DEFINITION = {
  title: { default: 'Load', ko: '부하' },
  pages: [
    {
      name: 'p',
      elements: [
        {
          type: 'rating',
          name: 'score',
          title: { default: 'Score', ko: '점수' },
          isRequired: true,
          rateMin: 1,
          rateMax: 10,
        },
        {
          type: 'checkbox',
          name: 'domains',
          title: { default: 'Domains', ko: '분야' },
          choices: ['transport', 'safety', 'health'].map((v) => ({ value: v, text: { default: v, ko: v } })),
        },
        { type: 'comment', name: 'note', title: { default: 'Note', ko: '메모' } },
      ],
    },
  ],
};

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}

async function runOn(label: string, database: Database): Promise<BenchRow> {
  await migrate(database);
  const services = createServices(database);
  const slug = `load-${randomUUID().slice(0, 8)}`;
  await database.db
    .insert(schema.organisations)
    .values({ slug, name: 'Load', nameKo: '부하', city: 'Busan' });
  const app = createApp({
    services,
    webDir: null,
    logger: createJsonLogger({ level: 'error', write: () => {} }),
  });
  const csrf = ((await (await app.request('/api/auth/csrf')).json()) as { csrfToken: string }).csrfToken;
  const s = services.surveys;

  const walls: number[] = [];
  const latencies: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const survey = await s.createSurvey('system', slug, {
      kind: 'other',
      title: { en: 'Load', ko: '부하' },
      definition: DEFINITION,
    });
    await s.publishSurvey('system', slug, survey.id);
    await s.setSurveyStatus('system', slug, survey.id, 'open');
    const { issued } = await s.addInvitations('system', slug, survey.id, {
      format: 'json',
      invitations: Array.from({ length: RESPONDENTS / 2 }, (_, i) => ({
        name: `R${i}`,
        group: i % 2 ? 'a' : 'b',
      })),
    });
    const link = await s.createLink('system', slug, survey.id, { ratePerMinute: 10_000 });
    const tokens = [
      ...issued.map((i) => i.token),
      ...Array.from({ length: RESPONDENTS / 2 }, () => link.token),
    ];

    const start = performance.now();
    const statuses = await Promise.all(
      tokens.map(async (token, i) => {
        const t0 = performance.now();
        const response = await app.request(`/api/respond/${token}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            cookie: `cb_csrf=${csrf}`,
            'x-csrf-token': csrf,
            'idempotency-key': randomUUID(),
          },
          body: JSON.stringify({
            answers: { score: (i % 10) + 1, domains: ['transport'], note: `respondent ${i}` },
          }),
        });
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
        return response.status;
      }),
    );
    walls.push(performance.now() - start);
    const refused = statuses.filter((st) => st !== 201);
    if (refused.length > 0)
      throw new Error(`${label}: ${refused.length} submits were not stored (${refused[0]})`);
    const [stored] = await database.db
      .select({ n: count() })
      .from(schema.surveyResponses)
      .where(eq(schema.surveyResponses.surveyId, survey.id));
    if (Number(stored?.n) !== RESPONDENTS)
      throw new Error(`${label}: stored ${stored?.n} responses, not ${RESPONDENTS}`);
  }
  walls.sort((a, b) => a - b);
  latencies.sort((a, b) => a - b);
  const median = walls[Math.floor(walls.length / 2)] ?? 0;
  return {
    suite: 'survey-load',
    case: `${RESPONDENTS} concurrent submits (${label})`,
    medianMs: median,
    runs: RUNS,
    note: `throughput ${((RESPONDENTS / median) * 1000).toFixed(0)} responses/s; latency p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms; each stored exactly once`,
  };
}

export const suite: BenchSuite = {
  name: 'survey-load',
  async run(): Promise<BenchRow[]> {
    const rows: BenchRow[] = [];
    const pglite = await openDatabase({ dataDir: '', databaseUrl: null }, { inMemory: true });
    try {
      rows.push(await runOn('PGlite', pglite));
    } finally {
      await pglite.close();
    }
    if (loadConfig().databaseUrl) {
      const scratch = await createScratchPostgres();
      const postgres = await openDatabase({ dataDir: '', databaseUrl: scratch.url });
      try {
        rows.push(await runOn('PostgreSQL', postgres));
      } finally {
        await postgres.close();
        await scratch.drop();
      }
    }
    return rows;
  },
};
