/** The plan-tracking API over the real services on a seeded in-memory PGlite. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/server/app.ts';
import { createJsonLogger } from '../../../src/server/logger.ts';
import type {
  MeetingSummary,
  MeetingView,
  ProjectedEffect,
  SwotBoard,
  SwotItem,
} from '../../../src/services/contract-plan-tracking.ts';
import type { PlanItemNode } from '../../../src/services/contract-plans.ts';
import { openRuntime, type Runtime } from '../../../src/services/index.ts';
import { cookieFrom } from '../support/harness.ts';

const ADMIN = { email: 'admin@tracking.example', password: 'tracking password' };
const VIEWER = { email: 'viewer@tracking.example', password: 'viewer password' };
const STARTUP_TIMEOUT_MS = 480_000;

let runtime: Runtime;
let app: ReturnType<typeof createApp>;
let admin: string;
let viewer: string;
let base: string;
let t1: string;

async function send(
  path: string,
  init: { method?: string; body?: unknown; session?: string; csrf?: boolean } = {},
) {
  const csrf = await app.request('/api/auth/csrf');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    cookie: [`cb_csrf=${csrfToken}`, ...(init.session ? [init.session] : [])].join('; '),
  };
  if (init.csrf !== false) headers['x-csrf-token'] = csrfToken;
  return app.request(path, {
    method: init.method ?? 'POST',
    headers,
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
}

const get = (path: string, session?: string) =>
  app.request(path, { headers: session ? { cookie: session } : {} });

async function signIn(account: { email: string; password: string }): Promise<string> {
  const cookie = cookieFrom(await send('/api/auth/sign-in', { body: account }), 'cb_session');
  if (!cookie) throw new Error('sign-in failed');
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
  const created = await send('/api/users', {
    body: { ...VIEWER, name: 'Viewer', role: 'viewer' },
    session: admin,
  });
  expect(created.status).toBe(201);
  viewer = await signIn(VIEWER);
  const plans = await runtime.services.plans.listPlans('system', 'busan');
  const plan = plans.find((p) => p.kind === 'informatization_master_plan');
  if (!plan) throw new Error('demo plan missing');
  base = `/api/orgs/busan/plans/${plan.id}`;
  const detail = await runtime.services.plans.getPlan('system', 'busan', plan.id);
  const flat = (nodes: PlanItemNode[]): PlanItemNode[] => nodes.flatMap((n) => [n, ...flat(n.children)]);
  t1 = flat(detail.items).find((i) => i.code === 'bip6-t1')?.id ?? '';
}, STARTUP_TIMEOUT_MS);

afterAll(async () => {
  await runtime?.close();
});

describe('plan-tracking API', () => {
  it('serves the seeded kickoff meeting to members and 401 without a session', async () => {
    expect((await get(`${base}/meetings`)).status).toBe(401);
    const list = await get(`${base}/meetings`, viewer);
    expect(list.status).toBe(200);
    const { items } = (await list.json()) as { items: MeetingSummary[] };
    expect(items).toHaveLength(1);
    const one = (await (await get(`${base}/meetings/${items[0]?.id}`, viewer)).json()) as MeetingView;
    expect(one.agenda.map((a) => a.minutes)).toEqual([5, 5, 25, 20, 5]);
    expect(one.venue.en).toBe('Domohon Conference Room (2nd Floor)');
  });

  it('checks role, CSRF and strict bodies on writes, and audits them', async () => {
    const body = { quadrant: 'strength', text: { en: 'API strength', ko: '강점' }, itemIds: [t1] };
    expect((await send(`${base}/swot`, { body, session: viewer })).status).toBe(403);
    expect((await send(`${base}/swot`, { body, session: admin, csrf: false })).status).toBe(403);
    expect((await send(`${base}/swot`, { body: { ...body, colour: 'red' }, session: admin })).status).toBe(
      400,
    );
    const created = await send(`${base}/swot`, { body, session: admin });
    expect(created.status).toBe(201);
    const item = (await created.json()) as SwotItem;
    expect(item.itemIds).toEqual([t1]);
    const board = (await (await get(`${base}/swot`, viewer)).json()) as SwotBoard;
    expect(board.byItem[t1]).toContain(item.id);
    const audit = (await (await get('/api/audit?limit=5', admin)).json()) as { items: { action: string }[] };
    expect(audit.items.map((a) => a.action)).toContain('plan.swot.create');
    expect((await send(`${base}/swot/${item.id}`, { method: 'DELETE', session: admin })).status).toBe(204);
    expect((await send(`${base}/swot/${item.id}`, { method: 'DELETE', session: admin })).status).toBe(404);
  });

  it('answers 404 for unknown plans and items, and 400 for a malformed query', async () => {
    expect(
      (await get('/api/orgs/busan/plans/00000000-0000-4000-8000-000000000000/workspace', viewer)).status,
    ).toBe(404);
    expect((await get(`${base}/items/00000000-0000-4000-8000-000000000000/kpis`, viewer)).status).toBe(404);
    expect((await get(`${base}/report?year=20x7`, viewer)).status).toBe(400);
    expect((await get(`${base}/evm?asOf=2026-02-30`, viewer)).status).toBe(400);
  });

  it('exposes AHP, priorities, EVM and money as decimal strings', async () => {
    const ahp = (await (await get(`${base}/ahp`, viewer)).json()) as {
      randomIndex: number[];
      group: unknown;
    };
    expect(ahp.randomIndex).toHaveLength(15);
    expect(ahp.group).not.toBeNull();
    const evm = (await (await get(`${base}/evm?asOf=2026-12-31`, viewer)).json()) as {
      items: { itemId: string; bac: string; ac: string }[];
    };
    expect(evm.items.find((i) => i.itemId === t1)).toMatchObject({ bac: '2000000000', ac: '480000000' });
    const criteria = await send(`${base}/criteria`, {
      method: 'PUT',
      session: admin,
      body: {
        criteria: [
          {
            code: 'importance',
            name: { en: 'Importance', ko: '중요도' },
            weight: 1,
            direction: 'benefit',
            scaleMin: 1,
            scaleMax: 5,
          },
        ],
      },
    });
    expect(criteria.status).toBe(200);
    const ranked = (await (await get(`${base}/priorities`, viewer)).json()) as {
      ranked: { itemId: string }[];
    };
    expect(ranked.ranked[0]?.itemId).toBe(t1);
  });

  it('downloads the annual report as print-ready HTML and as XLSX', async () => {
    const html = await get(`${base}/report?year=2027&format=html&lang=en`, viewer);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await html.text()).toContain('Implementation plan 2027');
    const xlsx = await get(`${base}/report?year=2027&format=xlsx&lang=ko`, viewer);
    expect(xlsx.headers.get('content-disposition')).toContain('plan-report-2027-ko.xlsx');
    const bytes = new Uint8Array(await xlsx.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]); // a zip container
  });

  it('projects the effect of an item on the rating and rank', async () => {
    const response = await get(`${base}/effect?itemId=${t1}`, viewer);
    expect(response.status).toBe(200);
    const effect = (await response.json()) as ProjectedEffect;
    expect(effect.city.code).toBe('BUS');
    expect(effect.changes.map((c) => c.factor)).toEqual(['TE07']);
    expect(typeof effect.after.rating).toBe('number');
  }, 120_000);
});
