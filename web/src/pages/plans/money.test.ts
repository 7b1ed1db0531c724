import { describe, expect, test } from 'vitest';
import {
  amountFromApi,
  formatAmount,
  formatAmountAsStated,
  parseAmountInput,
  sumAmounts,
  toChartNumber,
} from './money.ts';

describe('formatAmount', () => {
  test('writes the seed-003 envelopes exactly in 조/억 and in KRW billions', () => {
    const envelopes = [1_927_000_000_000n, 782_400_000_000n, 1_739_600_000_000n, 439_200_000_000n];
    expect(envelopes.map((a) => formatAmount(a, 'ko'))).toEqual([
      '1조 9,270억 원',
      '7,824억 원',
      '1조 7,396억 원',
      '4,392억 원',
    ]);
    expect(envelopes.map((a) => formatAmount(a, 'en'))).toEqual([
      'KRW 1,927 billion',
      'KRW 782.4 billion',
      'KRW 1,739.6 billion',
      'KRW 439.2 billion',
    ]);
    const total = sumAmounts(envelopes);
    expect(formatAmount(total, 'ko')).toBe('4조 8,882억 원');
    expect(formatAmount(total, 'en')).toBe('KRW 4,888.2 billion');
  });

  test('keeps small amounts exact (the seed-004 study budget)', () => {
    expect(formatAmount(175_000_000n, 'ko')).toBe('1억 7,500만 원');
    expect(formatAmount(175_000_000n, 'en')).toBe('KRW 0.175 billion');
    expect(formatAmount(0n, 'ko')).toBe('0원');
    expect(formatAmount(0n, 'en')).toBe('KRW 0 billion');
    expect(formatAmountAsStated(175_000_000n, 'en')).toBe('KRW 175 million');
    expect(formatAmountAsStated(1_739_600_000_000n, 'en')).toBe('KRW 1.7396 trillion');
    expect(formatAmountAsStated(175_000_000n, 'ko')).toBe('1억 7,500만 원');
  });
});

describe('parseAmountInput', () => {
  test('reads plain won, Korean units and English words', () => {
    expect(parseAmountInput('175,000,000')).toEqual({ ok: true, amount: 175_000_000n });
    expect(parseAmountInput(' 800000000 ')).toEqual({ ok: true, amount: 800_000_000n });
    expect(parseAmountInput('1억 7,500만')).toEqual({ ok: true, amount: 175_000_000n });
    expect(parseAmountInput('12억 원')).toEqual({ ok: true, amount: 1_200_000_000n });
    expect(parseAmountInput('1.5 billion')).toEqual({ ok: true, amount: 1_500_000_000n });
    expect(parseAmountInput('KRW 1.7396 trillion')).toEqual({ ok: true, amount: 1_739_600_000_000n });
  });

  test('refuses empty, unreadable, fractional and negative amounts', () => {
    expect(parseAmountInput('  ')).toEqual({ ok: false, reason: 'empty' });
    expect(parseAmountInput('lots')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseAmountInput('0.5')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseAmountInput('-5억')).toEqual({ ok: false, reason: 'negative' });
    expect(parseAmountInput('-100')).toEqual({ ok: false, reason: 'negative' });
  });
});

test('amountFromApi reads whole-won strings and refuses anything else', () => {
  expect(amountFromApi('1927000000000')).toBe(1_927_000_000_000n);
  expect(amountFromApi(5)).toBe(5n);
  expect(() => amountFromApi('1.5')).toThrow();
  expect(() => amountFromApi(0.5)).toThrow();
});

test('toChartNumber uses 억 in Korean and billions in English', () => {
  expect(toChartNumber(782_400_000_000n, 'ko')).toBe(7824);
  expect(toChartNumber(782_400_000_000n, 'en')).toBeCloseTo(782.4, 10);
  expect(toChartNumber(175_000_000n, 'ko')).toBeCloseTo(1.75, 10);
});
