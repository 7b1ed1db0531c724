import { describe, expect, test } from 'vitest';
import type { CityResult } from '../../api/benchmark.ts';
import { formatInterval, formatScore, formatSigned } from '../editions/format.ts';
import { areaProfile, median } from './areaProfile.ts';
import { strengthsAndWeaknesses } from './contributions.ts';

const withArea = (code: string, score: number | null): CityResult => ({
  city: code,
  score: 500,
  rating: 5,
  rank: 1,
  regionRank: 1,
  associate: false,
  assessmentsFromOthers: 10,
  rankP05: 1,
  rankP95: 2,
  areas: { TE: { score, rank: 3 } },
  dimensions: {},
  publishedRank: null,
  previous: null,
});

describe('city page helpers', () => {
  test('the peer median ignores peers without a score', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(Number.isNaN(median([]))).toBe(true);
    const [technology] = areaProfile(
      [{ code: 'TE', nameEn: 'Technology', nameKo: '기술' }],
      withArea('BUS', 640),
      [withArea('SEL', 700), withArea('TPE', 600), withArea('X', null)],
    );
    expect(technology).toMatchObject({ score: 640, rank: 3, peerMedian: 650 });
  });

  test('strengths are the largest positive contributions, weaknesses the most negative', () => {
    const c = (factor: string, delta: number) => ({ factor, area: 'TE', delta });
    const { strengths, weaknesses } = strengthsAndWeaknesses(
      [c('a', 1), c('b', -3), c('c', 5), c('d', 0), c('e', -1), c('f', 2)],
      2,
    );
    expect(strengths.map((s) => s.factor)).toEqual(['c', 'f']);
    expect(weaknesses.map((s) => s.factor)).toEqual(['b', 'e']);
  });

  test('figures without a value show a dash, never "NaN" or "null"', () => {
    expect(formatScore(null)).toBe('–');
    expect(formatScore(Number.NaN)).toBe('–');
    expect(formatScore(636.6)).toBe('637');
    expect(formatInterval(12, null)).toBe('–');
    expect(formatInterval(11.6, 15)).toBe('12–15');
    expect(formatSigned(3)).toBe('+3');
    expect(formatSigned(-0.25, 1)).toBe('-0.3');
  });
});
