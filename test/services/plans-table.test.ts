import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/services/contract.ts';
import type { PlanPortfolioServices } from '../../src/services/contract-plans.ts';
import { createServices } from '../../src/services/create-services.ts';
import {
  createTestDatabase,
  drivers,
  reportSkippedDrivers,
  type TestDatabase,
} from '../db/support/databases.ts';
import { addMember, createOrgWithAdmin } from '../db/support/fixtures.ts';
import { flatten } from './plans-support.ts';

reportSkippedDrivers();

const TABLE = [
  'Code,Parent_Code,Level,Kind,Period_From,Period_To,Name_EN,Name_KO,Alignment,Partners,Anchor_Companies,Project_Type,Horizon,Start_Date,End_Date,Status,Envelope,Illustrative,Note,budget_2026_national,budget_2027_municipal',
  ',,plan,informatization_master_plan,2026,2030,Digital plan,디지털 계획,Korea Digital Strategy,,,,,,,adopted,,,From a workshop,,',
  'S1,,strategy,,,,Data,데이터,,,,,,,,,1조 2억 원,false,,,',
  'T1,S1,task,,,,"Open data, phase 1",공공데이터,National AI Mainstreaming Strategy; Data Act,"Busan TP; KISA",HMM,new,short,2026-01-01,2026-12-31,in_progress,,yes,,"1,200,000,000",KRW 0.3 billion',
  'T2,S1,task,,,,Data lake,,,,,upgraded,mid,,,,,no,,12억,',
].join('\r\n');

describe.each(drivers)('plan table import and export on %s', (driver) => {
  let fixture: TestDatabase;
  let plans: PlanPortfolioServices;
  let admin: Actor;
  let slug: string;

  beforeAll(async () => {
    fixture = await createTestDatabase(driver);
    const services = createServices(fixture.database);
    plans = services.plans;
    ({ admin, slug } = await createOrgWithAdmin(fixture.database, services));
  });
  afterAll(async () => {
    await fixture?.dispose();
  });

  it('reads every field, list and money notation exactly', async () => {
    const result = await plans.importNewPlan(admin, slug, { format: 'csv', text: TABLE });
    expect(result).toMatchObject({ items: 3, budgetLines: 3 });
    expect(result.plan).toMatchObject({
      kind: 'informatization_master_plan',
      nameKo: '디지털 계획',
      periodFrom: 2026,
      periodTo: 2030,
      status: 'adopted',
      alignment: ['Korea Digital Strategy'],
      provenance: 'From a workshop',
    });
    const { items, rollup } = await plans.getPlan(admin, slug, result.plan.id);
    const [s1, t1, t2] = flatten(items);
    expect(s1).toMatchObject({ code: 'S1', envelope: '1000200000000', depth: 1 });
    expect(t1).toMatchObject({
      code: 'T1',
      nameEn: 'Open data, phase 1',
      alignment: ['National AI Mainstreaming Strategy', 'Data Act'],
      partners: ['Busan TP', 'KISA'],
      anchorCompanies: ['HMM'],
      projectType: 'new',
      horizon: 'short',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      status: 'in_progress',
      illustrative: true,
      budget: [
        { year: 2026, source: 'national', amount: '1200000000' },
        { year: 2027, source: 'municipal', amount: '300000000' },
      ],
    });
    expect(t2).toMatchObject({ status: 'planned', illustrative: false, position: 1 });
    expect(rollup.itemised.total).toBe('2700000000');
    expect(rollup.envelopes.unallocated).toBe('997500000000');
    // The plan's own tag reaches every line.
    expect(rollup.itemised.byTag.find((t) => t.tag === 'Korea Digital Strategy')?.amount).toBe('2700000000');
  });

  it('writes exact numbers to XLSX and reads them back to the same table', async () => {
    const [summary] = await plans.listPlans(admin, slug);
    if (!summary) throw new Error('no plan');
    const xlsx = await plans.exportPlan(admin, slug, summary.id, 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.body) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no worksheet');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const t1 = sheet.getRow(4);
    expect(t1.getCell(header.indexOf('budget_2026_national') + 1).value).toBe(1_200_000_000);
    expect(t1.getCell(header.indexOf('code') + 1).value).toBe('T1');
    const copy = await plans.importNewPlan(admin, slug, { format: 'xlsx', bytes: xlsx.body });
    const decode = (body: Uint8Array) => new TextDecoder().decode(body);
    expect(decode((await plans.exportPlan(admin, slug, copy.plan.id, 'csv')).body)).toBe(
      decode((await plans.exportPlan(admin, slug, summary.id, 'csv')).body),
    );
  });

  it('rejects bad headers and bad rows before storing anything, and checks the role', async () => {
    const count = (await plans.listPlans(admin, slug)).length;
    const problem = async (text: string) =>
      plans.importNewPlan(admin, slug, { format: 'csv', text }).then(
        () => null,
        (err: { kind: string; fields?: Record<string, string[]> }) => err,
      );
    expect((await problem('code,level,name_en\n'))?.fields).toEqual({
      'row 1': ['missing column parent_code'],
    });
    expect(
      (await problem('code,parent_code,level,name_en,colour,budget_2026_lottery\n'))?.fields?.['row 1'],
    ).toEqual([
      'unknown column colour (budget columns are written budget_<year>_<national|municipal|private|other>)',
      'unknown column budget_2026_lottery (budget columns are written budget_<year>_<national|municipal|private|other>)',
    ]);
    const noPlanRow = await problem('code,parent_code,level,name_en\nA,,task,A\n');
    expect(noPlanRow?.fields?.['row 2']?.[0]).toMatch(/first data row must be the plan itself/);
    const late = await problem(
      'code,parent_code,level,kind,name_en\n,,plan,other,P\nA,,task,,A\n,,plan,other,Q\n',
    );
    expect(Object.keys(late?.fields ?? {})).toEqual(['row 4']);
    expect((await plans.listPlans(admin, slug)).length).toBe(count);

    const viewer = await addMember(createServices(fixture.database), admin, 'viewer');
    const denied = await plans
      .importNewPlan(viewer, slug, { format: 'csv', text: TABLE })
      .catch((e: { kind: string }) => e.kind);
    expect(denied).toBe('forbidden');
  });

  it('keeps the ids of items whose code stays when a table replaces a plan, and deletes the rest', async () => {
    const all = await plans.listPlans(admin, slug);
    const original = all[all.length - 1];
    if (!original) throw new Error('no plan');
    const before = flatten((await plans.getPlan(admin, slug, original.id)).items);
    const csv = new TextDecoder().decode((await plans.exportPlan(admin, slug, original.id, 'csv')).body);
    const edited = csv
      .split('\r\n')
      .filter((line) => !line.startsWith('T2,'))
      .map((line) => line.replace('"Open data, phase 1"', 'Open data phase 2').replace(/^T1,S1,/, 'T1,,'))
      .join('\r\n');
    const result = await plans.importIntoPlan(admin, slug, original.id, { format: 'csv', text: edited });
    expect(result).toMatchObject({ items: 2, budgetLines: 2 });
    const after = flatten((await plans.getPlan(admin, slug, original.id)).items);
    expect(after.map((i) => [i.code, i.parentId === null, i.nameEn])).toEqual([
      ['S1', true, 'Data'],
      ['T1', true, 'Open data phase 2'],
    ]);
    expect(after.map((i) => i.id)).toEqual(
      ['S1', 'T1'].map((code) => before.find((i) => i.code === code)?.id),
    );
  });

  it('replaces the items of a plan and keeps its fields when the table has no plan row', async () => {
    const [summary] = await plans.listPlans(admin, slug);
    if (!summary) throw new Error('no plan');
    const result = await plans.importIntoPlan(admin, slug, summary.id, {
      format: 'csv',
      text: 'code,parent_code,level,name_en,budget_2030_other\nX,,project,Only one,5\n',
    });
    expect(result).toMatchObject({
      items: 1,
      budgetLines: 1,
      plan: { id: summary.id, nameEn: summary.nameEn },
    });
    expect((await plans.getRollup(admin, slug, summary.id)).itemised.bySource.other).toBe('5');
  });
});
