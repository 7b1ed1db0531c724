import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/db/index.ts';
import type { Actor, Services } from '../../src/services/contract.ts';
import type { PlanPortfolioServices } from '../../src/services/contract-plans.ts';
import { createServices } from '../../src/services/create-services.ts';
import {
  createTestDatabase,
  drivers,
  reportSkippedDrivers,
  type TestDatabase,
} from '../db/support/databases.ts';
import { addMember, auditCount, createOrgWithAdmin, expectKind } from '../db/support/fixtures.ts';
import { flatten, planByKind, seedDemoPlansInto } from './plans-support.ts';

reportSkippedDrivers();

/** Seed 003's strategies: projects and envelope in won, exactly as the press release states them. */
const SEED_003 = [
  { name: 'Mega-Convergence of Marine and Future Technologies', projects: 21, envelope: '1927000000000' },
  { name: 'Advancement of AI-Based Technological Innovation', projects: 16, envelope: '782400000000' },
  {
    name: 'Leadership in Materials, Parts, Equipment, and Energy Industries',
    projects: 18,
    envelope: '1739600000000',
  },
  { name: 'Revitalization (Boom-Up) of the Lifestyle Industry', projects: 16, envelope: '439200000000' },
];

describe.each(drivers)('plans portfolio on %s', (driver) => {
  let fixture: TestDatabase;
  let services: Services;
  let plans: PlanPortfolioServices;
  let admin: Actor;
  let slug: string;
  let orgId: string;

  beforeAll(async () => {
    fixture = await createTestDatabase(driver);
    services = createServices(fixture.database);
    plans = services.plans;
    ({ admin, slug, orgId } = await createOrgWithAdmin(fixture.database, services));
    await seedDemoPlansInto(fixture.database, slug);
  });
  afterAll(async () => {
    await fixture?.dispose();
  });

  it('seeds the two demo plans once (a second seed adds nothing)', async () => {
    const before = await plans.listPlans(admin, slug);
    expect(await seedDemoPlansInto(fixture.database, slug)).toEqual([]);
    const after = await plans.listPlans(admin, slug);
    expect(after.map((p) => p.id).sort()).toEqual(before.map((p) => p.id).sort());
    expect(after.map((p) => p.kind).sort()).toEqual(['growth_strategy', 'informatization_master_plan']);
  });

  it('reproduces every figure of seed 003 through the service roll-up', async () => {
    const summary = planByKind(await plans.listPlans(admin, slug), 'growth_strategy');
    const { plan, items, rollup } = await plans.getPlan(admin, slug, summary.id);
    expect(plan.nameEn).toBe('Busan Economic Growth Innovation Strategy and Core Projects (Draft)');
    // 4 strategies, 10 initiatives, 71 projects.
    const levels = Object.fromEntries(rollup.levels.map((l) => [l.level, l]));
    expect(rollup.levels.map((l) => l.level)).toEqual(['strategy', 'initiative', 'project']);
    expect(levels.strategy?.items).toBe(4);
    expect(levels.initiative?.items).toBe(10);
    expect(levels.project?.items).toBe(71);
    // 53 newly discovered, 15 upgraded, 3 expanded.
    expect(levels.project?.byType).toEqual({ new: 53, upgraded: 15, expanded: 3, unspecified: 0 });
    // Per strategy: project count and envelope, in the seed's order.
    expect(items).toHaveLength(4);
    for (const [i, expected] of SEED_003.entries()) {
      const strategy = items[i];
      expect(strategy?.nameEn).toBe(expected.name);
      expect(strategy?.level).toBe('strategy');
      expect(strategy?.illustrative).toBe(false);
      expect(strategy?.rollup.descendantsByLevel.project).toBe(expected.projects);
      expect(strategy?.envelope).toBe(expected.envelope);
      // No per-project budgets in the seed: the whole envelope is unallocated.
      expect(strategy?.rollup.unallocated).toBe(expected.envelope);
    }
    // KRW 4.8882 trillion in total, all stated, none itemised.
    expect(rollup.envelopes.stated).toBe('4888200000000');
    expect(levels.strategy?.envelope).toBe('4888200000000');
    expect(rollup.itemised.total).toBe('0');
    expect(rollup.envelopes.unallocated).toBe('4888200000000');
    expect(summary.stated).toBe('4888200000000');
    // The named projects are there; the placeholders are labelled illustrative.
    const all = flatten(items);
    const projects = all.filter((n) => n.level === 'project');
    expect(projects.map((p) => p.nameEn)).toEqual(
      expect.arrayContaining([
        'Marine and Port AI Transformation (AX) Demonstration Center',
        'Leading model for a Korean-style Green Data Center',
        'Manufacturing infrastructure for compound semiconductors used in extreme and polar environments',
        'K-Regional Tourism Leading Zone Project',
      ]),
    );
    expect(all.filter((n) => n.level !== 'strategy').every((n) => n.illustrative)).toBe(true);
    expect(summary.hasIllustrative).toBe(true);
    // The plan's alignment with the national growth strategy reaches every item.
    expect(rollup.itemsByTag).toEqual([{ tag: 'national-economic-growth-strategy', items: 85 }]);
  });

  it("holds seed 004's plan: period, scope, KRW 175 million five-month study, kickoff agenda", async () => {
    const summary = planByKind(await plans.listPlans(admin, slug), 'informatization_master_plan');
    const { plan, items, rollup } = await plans.getPlan(admin, slug, summary.id);
    expect(plan.nameEn).toBe('6th Basic Informatization Plan of Busan Metropolitan City (2026–2030)');
    expect([plan.periodFrom, plan.periodTo]).toEqual([2026, 2030]);
    const study = plan.details.study;
    expect(study?.budget).toBe('175000000');
    expect(study?.months).toBe(5);
    expect([study?.from, study?.to]).toEqual(['2025-06', '2025-11']);
    expect(study?.contractor?.name).toBe('C&L Consulting Co., Ltd.');
    expect(study?.scope).toEqual([
      'Develop the Basic Informatization Plan for 2026–2030',
      'Analyze informatization environments and trends',
      'Define vision, strategy, action tasks',
      'Develop roadmaps for short-, mid-, and long-term implementation',
    ]);
    const kickoff = plan.details.meetings?.[0];
    expect(kickoff?.date).toBe('2025-06-12');
    expect(kickoff?.start).toBe('15:00');
    expect(kickoff?.venue).toBe('Domohon Conference Room (2nd Floor)');
    expect(kickoff?.agenda?.map((a) => [a.start, a.end, a.minutes, a.content])).toEqual([
      ['15:00', '15:05', 5, 'Opening & Participant Introduction'],
      ['15:05', '15:10', 5, 'Welcome Remarks'],
      ['15:10', '15:35', 25, 'Project Briefing'],
      ['15:35', '15:55', 20, 'Feedback & Q&A'],
      ['15:55', '16:00', 5, 'Closing'],
    ]);
    expect(plan.details.legalBasis?.map((b) => b.en)).toEqual([
      'Electronic Government Act',
      'Busan Metropolitan City Informatization Basic Ordinance',
    ]);
    // The example tasks are illustrative, one per horizon; their lines roll up exactly.
    expect(items.map((i) => [i.horizon, i.illustrative])).toEqual([
      ['short', true],
      ['mid', true],
      ['long', true],
    ]);
    expect(rollup.itemised.total).toBe('9000000000');
    expect(rollup.itemised.bySource).toEqual({
      national: '3700000000',
      municipal: '4300000000',
      private: '1000000000',
      other: '0',
    });
    expect(rollup.itemised.byYear.map((y) => [y.year, y.amount])).toEqual([
      [2026, '800000000'],
      [2027, '2700000000'],
      [2028, '2500000000'],
      [2029, '1000000000'],
      [2030, '2000000000'],
    ]);
    expect(rollup.itemised.byHorizon).toEqual({
      short: '2000000000',
      mid: '4000000000',
      long: '3000000000',
      unspecified: '0',
    });
    expect(rollup.itemised.byTag).toEqual([
      { tag: 'Digital Platform Government Implementation Plan', amount: '4000000000' },
      { tag: 'Korea Digital Strategy', amount: '5000000000' },
      { tag: 'National AI Mainstreaming Strategy', amount: '2000000000' },
    ]);
  });

  it('creates, edits, moves and deletes items; the roll-ups follow; every change is audited', async () => {
    const auditBefore = await auditCount(fixture.database, orgId);
    const plan = await plans.createPlan(admin, slug, {
      kind: 'other',
      nameEn: 'Smart port pilot',
      nameKo: '스마트 항만 시범',
      periodFrom: 2026,
      periodTo: 2028,
    });
    expect(plan).toMatchObject({ status: 'draft', itemCount: 0, stated: '0', itemised: '0' });
    const strategy = await plans.createItem(admin, slug, plan.id, {
      level: 'strategy',
      nameEn: 'Ports',
      code: 'S1',
      envelope: '10000000000',
      alignment: ['Korea Digital Strategy'],
    });
    const a = await plans.createItem(admin, slug, plan.id, {
      level: 'project',
      nameEn: 'Berth sensors',
      parentId: strategy.id,
      projectType: 'new',
      horizon: 'short',
      leadDepartment: 'Port Policy Division',
      partners: ['Busan Port Authority'],
      anchorCompanies: ['HMM'],
      startDate: '2026-03-01',
      endDate: '2027-12-31',
      budget: [
        { year: 2026, source: 'national', amount: '9007199254740993' },
        { year: 2027, source: 'municipal', amount: '1200000000' },
      ],
    });
    expect(a).toMatchObject({ code: 'P-2', depth: 2, position: 0, parentId: strategy.id, status: 'planned' });
    // Beyond 2^53: stored and returned exactly.
    expect(a.budget[0]?.amount).toBe('9007199254740993');
    const b = await plans.createItem(admin, slug, plan.id, {
      level: 'project',
      nameEn: 'Crane twin',
      parentId: strategy.id,
      position: 0,
      projectType: 'upgraded',
      budget: [{ year: 2026, source: 'private', amount: '500000000' }],
    });
    let detail = await plans.getPlan(admin, slug, plan.id);
    expect(detail.items[0]?.children.map((c) => c.nameEn)).toEqual(['Crane twin', 'Berth sensors']);
    expect(detail.rollup.itemised.total).toBe('9007200954740993');
    expect(detail.items[0]?.rollup.unallocated).toBe(String(10_000_000_000n - 9_007_200_954_740_993n));
    expect(detail.rollup.itemised.byType).toEqual({
      new: '9007200454740993',
      upgraded: '500000000',
      expanded: '0',
      unspecified: '0',
    });
    expect(detail.rollup.itemised.byTag).toEqual([
      { tag: 'Korea Digital Strategy', amount: '9007200954740993' },
    ]);

    const updated = await plans.updateItem(admin, slug, plan.id, a.id, {
      budget: [{ year: 2027, source: 'other', amount: '300000000' }],
      status: 'in_progress',
    });
    expect(updated.budget).toEqual([{ year: 2027, source: 'other', amount: '300000000' }]);
    expect(updated.status).toBe('in_progress');

    const moved = await plans.moveItem(admin, slug, plan.id, b.id, { parentId: null });
    expect(moved).toMatchObject({ parentId: null, position: 1, depth: 1 });
    detail = await plans.getPlan(admin, slug, plan.id);
    expect(detail.items.map((i) => i.code)).toEqual(['S1', 'P-3']);
    expect(detail.items[0]?.children.map((c) => [c.code, c.position])).toEqual([['P-2', 0]]);
    expect(detail.rollup.envelopes).toEqual({
      stated: '10000000000',
      itemisedWithin: '300000000',
      unallocated: '9700000000',
      itemisedOutside: '500000000',
    });
    await expectKind(plans.moveItem(admin, slug, plan.id, strategy.id, { parentId: a.id }), 'invalid');

    expect(await plans.deleteItem(admin, slug, plan.id, strategy.id)).toEqual({ deleted: 2 });
    detail = await plans.getPlan(admin, slug, plan.id);
    expect(detail.items.map((i) => [i.code, i.position])).toEqual([['P-3', 0]]);
    expect(detail.rollup.itemised.total).toBe('500000000');

    const renamed = await plans.updatePlan(admin, slug, plan.id, {
      status: 'adopted',
      visionEn: 'Smart port',
    });
    expect(renamed).toMatchObject({ status: 'adopted', visionEn: 'Smart port', itemCount: 1 });

    const entries = await fixture.database.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.orgId, orgId))
      .orderBy(desc(schema.auditLog.seq))
      .limit(8);
    expect(entries.map((e) => e.action).reverse()).toEqual([
      'plan.create',
      'plan.item.create',
      'plan.item.create',
      'plan.item.create',
      'plan.item.update',
      'plan.item.move',
      'plan.item.delete',
      'plan.update',
    ]);
    expect(await auditCount(fixture.database, orgId)).toBe(auditBefore + 8);
    expect(entries[0]?.actorEmail).toBe(admin.email);

    await plans.deletePlan(admin, slug, plan.id);
    await expectKind(plans.getPlan(admin, slug, plan.id), 'not_found');
    expect(await auditCount(fixture.database, orgId)).toBe(auditBefore + 9);
  });

  it('rejects bad fields naming each, and stores nothing', async () => {
    const plan = await plans.createPlan(admin, slug, { kind: 'other', nameEn: 'Validation' });
    const outcome = await plans
      .createItem(admin, slug, plan.id, {
        level: 'project',
        nameEn: '',
        projectType: 'old' as never,
        horizon: 'soon' as never,
        startDate: '2026-02-30',
        envelope: '-5',
        budget: [
          { year: 2026, source: 'national', amount: '1.5' },
          { year: 2026, source: 'lottery' as never, amount: '1' },
        ],
      })
      .catch((err: unknown) => err as { kind: string; fields: Record<string, string[]> });
    expect(outcome).toMatchObject({ kind: 'invalid' });
    const fields = Object.keys((outcome as { fields: Record<string, string[]> }).fields).sort();
    expect(fields).toEqual(
      [
        'nameEn',
        'projectType',
        'horizon',
        'startDate',
        'envelope',
        'budget[0].amount',
        'budget[1].source',
      ].sort(),
    );
    await expectKind(
      plans.createItem(admin, slug, plan.id, {
        level: 'task',
        nameEn: 'Backwards',
        startDate: '2027-01-01',
        endDate: '2026-01-01',
      }),
      'invalid',
    );
    await expectKind(
      plans.createItem(admin, slug, plan.id, { level: 'plan', nameEn: 'Reserved' }),
      'invalid',
    );
    await plans.createItem(admin, slug, plan.id, { level: 'task', nameEn: 'One', code: 'T1' });
    await expectKind(
      plans.createItem(admin, slug, plan.id, { level: 'task', nameEn: 'Two', code: 'T1' }),
      'conflict',
    );
    await expectKind(
      plans.createPlan(admin, slug, { kind: 'other', nameEn: 'P', periodFrom: 2030, periodTo: 2026 }),
      'invalid',
    );
    expect((await plans.getPlan(admin, slug, plan.id)).plan.itemCount).toBe(1);
  });

  it('lets members read, editors and admins write, and hides plans from other organisations', async () => {
    const [summary] = await plans.listPlans(admin, slug);
    if (!summary) throw new Error('no plan');
    const viewer = await addMember(services, admin, 'viewer');
    const analyst = await addMember(services, admin, 'analyst');
    const editor = await addMember(services, admin, 'editor');
    expect((await plans.getPlan(viewer, slug, summary.id)).plan.id).toBe(summary.id);
    expect((await plans.getRollup(analyst, slug, summary.id)).levels.length).toBeGreaterThan(0);
    await expectKind(plans.createPlan(viewer, slug, { kind: 'other', nameEn: 'No' }), 'forbidden');
    await expectKind(plans.updatePlan(analyst, slug, summary.id, { status: 'adopted' }), 'forbidden');
    const created = await plans.createPlan(editor, slug, { kind: 'other', nameEn: 'Editor plan' });
    expect(created.nameEn).toBe('Editor plan');

    const other = await createOrgWithAdmin(fixture.database, services);
    await expectKind(plans.getPlan(other.admin, slug, summary.id), 'not_found');
    await expectKind(plans.listPlans(other.admin, slug), 'not_found');
    await expectKind(plans.getPlan(other.admin, other.slug, summary.id), 'not_found');
    await expectKind(plans.deletePlan(other.admin, other.slug, summary.id), 'not_found');
    await expectKind(plans.getPlan(admin, slug, 'not-a-uuid'), 'not_found');
    expect(await plans.listPlans(other.admin, other.slug)).toEqual([]);
  });

  it('renders the print document: 조/억 in Korean, billions in English, illustrative marked', async () => {
    const plans_ = await plans.listPlans(admin, slug);
    const growth = planByKind(plans_, 'growth_strategy');
    const ko = await plans.planDocument(admin, slug, growth.id, 'ko');
    expect(ko).toContain('<html lang="ko">');
    expect(ko).toContain('1조 9,270억 원');
    expect(ko).toContain('4조 8,882억 원');
    expect(ko).toContain('예시');
    expect(ko).toContain('@page');
    expect(ko).not.toMatch(/<script|<link|src="http/);
    const en = await plans.planDocument(admin, slug, growth.id, 'en');
    expect(en).toContain('KRW 1,927 billion');
    expect(en).toContain('KRW 782.4 billion');
    expect(en).toContain('KRW 1,739.6 billion');
    expect(en).toContain('KRW 439.2 billion');
    expect(en).toContain('Illustrative');
    const info = planByKind(plans_, 'informatization_master_plan');
    const infoEn = await plans.planDocument(admin, slug, info.id, 'en');
    expect(infoEn).toContain('KRW 0.175 billion');
    expect(infoEn).toContain('Project Briefing');
    expect(await plans.planDocument(admin, slug, info.id, 'ko')).toContain('1억 7,500만 원');
  });
});
