/** Pure survey analytics, the expert-assessment mapping and the profile builder: no database. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { BUSAN_ANSWERS, PUBLISHED_FIGURES } from '../../data/surveys/innovation-capacity/busan-profile.ts';
import { demoExpertResponses } from '../../data/surveys/innovation-capacity/demo-expert-survey.ts';
import { illustrativePeerFigures } from '../../data/surveys/innovation-capacity/illustrative-peers.ts';
import { INNOVATION_CAPACITY_QUESTIONNAIRE } from '../../data/surveys/innovation-capacity/questionnaire.ts';
import { parseCsv } from '../../src/services/csv.ts';
import {
  crossTab,
  distributions,
  freeText,
  numberStats,
  type ResponseRecord,
} from '../../src/services/survey-insights/analytics.ts';
import { flattenDefinition, localise } from '../../src/services/survey-insights/definition.ts';
import { mapExpertResponses, toTextTable } from '../../src/services/survey-insights/expert-mapping.ts';
import { exportResponses } from '../../src/services/survey-insights/export-responses.ts';
import { buildProfile } from '../../src/services/survey-insights/profile.ts';
import { summaryHtml } from '../../src/services/survey-insights/summary-html.ts';

const definition = {
  title: { default: 'Citizen survey', ko: '시민 설문' },
  pages: [
    {
      name: 'p1',
      elements: [
        {
          type: 'radiogroup',
          name: 'satisfied',
          title: { default: 'Satisfied?', ko: '만족하십니까?' },
          choices: [
            { value: 'yes', text: { default: 'Yes', ko: '예' } },
            { value: 'no', text: { default: 'No', ko: '아니요' } },
            { value: 'unsure', text: { default: 'Unsure', ko: '모름' } },
          ],
        },
        {
          type: 'panel',
          name: 'inner',
          elements: [
            {
              type: 'checkbox',
              name: 'services',
              title: { default: 'Services used', ko: '이용한 서비스' },
              choices: ['bus', 'metro', { value: 'bike', text: { default: 'Bike share', ko: '공공자전거' } }],
              showOtherItem: true,
            },
          ],
        },
        { type: 'rating', name: 'score', title: 'Score', rateMin: 1, rateMax: 5 },
        { type: 'boolean', name: 'resident', title: { default: 'Resident?', ko: '주민입니까?' } },
        { type: 'comment', name: 'ideas', title: { default: 'Ideas', ko: '아이디어' } },
        {
          type: 'matrixdropdown',
          name: 'grid',
          title: 'Grid',
          cellType: 'rating',
          rateMin: 1,
          rateMax: 10,
          rows: ['A', 'B'],
          columns: [{ name: 'x', title: 'X' }],
        },
        { type: 'html', name: 'note', html: '<p>not a question</p>' },
      ],
    },
  ],
};

const responses: ResponseRecord[] = [
  {
    id: 'r1',
    group: 'youth',
    submittedAt: '2026-11-01T10:00:00.000Z',
    answers: {
      satisfied: 'yes',
      services: ['bus', 'metro'],
      score: 5,
      resident: true,
      ideas: ' More buses ',
      grid: { A: { x: 8 } },
    },
  },
  {
    id: 'r2',
    group: 'youth',
    submittedAt: '2026-11-02T10:00:00.000Z',
    answers: {
      satisfied: 'no',
      services: ['bus', 'other'],
      'services-Comment': 'ferry',
      score: 2,
      resident: false,
      grid: { A: { x: 6 }, B: { x: 3 } },
    },
  },
  {
    id: 'r3',
    group: null,
    submittedAt: '2026-11-02T12:00:00.000Z',
    answers: { satisfied: 'yes', score: 4, resident: true },
  },
];

describe('the SurveyJS definition reader', () => {
  it('flattens pages and panels, skips non-questions, localises labels', () => {
    const ko = flattenDefinition(definition, 'ko');
    expect(ko.map((q) => q.name)).toEqual(['satisfied', 'services', 'score', 'resident', 'ideas', 'grid']);
    expect(ko[0]?.title).toBe('만족하십니까?');
    expect(ko[1]?.choices.map((c) => c.label)).toEqual(['bus', 'metro', '공공자전거', '기타']);
    expect(ko[2]?.choices.map((c) => c.value)).toEqual(['1', '2', '3', '4', '5']);
    expect(ko[3]?.choices).toEqual([
      { value: 'true', label: '예' },
      { value: 'false', label: '아니요' },
    ]);
    expect(ko[5]?.columns[0]?.choices).toHaveLength(10);
    expect(localise({ default: 'Fallback' }, 'ko')).toBe('Fallback');
  });
});

describe('distributions', () => {
  const d = distributions(definition, responses, 'en');
  const q = (name: string) => d.questions.find((x) => x.name === name)!;

  it('counts every defined option (zeros kept) with shares of those who answered', () => {
    expect(q('satisfied').choices).toEqual([
      { value: 'yes', label: 'Yes', count: 2, share: 2 / 3 },
      { value: 'no', label: 'No', count: 1, share: 1 / 3 },
      { value: 'unsure', label: 'Unsure', count: 0, share: 0 },
    ]);
    expect(q('services')).toMatchObject({ answered: 2, skipped: 1, textAnswers: 1 });
    expect(q('services').choices.find((c) => c.value === 'bus')).toMatchObject({ count: 2, share: 1 });
    expect(q('resident').choices.map((c) => c.count)).toEqual([2, 1]);
  });

  it('gives rating statistics, matrix rows and free-text counts', () => {
    expect(q('score').stats).toMatchObject({ n: 3, mean: 11 / 3, median: 4, min: 2, max: 5 });
    const grid = q('grid');
    expect(grid.rows.map((r) => [r.value, r.answered])).toEqual([
      ['A', 2],
      ['B', 1],
    ]);
    expect(grid.rows[0]?.columns[0]?.stats).toMatchObject({ n: 2, mean: 7 });
    expect(q('ideas').textAnswers).toBe(1);
    expect(d.byGroup).toEqual([
      { group: 'youth', count: 2 },
      { group: '(no group)', count: 1 },
    ]);
    expect(d.timeline).toEqual([
      { date: '2026-11-01', count: 1 },
      { date: '2026-11-02', count: 2 },
    ]);
  });

  it('computes sample statistics', () => {
    expect(numberStats([])).toBeNull();
    expect(numberStats([2, 4, 4, 4, 5, 5, 7, 9])).toMatchObject({
      mean: 5,
      median: 4.5,
      sd: Math.sqrt(32 / 7),
    });
  });
});

describe('cross-tabs and free text', () => {
  it('cross-tabulates by respondent group with column shares', () => {
    const t = crossTab(definition, responses, 'satisfied', 'respondent_group', 'ko');
    expect(t.columns).toEqual([
      { value: '(그룹 없음)', label: '(그룹 없음)', responses: 1 },
      { value: 'youth', label: 'youth', responses: 2 },
    ]);
    expect(t.rows.map((r) => r.label)).toEqual(['예', '아니요', '모름']);
    expect(t.counts).toEqual([
      [1, 1],
      [0, 1],
      [0, 0],
    ]);
    expect(t.shares[0]).toEqual([1, 0.5]);
    expect(t.total).toBe(3);
  });

  it('cross-tabulates a multi-choice question by a single-choice question', () => {
    const t = crossTab(definition, responses, 'services', 'satisfied', 'en');
    expect(t.columns.map((c) => [c.value, c.responses])).toEqual([
      ['yes', 1],
      ['no', 1],
      ['unsure', 0],
    ]);
    expect(t.counts[0]).toEqual([1, 1, 0]); // bus
    expect(() => crossTab(definition, responses, 'ideas', 'respondent_group', 'en')).toThrow(
      /no answer options/,
    );
    expect(() => crossTab(definition, responses, 'satisfied', 'services', 'en')).toThrow(/single-choice/);
  });

  it('lists free text newest first, with "other" comments', () => {
    const list = freeText(definition, responses, 'en');
    expect(list.map((x) => x.name)).toEqual(['services-Comment', 'ideas']);
    expect(list[0]?.answers).toEqual([
      { responseId: 'r2', group: 'youth', submittedAt: '2026-11-02T10:00:00.000Z', text: 'ferry' },
    ]);
    expect(list[1]?.answers[0]?.text).toBe('More buses');
  });
});

describe('export and summary', () => {
  it('writes a CSV with a BOM and labels in the chosen language', async () => {
    const file = await exportResponses('s', definition, responses, 'csv', 'ko', true);
    expect([...file.body.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(file.body);
    const rows = parseCsv(text).filter((r) => r.length > 1);
    expect(rows[0]?.slice(0, 5)).toEqual([
      '응답',
      '응답자 그룹',
      '제출 시각(UTC)',
      '예시(합성) 데이터',
      '만족하십니까?',
    ]);
    expect(rows[0]).toContain('이용한 서비스 (기타)');
    expect(rows[0]).toContain('Grid: A / X');
    expect(rows[1]?.[4]).toBe('예');
    expect(rows[1]?.[5]).toBe('bus; metro');
    expect(rows[2]?.[5]).toBe('bus; 기타');
    expect(file.filename).toBe('s-ko.csv');
  });

  it('writes an XLSX with a questions sheet', async () => {
    const file = await exportResponses('s', definition, responses, 'xlsx', 'en', false);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.body) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['responses', 'questions']);
    expect(workbook.worksheets[0]?.getRow(2).getCell(5).value).toBe('Yes');
    expect(workbook.worksheets[0]?.rowCount).toBe(4);
  });

  it('prints a self-contained HTML summary with the synthetic label', () => {
    const d = distributions(definition, responses, 'ko');
    const html = summaryHtml(
      {
        survey: {
          id: 'x',
          title: '시민 <설문>',
          kind: 'citizen',
          status: 'closed',
          version: 1,
          synthetic: true,
          provenance: 'SYNTHETIC',
        },
        lang: 'ko',
        denominator: { responses: 3, note: '' },
        ...d,
      },
      '2026-11-30 10:00',
    );
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('시민 &lt;설문&gt;');
    expect(html).toContain('예시(합성) 데이터');
    expect(html).not.toMatch(/<script|<link|src=|url\(/i);
  });
});

const CITIES = [
  { code: 'BUS', nameEn: 'Busan', nameKo: '부산', region: 'Asia/Pacific' },
  { code: 'SEL', nameEn: 'Seoul', nameKo: '서울', region: 'Asia/Pacific' },
  { code: 'LON', nameEn: 'London', nameKo: '런던', region: 'Western Europe' },
];
const RULES = { windowMonths: 24, excludeHomeCity: true, minAssessments: 2 };

describe('expert-assessment answers into assessment rows', () => {
  const expert = (id: string, home: string | undefined, date: string, ratings: unknown): ResponseRecord => ({
    id,
    group: 'tech',
    submittedAt: `${date}T09:00:00.000Z`,
    answers: { ...(home ? { home_city: home } : {}), ratings },
  });

  it('applies the window and home-city rules and the minimum, and shows them', () => {
    const mapped = mapExpertResponses(
      [
        expert('a', 'BUS', '2026-10-01', { BUS: { IS: 9 }, SEL: { IS: 7, CI: 6 }, LON: { IS: 8 } }),
        expert('b', 'SEL', '2026-09-01', { BUS: { IS: 6, DC: 5 }, SEL: { IS: 10 } }),
        expert('c', 'LON', '2023-01-01', { BUS: { IS: 4 } }), // outside 24 months
        expert('d', 'LON', '2026-12-24', { BUS: { IS: 4 } }), // after the edition date
        expert('e', undefined, '2026-10-01', { BUS: { IS: 4 } }),
        expert('f', 'XXX', '2026-10-01', { BUS: { IS: 4 } }),
        expert('g', 'LON', '2026-10-01', { BUS: { IS: 11, ZZ: 3 } }),
      ],
      CITIES,
      ['IS', 'CI', 'DC'],
      '2026-12-01',
      RULES,
    );
    expect(mapped.counts).toEqual({
      responses: 7,
      usedResponses: 3,
      assessments: 8,
      excludedHomeCity: 2,
      outsideWindow: 1,
      counted: 5,
      afterEditionDate: 1,
    });
    expect(mapped.cities).toEqual([
      { code: 'BUS', nameEn: 'Busan', nameKo: '부산', assessments: 4, fromOthers: 2, status: 'rated' },
      { code: 'SEL', nameEn: 'Seoul', nameKo: '서울', assessments: 3, fromOthers: 2, status: 'rated' },
      { code: 'LON', nameEn: 'London', nameKo: '런던', assessments: 1, fromOthers: 1, status: 'associate' },
    ]);
    expect(mapped.skipped.map((s) => s.responseId)).toEqual(['d', 'e', 'f', 'g', 'g']);
    expect(mapped.skipped.find((s) => s.responseId === 'g')?.reason).toMatch(
      /ZZ.*rating '11'|rating '11'.*ZZ|some ratings ignored/,
    );
    const table = toTextTable(mapped.rows);
    expect(table.header).toEqual([
      'respondent',
      'home_city',
      'region',
      'sector',
      'city',
      'dimension',
      'rating',
      'date',
    ]);
    expect(table.rows[0]).toEqual(['a', 'BUS', 'Asia/Pacific', 'tech', 'BUS', 'IS', '9', '2026-10-01']);
  });

  it('counts home ratings without excluding them when the rule is off', () => {
    const mapped = mapExpertResponses(
      [expert('a', 'BUS', '2026-10-01', { BUS: { IS: 9 }, SEL: { IS: 7 } })],
      CITIES,
      ['IS'],
      '2026-12-01',
      { ...RULES, excludeHomeCity: false },
    );
    expect(mapped.counts).toMatchObject({ excludedHomeCity: 1, counted: 2 });
  });

  it('generates the synthetic demo responses deterministically', () => {
    const a = demoExpertResponses(CITIES, ['IS', 'CI', 'DC'], 5);
    const b = demoExpertResponses(CITIES, ['IS', 'CI', 'DC'], 5);
    expect(a).toEqual(b);
    expect(a.length).toBeGreaterThan(100);
    for (const r of a.slice(0, 20))
      for (const cells of Object.values(r.answers.ratings as Record<string, Record<string, number>>))
        for (const v of Object.values(cells)) expect(v >= 1 && v <= 10 && Number.isInteger(v)).toBe(true);
  });
});

describe("Busan's innovation-capacity profile (seed 002)", () => {
  const pools = [
    {
      id: 1,
      orgId: 'o',
      code: 'oecd-bloomberg-published',
      labelEn: 'Published',
      labelKo: '공표',
      origin: 'published',
      waveEn: 'not stated',
      waveKo: '미기재',
      denominator: null,
      source: 'seed 002',
      noteEn: '',
      noteKo: '',
      position: 0,
    },
    {
      id: 2,
      orgId: 'o',
      code: 'illustrative',
      labelEn: 'Illustrative',
      labelKo: '예시',
      origin: 'illustrative',
      waveEn: 'n/a',
      waveKo: 'n/a',
      denominator: 40,
      source: 'SYNTHETIC',
      noteEn: '',
      noteKo: '',
      position: 1,
    },
  ];
  const figures = [
    ...PUBLISHED_FIGURES.map((f, i) => ({ id: i + 1, poolId: 1, ...f })),
    ...illustrativePeerFigures().map((f, i) => ({
      id: 100 + i,
      poolId: 2,
      question: f.question,
      value: f.value,
      share: null,
      count: f.count,
      statementEn: '',
      statementKo: '',
      sourceLine: null,
    })),
  ];
  const own: ResponseRecord = {
    id: 'busan',
    group: 'city_government',
    submittedAt: '2026-11-30T00:00:00.000Z',
    answers: BUSAN_ANSWERS,
  };
  const peer: ResponseRecord = {
    id: 'peer',
    group: null,
    submittedAt: '2026-11-30T00:00:00.000Z',
    answers: { city_name: 'Gwangju', explicit_strategy: false },
  };
  const profile = buildProfile({
    orgCity: 'Busan',
    orgName: 'Busan Metropolitan City',
    definition: INNOVATION_CAPACITY_QUESTIONNAIRE,
    survey: {
      id: 's',
      title: 'IC',
      kind: 'innovation_capacity',
      status: 'closed',
      version: 1,
      synthetic: false,
      provenance: 'x',
    },
    responses: [own, peer],
    pools,
    figures,
  });
  const question = (name: string) =>
    profile.sections.flatMap((s) => s.questions).find((q) => q.name === name)!;

  it('states the city facts exactly', () => {
    expect(profile.city).toMatchObject({
      nameEn: 'Busan',
      mayorEn: 'Oh Keo-don',
      population: { value: 3_500_000, year: 2019 },
    });
    expect(profile.sections.map((s) => s.titleEn)).toEqual([
      'Vision and approach to innovation capacity',
      'Innovation skills or roles',
      'How is innovation funded here?',
      'How is innovation measured?',
    ]);
    expect(profile.sections[0]?.statements[0]?.en).toMatch(/Eco Delta City \(EDC\)/);
  });

  it('puts the published figures beside the answers with their source lines', () => {
    const strategy = question('explicit_strategy');
    expect(strategy.answers).toHaveLength(1);
    const published = strategy.answers[0]?.peers.find((p) => p.origin === 'published');
    expect(published).toMatchObject({
      share: 0.5,
      denominator: null,
      statementEn: 'Along with 50% of cities surveyed',
    });
    expect(published?.sourceLine).toBe(
      'Along with 50% of cities surveyed, Busan has an explicit innovation strategy.',
    );
    expect(question('dedicated_funding').answers[0]?.peers.find((p) => p.origin === 'published')?.share).toBe(
      0.81,
    );
    expect(question('approach').answers[0]).toMatchObject({ value: 'both' });
    expect(question('approach').answers[0]?.peers.find((p) => p.origin === 'published')).toMatchObject({
      share: null,
      statementEn: 'Similar to more than half of cities surveyed',
    });
    const funded = question('funded_activities');
    expect(funded.answers.map((a) => a.value)).toEqual([
      'digital_systems',
      'physical_infrastructure',
      'idea_generation',
    ]);
    expect(funded.answers.map((a) => a.peers.find((p) => p.origin === 'published')?.count)).toEqual([
      36, 30, 51,
    ]);
    expect(funded.otherOptions.map((o) => [o.value, o.peers[0]?.count])).toEqual([['launching_project', 79]]);
    expect(question('dedicated_team').answers.map((a) => a.value)).toEqual(['false']);
    expect(question('innovation_activities').answers[0]?.detailEn).toMatch(/^e\.g\. prototyping/);
  });

  it('labels illustrative and survey peers by origin with their denominators', () => {
    const peers = question('explicit_strategy').answers[0]?.peers ?? [];
    expect(peers.map((p) => p.origin)).toEqual(['published', 'illustrative', 'survey']);
    const illustrative = peers.find((p) => p.origin === 'illustrative');
    expect(illustrative?.denominator).toBe(40);
    expect(illustrative?.statementKo).toMatch(/예시 비교 도시 40곳/);
    expect(peers.find((p) => p.origin === 'survey')).toMatchObject({ count: 0, denominator: 1, share: 0 });
    expect(profile.peerPools.map((p) => p.origin)).toEqual(['published', 'illustrative', 'survey']);
    expect(profile.containsIllustrative).toBe(true);
  });
});

describe('the into-index CLI text', () => {
  it('states the rules, the counts and the associates', async () => {
    const { formatPreview } = await import('../../src/cli/commands/survey/insight-into-index.ts');
    const text = formatPreview({
      survey: {
        id: 's1',
        title: 'Experts',
        kind: 'expert_assessment',
        status: 'closed',
        version: 1,
        synthetic: true,
        provenance: 'SYNTHETIC',
      },
      edition: { number: 12, label: 'SCI 12', status: 'draft', publishedOn: '2026-11-30' },
      rules: { windowMonths: 24, excludeHomeCity: true, minAssessments: 7 },
      counts: {
        responses: 3,
        usedResponses: 2,
        assessments: 10,
        excludedHomeCity: 1,
        outsideWindow: 2,
        counted: 7,
        afterEditionDate: 0,
      },
      skipped: [{ responseId: 'x', reason: 'no home city (home_city)' }],
      cities: [
        { code: 'BUS', nameEn: 'Busan', nameKo: '부산', assessments: 8, fromOthers: 7, status: 'rated' },
        { code: 'LON', nameEn: 'London', nameKo: '런던', assessments: 2, fromOthers: 2, status: 'associate' },
      ],
      rated: 1,
      associates: 1,
    });
    expect(text).toContain('SYNTHETIC demo responses');
    expect(text).toContain('window 24 months, home city excluded, minimum 7');
    expect(text).toContain('own city 1, outside the window 2, counted 7');
    expect(text).toContain('associates (from others < 7): LON 2');
  });
});

describe('the profile over the surveys module template', () => {
  it("reads Busan's answers through the template's question names and pages", async () => {
    const { readFileSync } = await import('node:fs');
    const template = JSON.parse(
      readFileSync('data/surveys/templates/innovation-capacity.json', 'utf8'),
    ) as unknown;
    const profile = buildProfile({
      orgCity: 'Busan',
      orgName: 'Busan Metropolitan City',
      definition: template,
      survey: null,
      responses: [{ id: 'b', group: null, submittedAt: null, answers: BUSAN_ANSWERS }],
      pools: [],
      figures: [],
    });
    const answered = profile.sections.flatMap((s) => s.questions).filter((q) => q.answers.length > 0);
    // Every answer of seed 002 lands on a question of the template.
    expect(answered.map((q) => q.name).sort()).toEqual(
      Object.keys(BUSAN_ANSWERS)
        .filter((k) => k !== 'city_name')
        .sort(),
    );
    expect(profile.sections[0]?.statements[0]?.en).toMatch(/Eco Delta City/);
  });
});
