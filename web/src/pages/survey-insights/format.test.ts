import { describe, expect, test } from 'vitest';
import { countOfSentence, formatPercent, percentOf, shareSentence, waveLabel } from './format.ts';

describe('peer shares', () => {
  test('percents are whole numbers rounded half up, and no denominator gives no percent', () => {
    expect(percentOf({ count: 1, denominator: 2 })).toBe(50);
    expect(percentOf({ count: 163, denominator: 200 })).toBe(82); // 81.5 → 82
    expect(percentOf({ count: 2, denominator: 3 })).toBe(67);
    expect(percentOf({ count: 0, denominator: 0 })).toBeNull();
    expect(formatPercent({ count: 3, denominator: 0 })).toBe('–');
    expect(formatPercent({ count: 81, denominator: 100 })).toBe('81%');
  });

  test('every share states its denominator and its survey wave, in English and Korean', () => {
    const share = { count: 81, denominator: 100 };
    expect(shareSentence('en', share, waveLabel('en', 2020))).toBe(
      '81% of 100 cities surveyed (2020 survey)',
    );
    expect(shareSentence('ko', share, waveLabel('ko', 2020))).toBe('조사 도시 100곳 중 81% (2020년 조사)');
    expect(shareSentence('en', { count: 1, denominator: 1 }, 'pilot')).toBe(
      '100% of 1 city surveyed (pilot)',
    );
    expect(shareSentence('en', { count: 0, denominator: 0 }, '2018 survey')).toBe(
      'no cities surveyed (2018 survey)',
    );
    expect(shareSentence('en', { count: 1200, denominator: 2400 }, 'x')).toBe(
      '50% of 2,400 cities surveyed (x)',
    );
  });

  test('counts behind a bar and wave names', () => {
    expect(countOfSentence('en', { count: 47, denominator: 120 })).toBe('47 of 120 cities');
    expect(countOfSentence('ko', { count: 47, denominator: 120 })).toBe('120곳 중 47곳');
    expect(waveLabel('en', 'Autumn 2025')).toBe('Autumn 2025');
    expect(waveLabel('ko', '2018')).toBe('2018년 조사');
  });
});
