import { describe, expect, test } from 'vitest';
import {
  checkDefinition,
  hasErrors,
  lineAndColumn,
  parseDefinition,
  reviewDefinition,
} from './definitionCheck.ts';
import {
  csvCell,
  formatGroupQuotas,
  parseGroupQuotas,
  parseInvitationCsv,
  splitCsvLine,
  toCsv,
} from './invitationCsv.ts';
import { chartHeight, responseRate, responseRateOption, totals } from './responseRate.ts';
import { parseSurveyPath, surveyPath } from './surveyPaths.ts';

const bilingual = (en: string, ko: string) => ({ default: en, ko });

describe('definition editor checks', () => {
  test('a syntax error is reported with its line and column', () => {
    const text = '{\n  "pages": [\n    { "name": "p1", }\n  ]\n}';
    const parsed = parseDefinition(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issue).toMatchObject({ code: 'notJson', line: 3 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(parseDefinition('[1]')).toEqual({ ok: false, issue: { code: 'notObject', severity: 'error' } });
  });

  test('a bilingual survey with named questions has no issues', () => {
    const json = {
      title: bilingual('Citizen survey', '시민 설문'),
      pages: [
        {
          name: 'p1',
          elements: [
            { type: 'rating', name: 'satisfaction', title: bilingual('How satisfied?', '만족도는?') },
            {
              type: 'panel',
              name: 'box',
              elements: [
                {
                  type: 'radiogroup',
                  name: 'district',
                  title: { en: 'District', ko: '구' },
                  choices: ['a', { value: 'b', text: bilingual('B', '비') }],
                },
              ],
            },
          ],
        },
      ],
    };
    expect(checkDefinition(json)).toEqual([]);
  });

  test('unnamed and duplicate questions are errors; a missing language is a warning', () => {
    const json = {
      pages: [
        {
          elements: [
            { type: 'text', name: 'q1', title: 'Only English' },
            { type: 'text', name: 'q1', title: '한국어만' },
            { type: 'comment', title: bilingual('x', '엑스') },
          ],
        },
      ],
    };
    const issues = checkDefinition(json);
    expect(hasErrors(issues)).toBe(true);
    expect(issues).toEqual([
      { code: 'unnamed', path: 'pages[0].elements[2]', severity: 'error' },
      { code: 'duplicateName', name: 'q1', severity: 'error' },
      { code: 'missingLanguage', path: 'pages[0].elements[0].title', language: 'ko', severity: 'warning' },
      { code: 'missingLanguage', path: 'pages[0].elements[1].title', language: 'en', severity: 'warning' },
    ]);
  });

  test('a survey without questions is an error', () => {
    expect(
      reviewDefinition('{"pages":[{"elements":[{"type":"html","html":{"default":"a","ko":"가"}}]}]}').issues,
    ).toEqual([{ code: 'noQuestions', severity: 'error' }]);
    expect(reviewDefinition('{"elements":[{"type":"text","name":"a"}]}').issues).toEqual([]);
  });
});

describe('invitation CSV', () => {
  test('reads rows with an optional header, quotes and a missing group', () => {
    const parsed = parseInvitationCsv(
      '\uFEFFname,email,group\r\n김민수,minsu@example.kr,"전문가, 학계",KO\nJane Doe,jane@example.org\nNo Mail\n\n',
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toEqual([
      { name: '김민수', email: 'minsu@example.kr', group: '전문가, 학계', locale: 'ko' },
      { name: 'Jane Doe', email: 'jane@example.org', group: '', locale: '' },
      { name: 'No Mail', email: '', group: '', locale: '' },
    ]);
  });

  test('names every bad line', () => {
    const parsed = parseInvitationCsv(
      'a,not-an-email,g\nb,b@x.io,g\nc,B@X.IO,g\na,b,c,d,e\n,x@y.io\nd,,g,fr\n',
    );
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.errors).toEqual([
      { line: 1, problem: 'email' },
      { line: 3, problem: 'duplicate' },
      { line: 4, problem: 'columns' },
      { line: 5, problem: 'name' },
      { line: 6, problem: 'locale' },
    ]);
  });

  test('writes CSV that round-trips and defuses formulas', () => {
    expect(splitCsvLine('"a ""b""",c')).toEqual(['a "b"', 'c']);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(3)).toBe('3');
    expect(toCsv(['name', 'email'], [['김, 민수', 'k@x.io']])).toBe(
      '\uFEFFname,email\r\n"김, 민수",k@x.io\r\n',
    );
  });
});

describe('group quotas', () => {
  test('one group per line; bad lines are named; the text round-trips', () => {
    const parsed = parseGroupQuotas('시민 = 300\nexperts,40\n\nno number\n= 5\n');
    expect(parsed).toEqual({ byGroup: { 시민: 300, experts: 40 }, badLines: [4, 5] });
    expect(parseGroupQuotas(formatGroupQuotas(parsed.byGroup))).toEqual({
      byGroup: parsed.byGroup,
      badLines: [],
    });
  });
});

describe('response-rate dashboard', () => {
  const groups = [
    { group: 'Experts', invited: 10, started: 6, submitted: 4 },
    { group: '', invited: 0, started: 3, submitted: 2 },
  ];

  test('rates and totals', () => {
    expect(responseRate(4, 10)).toBe(0.4);
    expect(responseRate(2, 0)).toBeNull();
    expect(responseRate(12, 10)).toBe(1);
    expect(totals(groups)).toEqual({ invited: 10, started: 9, submitted: 6 });
    expect(chartHeight(10)).toBeGreaterThan(chartHeight(1));
  });

  test('the bar option has one band per group and three series in order', () => {
    const option = responseRateOption(groups, {
      invited: 'Invited',
      started: 'Started',
      submitted: 'Submitted',
      noGroup: '(no group)',
    }) as {
      yAxis: { data: string[] };
      series: Array<{ name: string; type: string; data: number[] }>;
    };
    expect(option.yAxis.data).toEqual(['Experts', '(no group)']);
    expect(option.series.map((s) => [s.name, s.type, s.data])).toEqual([
      ['Invited', 'bar', [10, 0]],
      ['Started', 'bar', [6, 3]],
      ['Submitted', 'bar', [4, 2]],
    ]);
  });
});

describe('survey paths', () => {
  test('collection sections round-trip', () => {
    expect(parseSurveyPath(surveyPath('s-1', 'distribute'))).toEqual({
      kind: 'collection',
      surveyId: 's-1',
      section: 'distribute',
    });
    expect(parseSurveyPath('/surveys')).toEqual({ kind: 'list' });
  });
});
