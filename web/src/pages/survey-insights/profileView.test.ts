import { describe, expect, test } from 'vitest';
import type { PeerFigure, PeerPoolView, ProfileQuestion } from './api.ts';
import {
  chartPoints,
  figureContext,
  figurePercent,
  peerFigureText,
  populationText,
  questionCharts,
} from './profileView.ts';

const figure = (over: Partial<PeerFigure>): PeerFigure => ({
  pool: 'seed-002',
  origin: 'published',
  share: null,
  count: null,
  denominator: null,
  waveEn: 'wave not stated',
  waveKo: '조사 회차 미기재',
  statementEn: '',
  statementKo: '',
  sourceLine: null,
  ...over,
});

const pools: PeerPoolView[] = [
  {
    code: 'seed-002',
    labelEn: 'Cities surveyed (published profile)',
    labelKo: '조사 도시 (공개 프로필)',
    origin: 'published',
    waveEn: '2018 and 2020 surveys',
    waveKo: '2018·2020년 조사',
    denominator: null,
    source: 'seed 002',
    noteEn: '',
    noteKo: '',
  },
  {
    code: 'demo',
    labelEn: 'Illustrative peer pool',
    labelKo: '예시 비교 도시군',
    origin: 'illustrative',
    waveEn: '2025 demo wave',
    waveKo: '2025년 예시 조사',
    denominator: 40,
    source: 'synthetic',
    noteEn: '',
    noteKo: '',
  },
];

const answer = (value: string, peers: PeerFigure[]) => ({
  value,
  labelEn: value,
  labelKo: `${value}(ko)`,
  detailEn: null,
  detailKo: null,
  peers,
});

describe('peer figures', () => {
  test('a stated share keeps its stated percent; a count with a denominator gets one computed', () => {
    expect(figurePercent(figure({ share: 0.81 }))).toBe(81);
    expect(figurePercent(figure({ count: 10, denominator: 40 }))).toBe(25);
    expect(figurePercent(figure({ count: 79 }))).toBeNull();
  });

  test('every figure states its denominator (or that the source does not) and its wave', () => {
    expect(peerFigureText('en', figure({}))).toBe('no exact figure in the source · wave not stated');
    expect(peerFigureText('en', figure({ share: 0.5 }))).toBe(
      '50% of cities surveyed (number of cities not stated) · wave not stated',
    );
    expect(peerFigureText('ko', figure({ share: 0.5 }))).toBe(
      '조사 도시의 50% (조사 도시 수 미기재) · 조사 회차 미기재',
    );
    expect(peerFigureText('en', figure({ count: 79, waveEn: '2018 survey' }))).toBe(
      '79 cities (number surveyed not stated) · 2018 survey',
    );
    expect(
      peerFigureText('en', figure({ share: 0.25, count: 10, denominator: 40, waveEn: '2025 demo wave' })),
    ).toBe('25% of 40 cities surveyed · 2025 demo wave');
    expect(peerFigureText('ko', figure({ count: 10, denominator: 40, waveKo: '2025년' }))).toBe(
      '조사 도시 40곳 중 10곳 (25%) · 2025년',
    );
  });

  test('beside its own statement, a figure adds only its denominator (or its absence) and wave', () => {
    const published = figure({
      share: 0.5,
      statementEn: 'Along with 50% of cities surveyed',
      statementKo: '조사 도시의 50%와 마찬가지로',
    });
    expect(figureContext('en', published)).toBe('number of cities not stated · wave not stated');
    expect(figureContext('ko', published)).toBe('조사 도시 수 미기재 · 조사 회차 미기재');
    const demo = figure({ count: 10, denominator: 40, statementEn: '10 of 40 (25%)', waveEn: 'demo' });
    expect(figureContext('en', demo)).toBe('denominator 40 cities · demo');
    expect(figureContext('en', figure({ count: 79 }))).toBe(
      '79 cities (number surveyed not stated) · wave not stated',
    );
  });

  test('population reads like the seed', () => {
    expect(populationText('en', { value: 3_500_000, year: 2019 })).toBe('3,500,000 (2019)');
    expect(populationText('en', null)).toBeNull();
  });
});

describe('question charts', () => {
  const funded: ProfileQuestion = {
    name: 'funded_activities',
    titleEn: 'Activities being funded',
    titleKo: '지원 활동',
    answers: [answer('Investing in digital systems', [figure({ count: 36 })])],
    otherOptions: [
      answer('Launching or sustaining a project', [figure({ count: 79 })]),
      answer('Paying for services', []),
    ],
    noteEn: null,
    noteKo: null,
  };

  test('counts without shares chart as numbers of cities, chosen answers first and marked', () => {
    const charts = questionCharts(funded, pools, 'en');
    expect(charts).toHaveLength(1);
    const chart = charts[0]!;
    expect(chart.mode).toBe('count');
    expect(chart.categories.map((c) => [c.label, c.chosen])).toEqual([
      ['Investing in digital systems', true],
      ['Launching or sustaining a project', false],
    ]);
    expect(chart.series).toHaveLength(1);
    expect(chart.series[0]?.values).toEqual([36, 79]);
    expect(chartPoints(chart)).toBe(
      '◆ Investing in digital systems 36, Launching or sustaining a project 79',
    );
  });

  test('published counts and illustrative shares go on separate charts, never one axis', () => {
    const q: ProfileQuestion = {
      ...funded,
      answers: [
        answer('Investing in digital systems', [
          figure({ count: 36 }),
          figure({ pool: 'demo', origin: 'illustrative', share: 0.3, count: 12, denominator: 40 }),
        ]),
      ],
      otherOptions: [
        answer('Launching or sustaining a project', [
          figure({ count: 79 }),
          figure({ pool: 'demo', origin: 'illustrative', share: 0.5, count: 20, denominator: 40 }),
        ]),
      ],
    };
    const charts = questionCharts(q, pools, 'en');
    expect(charts.map((c) => [c.mode, c.series.map((s) => s.origin), c.series.map((s) => s.values)])).toEqual(
      [
        ['count', ['published'], [[36, 79]]],
        ['percent', ['illustrative'], [[30, 50]]],
      ],
    );
  });

  test('shares chart as percents with a series per pool and Korean labels', () => {
    const q: ProfileQuestion = {
      ...funded,
      answers: [
        answer('Tourism', [figure({ pool: 'demo', origin: 'illustrative', count: 8, denominator: 40 })]),
      ],
      otherOptions: [
        answer('Housing', [
          figure({ share: 0.4 }),
          figure({ pool: 'demo', origin: 'illustrative', share: 0.3, denominator: 40 }),
        ]),
      ],
    };
    const [chart, ...rest] = questionCharts(q, pools, 'ko');
    expect(rest).toEqual([]);
    expect(chart?.mode).toBe('percent');
    expect(chart?.categories[0]?.label).toBe('Tourism(ko)');
    expect(chart?.series.map((s) => [s.name, s.values])).toEqual([
      ['조사 도시 (공개 프로필)', [null, 40]],
      ['예시 비교 도시군', [20, 30]],
    ]);
  });

  test('a single figure is no chart', () => {
    const q: ProfileQuestion = { ...funded, otherOptions: [] };
    expect(questionCharts(q, pools, 'en')).toEqual([]);
  });
});
