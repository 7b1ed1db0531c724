/** Plan tracking services on the seeded demo organisation, on PGlite (and PostgreSQL with DATABASE_URL). */
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/db/index.ts';
import type { Actor, Services } from '../../src/services/contract.ts';
import type { PlanTrackingServices } from '../../src/services/contract-plan-tracking.ts';
import { createServices } from '../../src/services/create-services.ts';
import { createOperatorServices } from '../../src/services/operator.ts';
import {
  createTestDatabase,
  drivers,
  reportSkippedDrivers,
  type TestDatabase,
} from '../db/support/databases.ts';
import {
  addMember,
  auditCount,
  createOrgWithAdmin,
  expectKind,
  PASSWORD,
  signInActor,
} from '../db/support/fixtures.ts';

reportSkippedDrivers();

/** Seeding builds four benchmark editions with the engine: minutes on a busy machine. */
const SEED_TIMEOUT_MS = 480_000;
const SLUG = 'busan';

describe.each(drivers)('plan tracking on %s', (driver) => {
  let fixture: TestDatabase;
  let services: Services;
  let tracking: PlanTrackingServices;
  let admin: Actor;
  let viewer: Actor;
  let editor: Actor;
  let outsider: Actor;
  let orgId: string;
  let planId: string;
  let item: Record<'t1' | 't2' | 't3', string>;

  beforeAll(async () => {
    fixture = await createTestDatabase(driver);
    services = createServices(fixture.database);
    tracking = services.plans;
    const operator = createOperatorServices(fixture.database);
    await operator.seedDemo();
    await operator.createAdmin({ email: 'pt-admin@busan.test', password: PASSWORD, orgSlug: SLUG });
    admin = await signInActor(services, 'pt-admin@busan.test');
    viewer = await addMember(services, admin, 'viewer');
    editor = await addMember(services, admin, 'editor');
    outsider = (await createOrgWithAdmin(fixture.database, services)).admin;
    orgId = admin.orgId;
    const { db } = fixture.database;
    const [plan] = await db
      .select()
      .from(schema.plans)
      .where(
        and(
          eq(schema.plans.orgId, orgId),
          eq(schema.plans.sourceKey, 'busan-informatization-plan-2026-2030'),
        ),
      );
    if (!plan) throw new Error('demo plan missing');
    planId = plan.id;
    const items = await db.select().from(schema.planItems).where(eq(schema.planItems.planId, planId));
    const id = (code: string) => items.find((i) => i.code === code)?.id ?? '';
    item = { t1: id('bip6-t1'), t2: id('bip6-t2'), t3: id('bip6-t3') };
  }, SEED_TIMEOUT_MS);
  afterAll(async () => {
    await fixture?.dispose();
  });

  it('seeds the seed-004 kickoff with its exact timed agenda, once', async () => {
    await createOperatorServices(fixture.database).seedDemo();
    const meetings = await tracking.meetings(viewer, SLUG, planId);
    expect(meetings).toHaveLength(1);
    const kickoff = await tracking.meeting(viewer, SLUG, planId, meetings[0]?.id ?? '');
    expect(kickoff).toMatchObject({
      kind: 'kickoff',
      heldOn: '2025-06-12',
      startsAt: '15:00',
      venue: { en: 'Domohon Conference Room (2nd Floor)' },
      illustrative: false,
      agendaMinutes: 60,
      agendaContiguous: true,
      participants: { count: 30, approximate: true },
    });
    expect(kickoff.participants.groups.map((g) => g.en)).toEqual([
      'City officials',
      'external experts',
      'project contractor',
    ]);
    expect(kickoff.agenda.map((a) => [a.start, a.end, a.minutes, a.title.en])).toEqual([
      ['15:00', '15:05', 5, 'Opening & Participant Introduction'],
      ['15:05', '15:10', 5, 'Welcome Remarks'],
      ['15:10', '15:35', 25, 'Project Briefing'],
      ['15:35', '15:55', 20, 'Feedback & Q&A'],
      ['15:55', '16:00', 5, 'Closing'],
    ]);
    expect(kickoff.agenda.every((a) => a.title.ko.length > 0)).toBe(true);
    const decision = kickoff.recordList[0];
    expect(decision?.text.en).toMatch(/^\(Illustrative/);
    expect(decision?.itemIds).toEqual([item.t1, item.t2].sort());
  });

  it('shows the workspace and the SWOT links both ways, illustrative rows flagged', async () => {
    const workspace = await tracking.workspace(viewer, SLUG, planId);
    expect(workspace.vision.en).toContain('livable AI city');
    expect(workspace.notes.map((n) => n.kind)).toEqual(['environment', 'as-is', 'vision', 'proposal']);
    expect(workspace.notes.find((n) => n.kind === 'proposal')?.illustrative).toBe(true);
    const board = await tracking.swotBoard(viewer, SLUG, planId);
    expect(board.items.map((s) => s.quadrant)).toEqual(['strength', 'weakness', 'opportunity', 'threat']);
    expect(board.items.every((s) => s.illustrative)).toBe(true);
    for (const s of board.items) for (const id of s.itemIds) expect(board.byItem[id]).toContain(s.id);
    expect(board.byItem[item.t3]).toHaveLength(2);
  });

  it('lets members read, editors write, and hides the plan from other organisations', async () => {
    await expectKind(tracking.createSwotItem(viewer, SLUG, planId, swot()), 'forbidden');
    await expectKind(tracking.swotBoard(outsider, SLUG, planId), 'not_found');
    await expectKind(tracking.createSwotItem(outsider, SLUG, planId, swot()), 'not_found');
    await expectKind(tracking.swotBoard(admin, SLUG, 'not-a-uuid'), 'not_found');
    await expectKind(tracking.swotBoard(admin, SLUG, '00000000-0000-4000-8000-000000000000'), 'not_found');
    const before = await auditCount(fixture.database, orgId);
    const created = await tracking.createSwotItem(editor, SLUG, planId, { ...swot(), itemIds: [item.t2] });
    expect(created.itemIds).toEqual([item.t2]);
    expect(await auditCount(fixture.database, orgId)).toBe(before + 1);
    await expectKind(
      tracking.createSwotItem(editor, SLUG, planId, {
        ...swot(),
        itemIds: ['00000000-0000-4000-8000-000000000000'],
      }),
      'invalid',
    );
    expect(await auditCount(fixture.database, orgId)).toBe(before + 1);
    await tracking.deleteSwotItem(editor, SLUG, planId, created.id);
    expect((await tracking.swotBoard(viewer, SLUG, planId)).byItem[item.t2]).not.toContain(created.id);
  });

  it('ranks items by weighted score and assigns horizons to the plan items', async () => {
    const ranking = await tracking.priorities(viewer, SLUG, planId);
    expect(ranking.ranked.map((r) => r.itemId)).toEqual([item.t1, item.t2, item.t3]);
    // t1: (0.4·1 + 0.3·1 + 0.2·0.75 + 0.1·0.75) / 1 = 0.925
    expect(ranking.ranked[0]?.total).toBeCloseTo(0.925, 12);
    const { assignments } = await tracking.assignHorizons(admin, SLUG, planId, {
      by: 'rank',
      shortMaxRank: 1,
      midMaxRank: 1,
    });
    expect(assignments.map((a) => a.to)).toEqual(['short', 'long', 'long']);
    const [t2] = await fixture.database.db
      .select()
      .from(schema.planItems)
      .where(eq(schema.planItems.id, item.t2));
    expect(t2?.horizon).toBe('long');
    await tracking.assignHorizons(admin, SLUG, planId, { by: 'rank', shortMaxRank: 1, midMaxRank: 2 });
  });

  it('computes AHP weights and CR, warns above 0.1, rejects a malformed matrix and applies weights', async () => {
    const view = await tracking.ahp(viewer, SLUG, planId);
    expect(view.criteria).toEqual(['importance', 'urgency', 'feasibility', 'cost']);
    expect(view.randomIndex[3]).toBe(0.9);
    expect(view.matrices[0]?.result.cr).toBeLessThan(0.1);
    const inconsistent = await tracking.saveAhpMatrix(editor, SLUG, planId, {
      expert: 'Inconsistent expert',
      criteria: ['importance', 'urgency', 'feasibility', 'cost'],
      matrix: [
        [1, 9, 1 / 9, 1],
        [1 / 9, 1, 9, 1],
        [9, 1 / 9, 1, 1],
        [1, 1, 1, 1],
      ],
    });
    const bad = inconsistent.matrices.find((m) => m.expert === 'Inconsistent expert');
    expect(bad?.result.inconsistent).toBe(true);
    expect(bad?.result.cr).toBeGreaterThan(0.1);
    expect(bad?.result.mostInconsistentPair).not.toBeNull();
    expect(inconsistent.group?.experts).toBe(2);
    await expectKind(
      tracking.saveAhpMatrix(editor, SLUG, planId, {
        expert: 'Broken',
        criteria: ['importance', 'urgency', 'feasibility', 'cost'],
        matrix: [
          [1, 2, 3, 4],
          [2, 1, 2, 3],
          [1 / 3, 1 / 2, 1, 2],
          [1 / 4, 1 / 3, 1 / 2, 1],
        ],
      }),
      'invalid',
    );
    await tracking.deleteAhpMatrix(editor, SLUG, planId, bad?.id ?? '');
    const applied = await tracking.applyAhpWeights(editor, SLUG, planId);
    const weights = applied.criteria.map((c) => c.weight);
    expect(weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
    expect(weights[0]).toBeGreaterThan(weights[1] ?? 1);
    expect((await tracking.priorities(viewer, SLUG, planId)).weightsFrom).toBe('ahp');
  });

  it('tracks KPIs with RAG status, and earned value exactly in won', async () => {
    const kpis = await tracking.itemKpis(viewer, SLUG, planId, item.t1);
    expect(kpis[0]?.years[0]).toMatchObject({ year: 2026, target: 10, actual: 8, status: 'amber' });
    const created = await tracking.createKpi(editor, SLUG, planId, item.t3, {
      name: { en: 'Test KPI', ko: '시험 지표' },
      unit: 'min',
      direction: 'lower-is-better',
      baseline: 30,
      years: [{ year: 2026, target: 20, actual: 19 }],
    });
    expect(created.years[0]?.status).toBe('green');
    await expectKind(
      tracking.createKpi(editor, SLUG, planId, item.t3, {
        name: { en: 'Wrong side', ko: '' },
        unit: '',
        direction: 'lower-is-better',
        baseline: 30,
        years: [{ year: 2026, target: 40, actual: null }],
      }),
      'invalid',
    );
    await tracking.deleteKpi(editor, SLUG, planId, created.id);

    // t1: BAC 0.8 bn (2026) + 1.2 bn (2027); 60 % complete; 480 m spent in 2026.
    const evm = await tracking.earnedValue(viewer, SLUG, planId, { asOf: '2026-12-31' });
    const t1 = evm.items.find((i) => i.itemId === item.t1);
    expect(t1).toMatchObject({
      bac: '2000000000',
      pv: '800000000',
      ev: '1200000000',
      ac: '480000000',
      sv: '400000000',
      cv: '720000000',
      spi: 1.5,
      cpi: 2.5,
      eac: '800000000',
      percentComplete: 60,
    });
    const mid = await tracking.earnedValue(viewer, SLUG, planId, { asOf: '2026-07-02' });
    // 2 July is day 183 of 365: PV = 800,000,000 × 183/365 rounded = 401,095,890.
    expect(mid.items.find((i) => i.itemId === item.t1)?.pv).toBe('401095890');
    expect(mid.items.find((i) => i.itemId === item.t1)?.ac).toBe('250000000');
    await expectKind(tracking.addCost(viewer, SLUG, planId, cost(item.t1)), 'forbidden');
    await expectKind(tracking.addCost(editor, SLUG, planId, { ...cost(item.t1), amount: '1.5' }), 'invalid');
  });

  it('saves a baseline and compares it with the changed roadmap', async () => {
    const baseline = await tracking.saveBaseline(editor, SLUG, planId, 'Draft v1');
    expect(baseline.items).toBe(3);
    expect(baseline.budget).toBe('9000000000');
    await tracking.assignHorizons(editor, SLUG, planId, { by: 'rank', shortMaxRank: 3, midMaxRank: 3 });
    const comparison = await tracking.compareBaseline(viewer, SLUG, planId, baseline.id);
    expect(comparison.counts).toEqual({ unchanged: 1, changed: 2, added: 0, removed: 0 });
    expect(comparison.totals.delta).toBe('0');
    const gantt = await tracking.gantt(viewer, SLUG, planId);
    expect(gantt.years).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(gantt.rows.find((r) => r.itemId === item.t1)?.budgetByYear).toEqual({
      '2026': '800000000',
      '2027': '1200000000',
    });
    expect((await tracking.baselines(viewer, SLUG, planId)).map((b) => b.name)).toContain('Draft v1');
  });

  it('records meetings with a validated agenda and decisions linked to items', async () => {
    await expectKind(
      tracking.createMeeting(editor, SLUG, planId, {
        ...meeting(),
        agenda: [
          { start: '10:00', end: '10:30', title: { en: 'A', ko: '가' } },
          { start: '10:20', end: '10:40', title: { en: 'B', ko: '나' } },
        ],
      }),
      'invalid',
    );
    const created = await tracking.createMeeting(editor, SLUG, planId, meeting());
    expect(created.agendaMinutes).toBe(45);
    const withRecord = await tracking.addMeetingRecord(editor, SLUG, planId, created.id, {
      kind: 'feedback',
      text: { en: 'Check the budget split', ko: '예산 배분 확인' },
      itemIds: [item.t3],
    });
    expect(withRecord.recordList[0]?.itemIds).toEqual([item.t3]);
    await tracking.deleteMeeting(admin, SLUG, planId, created.id);
    expect(await tracking.meetings(viewer, SLUG, planId)).toHaveLength(1);
  });

  it('projects the effect of linked factors on the rating and rank with the engine what-if', async () => {
    const plan = await tracking.projectedEffect(viewer, SLUG, planId, null);
    expect(plan.city.code).toBe('BUS');
    expect(plan.edition.number).toBe(11);
    expect(plan.illustrative).toBe(true);
    expect(plan.changes.map((c) => [c.factor, c.itemIds.length])).toEqual([
      ['TE07', 2],
      ['TE12', 1],
    ]);
    const te07 = plan.changes[0];
    expect(te07?.projected).toBeCloseTo((te07?.current ?? 0) + 8, 9);
    const edition = await services.benchmark.edition(null, SLUG, 11);
    expect(plan.before.rank).toBe(edition.results.find((r) => r.city === 'BUS')?.rank);
    expect(plan.after.rating).not.toBe(plan.before.rating);
    const one = await tracking.projectedEffect(viewer, SLUG, planId, item.t2);
    expect(one.changes.map((c) => c.factor)).toEqual(['TE12']);
    await expectKind(
      tracking.saveItemFactors(editor, SLUG, planId, item.t2, [{ factor: 'NOPE', kind: 'delta', amount: 1 }]),
      'invalid',
    );
    const saved = await tracking.saveItemFactors(editor, SLUG, planId, item.t2, [
      { factor: 'TE12', kind: 'percent', amount: 10 },
    ]);
    expect(saved).toEqual([
      expect.objectContaining({ factor: 'TE12', kind: 'percent', amount: 10, illustrative: false }),
    ]);
  }, 120_000);

  it('writes the annual implementation plan and performance report as HTML and XLSX, ko and en', async () => {
    const html = await tracking.annualReport(viewer, SLUG, planId, {
      year: 2027,
      format: 'html',
      lang: 'ko',
    });
    const text = new TextDecoder().decode(html.body);
    expect(html.contentType).toMatch(/^text\/html/);
    expect(text).toContain('2027년 지능정보화 실행계획 및 2026년 추진실적');
    expect(text).toContain('1,200,000,000'); // t1 national 2027
    expect(text).toContain('480,000,000'); // t1 executed in 2026
    expect(text).toContain('data-illustrative="true"');
    expect(text).not.toMatch(/<script/);
    const xlsx = await tracking.annualReport(viewer, SLUG, planId, {
      year: 2027,
      format: 'xlsx',
      lang: 'en',
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body.buffer as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Plan 2027', 'Performance 2026']);
    const values = workbook.worksheets[1]
      ?.getSheetValues()
      .flat()
      .filter((v) => typeof v === 'number');
    expect(values).toContain(480_000_000);
    await expectKind(
      tracking.annualReport(outsider, SLUG, planId, { year: 2027, format: 'html', lang: 'en' }),
      'not_found',
    );
  });

  function swot() {
    return { quadrant: 'opportunity' as const, text: { en: 'Test opportunity', ko: '시험 기회' } };
  }
  function cost(itemId: string) {
    return { itemId, spentOn: '2026-11-01', amount: '1000', source: 'municipal' };
  }
  function meeting() {
    return {
      kind: 'meeting' as const,
      title: { en: 'Steering committee', ko: '추진위원회' },
      heldOn: '2026-11-20',
      startsAt: '14:00',
      venue: { en: 'City Hall', ko: '시청' },
      agenda: [
        { start: '14:00', end: '14:30', title: { en: 'Progress', ko: '진행 상황' } },
        { start: '14:30', end: '14:45', title: { en: 'Decisions', ko: '결정 사항' } },
      ],
    };
  }
});
