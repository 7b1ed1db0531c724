/** The benchmark API over the real services on a seeded in-memory PGlite. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import { createJsonLogger } from '../../src/server/logger.ts';
import type { EditionDetail } from '../../src/services/contract.ts';
import { parseCsvRecords } from '../../src/services/csv.ts';
import { openRuntime, type Runtime } from '../../src/services/index.ts';
import { cookieFrom } from './support/harness.ts';

const ADMIN = { email: 'admin@bench.example', password: 'benchmark password' };
const VIEWER = { email: 'viewer@bench.example', password: 'viewer password' };
/** Seeding builds four editions with the engine: about 20 s on a busy machine. */
const STARTUP_TIMEOUT_MS = 240_000;
const BASE = '/api/orgs/busan/benchmark';

let runtime: Runtime;
let app: ReturnType<typeof createApp>;
let admin: string;
let viewer: string;

async function write(
  path: string,
  init: { method?: string; body?: string; type?: string; session?: string },
) {
  const csrf = await app.request('/api/auth/csrf');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  return app.request(path, {
    method: init.method ?? 'POST',
    headers: {
      'content-type': init.type ?? 'application/json',
      cookie: [`cb_csrf=${csrfToken}`, ...(init.session ? [init.session] : [])].join('; '),
      'x-csrf-token': csrfToken,
    },
    ...(init.body === undefined ? {} : { body: init.body }),
  });
}

async function signIn(account: { email: string; password: string }): Promise<string> {
  const response = await write('/api/auth/sign-in', { body: JSON.stringify(account) });
  const cookie = cookieFrom(response, 'cb_session');
  if (!cookie) throw new Error(`sign-in failed: ${response.status}`);
  return cookie;
}

beforeAll(async () => {
  runtime = await openRuntime(
    { dataDir: 'unused', databaseUrl: null, sessionTtlHours: 12 },
    { inMemory: true },
  );
  await runtime.operator.seedDemo();
  await runtime.operator.createAdmin({ ...ADMIN, orgSlug: 'busan' });
  app = createApp({
    services: runtime.services,
    webDir: null,
    logger: createJsonLogger({ level: 'silent' }),
  });
  admin = await signIn(ADMIN);
  const created = await write('/api/users', {
    body: JSON.stringify({ ...VIEWER, name: 'Viewer', role: 'viewer' }),
    session: admin,
  });
  expect(created.status).toBe(201);
  viewer = await signIn(VIEWER);
}, STARTUP_TIMEOUT_MS);

afterAll(async () => {
  await runtime?.close();
});

describe('benchmark API', () => {
  it('serves the demo editions to signed-out visitors of a public organisation', async () => {
    const list = await app.request(`${BASE}/editions`);
    expect(list.status).toBe(200);
    const { items } = (await list.json()) as { items: Array<{ number: number; synthetic: boolean }> };
    expect(items.map((e) => e.number)).toEqual([11, 10, 9, 8]);
    expect(items.every((e) => e.synthetic)).toBe(true);

    const detail = (await (await app.request(`${BASE}/editions/11`)).json()) as EditionDetail;
    const busan = detail.results.find((r) => r.city === 'BUS');
    expect(busan?.publishedRank).toBe(12);
    expect(typeof busan?.rank).toBe('number');

    const input = (await (await app.request(`${BASE}/editions/11/model-input`)).json()) as {
      cityIds: string[];
      factors: { nFactors: number; codes: string[] };
      assessments: { rating: number[] };
    };
    expect(input.cityIds).toHaveLength(76);
    // Columns are named, in the framework's order, so the browser's what-if can match them.
    const framework = (await (await app.request(`${BASE}/framework`)).json()) as {
      factors: { code: string }[];
    };
    expect(input.factors.codes).toEqual(framework.factors.map((f) => f.code));
    expect(input.factors.codes).toHaveLength(input.factors.nFactors);
    expect(input.assessments.rating.length).toBe(detail.edition.counts.assessments);
    // Every answer built from demo editions says so (the UI labels it).
    for (const path of [`${BASE}/compare?from=10&to=11&top=10`, `${BASE}/cities/BUS`]) {
      const response = await app.request(path);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { synthetic: boolean; provenance: string };
      expect(body.synthetic).toBe(true);
      expect(body.provenance).toMatch(/^SYNTHETIC/);
    }
    expect((await app.request(`${BASE}/editions/99`)).status).toBe(404);
    expect((await app.request('/api/orgs/atlantis/benchmark/editions')).status).toBe(404);
  });

  it('exports a CSV download with the same ranks', async () => {
    const detail = (await (await app.request(`${BASE}/editions/10`)).json()) as EditionDetail;
    const response = await app.request(`${BASE}/editions/10/export?format=csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toMatch(
      /attachment; filename="edition-10-results.csv"/,
    );
    const rows = parseCsvRecords(await response.text());
    expect(rows.map((r) => r.rank)).toEqual(detail.results.map((r) => String(r.rank ?? '')));
  });

  it('rejects bad rows with a problem naming each row, and lets only editors build', async () => {
    const created = await write(`${BASE}/editions`, {
      body: JSON.stringify({ number: 12, label: 'SCI 12', publishedOn: '2025-11-15' }),
      session: admin,
    });
    expect(created.status).toBe(201);
    const bad = await write(`${BASE}/editions/12/factor-values`, {
      type: 'text/csv',
      body: 'city,factor,value\nBUS,BE01,1\nBUS,NOPE,1\nXXX,BE01,x\n',
      session: admin,
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const problem = (await bad.json()) as { errors: Record<string, string[]> };
    expect(Object.keys(problem.errors)).toEqual(['row 3', 'row 4']);
    expect(problem.errors['row 4']).toHaveLength(2);

    expect((await write(`${BASE}/editions/12/build`, { session: viewer })).status).toBe(403);
    expect((await write(`${BASE}/editions/12/build`, {})).status).toBe(401);
    // Drafts stay hidden from viewers and the public.
    expect((await app.request(`${BASE}/editions/12`, { headers: { cookie: viewer } })).status).toBe(404);
    expect((await app.request(`${BASE}/editions/12`, { headers: { cookie: admin } })).status).toBe(200);
    // Published editions are frozen.
    expect((await write(`${BASE}/editions/11/build`, { session: admin })).status).toBe(409);
  });

  it('accepts import bodies over the 1 MiB API limit, up to the import limit', async () => {
    // ~1.5 MB of rows, all naming an unknown factor: read in full (400 per row), not refused as 413.
    const rows = Array.from({ length: 60_000 }, () => 'BUS,NOT_A_FACTOR,1');
    const large = await write(`${BASE}/editions/12/factor-values`, {
      type: 'text/csv',
      body: `city,factor,value\n${rows.join('\n')}\n`,
      session: admin,
    });
    expect(large.status).toBe(400);
    // Outside the import routes the general limit still applies.
    const oversize = await write('/api/organisation', {
      method: 'PATCH',
      body: JSON.stringify({ name: 'x'.repeat(1_100_000) }),
      session: admin,
    });
    expect(oversize.status).toBe(413);
  });

  it('hides a private organisation from signed-out visitors (404)', async () => {
    const patch = (isPublic: boolean) =>
      write('/api/organisation', { method: 'PATCH', body: JSON.stringify({ isPublic }), session: admin });
    expect((await patch(false)).status).toBe(200);
    try {
      expect((await app.request(`${BASE}/editions`)).status).toBe(404);
      expect((await app.request(`${BASE}/editions`, { headers: { cookie: viewer } })).status).toBe(200);
    } finally {
      await patch(true);
    }
  });

  it('documents every benchmark route in the OpenAPI document', async () => {
    const document = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, object>;
    };
    const paths = Object.keys(document.paths).filter((p) => p.startsWith('/api/orgs/{slug}/benchmark/'));
    const docs = await app.request('/api/docs');
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('/api/orgs/{slug}/benchmark/editions/{number}/model-input');
    expect(paths.sort()).toEqual(
      [
        '/api/orgs/{slug}/benchmark/cities',
        '/api/orgs/{slug}/benchmark/cities/{code}',
        '/api/orgs/{slug}/benchmark/compare',
        '/api/orgs/{slug}/benchmark/editions',
        '/api/orgs/{slug}/benchmark/editions/{number}',
        '/api/orgs/{slug}/benchmark/editions/{number}/assessments',
        '/api/orgs/{slug}/benchmark/editions/{number}/build',
        '/api/orgs/{slug}/benchmark/editions/{number}/export',
        '/api/orgs/{slug}/benchmark/editions/{number}/factor-values',
        '/api/orgs/{slug}/benchmark/editions/{number}/model-input',
        '/api/orgs/{slug}/benchmark/editions/{number}/publish',
        '/api/orgs/{slug}/benchmark/framework',
      ].sort(),
    );
  });
});
