import { describe, expect, test } from 'vitest';
import type { Factor } from '../api/benchmark.ts';
import { groupFactors, matchesQuery, sliderStep } from './factorGroups.ts';

const factor = (code: string, nameEn: string, nameKo: string, area: string): Factor => ({
  code,
  nameEn,
  nameKo,
  area,
  source: 'illustrative',
  unit: 'score',
  unitKo: '점수',
  polarity: 1,
  dataYear: 2024,
  level: 'city',
  synthetic: true,
});

const areas = [
  { code: 'BE', nameEn: 'Business Environment', nameKo: '비즈니스 환경' },
  { code: 'TE', nameEn: 'Technology', nameKo: '기술' },
];
const factors = [
  factor('TE01', 'Broadband speed', '광대역 속도', 'TE'),
  factor('BE01', 'Ease of starting a business', '창업 용이성', 'BE'),
  factor('TE02', 'AI readiness', 'AI 준비도', 'TE'),
];

describe('what-if factor list', () => {
  test('groups by area in framework order and keeps each factor’s index in the model input', () => {
    const groups = groupFactors(areas, factors, '');
    expect(groups.map((g) => g.area.code)).toEqual(['BE', 'TE']);
    expect(groups[1]!.entries.map((e) => e.index)).toEqual([0, 2]);
  });

  test('search matches English, Korean and codes, and drops areas without a hit', () => {
    expect(groupFactors(areas, factors, '창업').map((g) => g.area.code)).toEqual(['BE']);
    expect(groupFactors(areas, factors, '  ai ').flatMap((g) => g.entries.map((e) => e.factor.code))).toEqual(
      ['TE02'],
    );
    expect(matchesQuery(factors[0]!, 'te01')).toBe(true);
    expect(groupFactors(areas, factors, 'nothing like this')).toEqual([]);
  });

  test('the slider step is about a hundredth of the range', () => {
    expect(sliderStep(0, 100)).toBe(1);
    expect(sliderStep(-2.5, 2.5)).toBeCloseTo(0.01);
    expect(sliderStep(5, 5)).toBe(1);
  });
});
