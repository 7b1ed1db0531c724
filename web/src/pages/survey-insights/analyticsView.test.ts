import { describe, expect, test } from 'vitest';
import {
  BY_RESPONDENT_GROUP,
  crossTabGroupings,
  crossTabQuestions,
  defaultCrossTab,
  matrixCell,
  matrixColumns,
  ratingScale,
  sharePercent,
} from './analyticsView.ts';
import type { QuestionAnalytics, SurveyAnalytics } from './api.ts';

const question = (over: Partial<QuestionAnalytics>): QuestionAnalytics => ({
  name: 'q',
  title: 'Q',
  type: 'radiogroup',
  kind: 'single',
  answered: 4,
  skipped: 0,
  choices: [],
  stats: null,
  rows: [],
  textAnswers: 0,
  ...over,
});

const choice = (value: string, count: number, share: number) => ({ value, label: value, count, share });

const analytics = (questions: QuestionAnalytics[]): SurveyAnalytics => ({
  survey: {
    id: 's1',
    title: 'Demo',
    kind: 'citizen',
    status: 'closed',
    version: 1,
    synthetic: true,
    provenance: 'SYNTHETIC',
  },
  lang: 'en',
  denominator: { responses: 4, note: 'submitted only' },
  byGroup: [],
  timeline: [],
  questions,
});

describe('analytics helpers', () => {
  test('a rating scale spans the defined points and any value seen; a huge range is no histogram', () => {
    const scale = ratingScale(
      question({ kind: 'rating', choices: [choice('1', 0, 0), choice('5', 3, 0.75)] }),
    );
    expect(scale?.scale).toEqual({ min: 1, max: 5 });
    expect(scale?.counts).toEqual([
      { value: 1, count: 0 },
      { value: 5, count: 3 },
    ]);
    const stats = { n: 2, mean: 50, median: 50, min: 0, max: 100, sd: 70 };
    expect(ratingScale(question({ kind: 'rating', choices: [], stats }))).toBeNull();
  });

  test('cross-tabs offer countable questions, split by group or by another single-choice question', () => {
    const a = analytics([
      question({ name: 'sector', kind: 'single', choices: [choice('gov', 2, 0.5)] }),
      question({ name: 'areas', kind: 'multi', choices: [choice('x', 1, 0.25)] }),
      question({ name: 'comment', kind: 'text' }),
    ]);
    expect(crossTabQuestions(a).map((q) => q.name)).toEqual(['sector', 'areas']);
    expect(defaultCrossTab(a)).toEqual({ question: 'sector', by: BY_RESPONDENT_GROUP });
    expect(crossTabGroupings(a, 'areas').map((g) => g.name)).toEqual([BY_RESPONDENT_GROUP, 'sector']);
    expect(crossTabGroupings(a, 'sector').map((g) => g.name)).toEqual([BY_RESPONDENT_GROUP]);
    expect(defaultCrossTab(analytics([]))).toBeNull();
  });

  test('matrix cells show the mean and n of ratings, or the most given answer', () => {
    const stats = { n: 12, mean: 7.25, median: 7, min: 3, max: 10, sd: 1.9 };
    expect(matrixCell('en', { answered: 12, choices: [], stats })).toBe('7.3 (n=12)');
    expect(
      matrixCell('en', { answered: 3, choices: [choice('a', 1, 0.33), choice('b', 2, 0.67)], stats: null }),
    ).toBe('b 67%');
    expect(matrixCell('en', { answered: 0, choices: [], stats: null })).toBe('–');
    expect(sharePercent(0.815)).toBe('82%');
    const col = (name: string) => ({
      name,
      label: name.toUpperCase(),
      answered: 1,
      choices: [],
      stats: null,
    });
    expect(
      matrixColumns([
        { value: 'LON', label: 'London', answered: 1, columns: [col('IS'), col('CI')] },
        { value: 'SEL', label: 'Seoul', answered: 1, columns: [col('CI'), col('DC')] },
      ]),
    ).toEqual([
      { name: 'IS', label: 'IS' },
      { name: 'CI', label: 'CI' },
      { name: 'DC', label: 'DC' },
    ]);
  });
});
