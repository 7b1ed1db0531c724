import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatKrwEnglish,
  formatKrwKorean,
  parseKrw,
  parseKrwEnglish,
  parseKrwKorean,
} from '../../../src/engine/planning/money.ts';

const TRILLION = 10n ** 12n;
const BILLION = 10n ** 9n;
const EOK = 10n ** 8n; // 억
const MAN = 10n ** 4n; // 만

function value<T>(result: { ok: true; value: T } | { ok: false; errors: unknown[] }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

// Seed 003 (strategy envelopes) and seed 004 (study budget), written out by hand in won.
const seedAmounts = [
  { english: 'KRW 1.927 trillion', korean: '1조 9,270억 원', won: 1n * TRILLION + 9_270n * EOK },
  { english: 'KRW 782.4 billion', korean: '7,824억 원', won: 7_824n * EOK },
  { english: 'KRW 1.7396 trillion', korean: '1조 7,396억 원', won: 1n * TRILLION + 7_396n * EOK },
  { english: 'KRW 439.2 billion', korean: '4,392억 원', won: 4_392n * EOK },
  { english: 'KRW 175 million', korean: '1억 7,500만 원', won: 1n * EOK + 7_500n * MAN },
];

describe('seed figures', () => {
  it.each(seedAmounts)('$english = $korean', ({ english, korean, won }) => {
    expect(value(parseKrwEnglish(english))).toBe(won);
    expect(value(parseKrwKorean(korean))).toBe(won);
    expect(value(parseKrw(english))).toBe(won);
    expect(value(parseKrw(korean))).toBe(won);
    expect(formatKrwEnglish(won)).toBe(english);
    expect(formatKrwKorean(won)).toBe(korean);
  });

  it('sums the four strategies of seed 003 to KRW 4.8882 trillion exactly', () => {
    const total = seedAmounts.slice(0, 4).reduce((s, a) => s + a.won, 0n);
    expect(total).toBe(4n * TRILLION + 8_882n * EOK);
    expect(formatKrwEnglish(total)).toBe('KRW 4.8882 trillion');
    expect(formatKrwKorean(total)).toBe('4조 8,882억 원');
  });
});

describe('parsing', () => {
  it('accepts unit-free won, spacing variants, "won" suffix and negatives', () => {
    expect(value(parseKrwKorean('175,000,000원'))).toBe(175_000_000n);
    expect(value(parseKrwKorean('1억7,500만원'))).toBe(175_000_000n);
    expect(value(parseKrwKorean('-3만 원'))).toBe(-30_000n);
    expect(value(parseKrwEnglish('3 billion won'))).toBe(3n * BILLION);
    expect(value(parseKrwEnglish('₩5,000'))).toBe(5_000n);
    expect(value(parseKrwEnglish('KRW 0.1 billion'))).toBe(100_000_000n);
  });

  it('rejects fractions of a won, bad separators, disordered or repeated units', () => {
    for (const text of [
      'KRW 1.5',
      '0.00001만 원',
      'KRW 1,23 billion',
      '9,270억 1조 원',
      '1억 2억 원',
      'about 3',
    ]) {
      expect(parseKrw(text).ok, text).toBe(false);
    }
  });

  it('keeps decimals exact where a float would not (0.1 + 0.2 billion)', () => {
    const sum = value(parseKrwEnglish('KRW 0.1 billion')) + value(parseKrwEnglish('KRW 0.2 billion'));
    expect(sum).toBe(value(parseKrwEnglish('KRW 0.3 billion')));
  });
});

describe('formatting', () => {
  it('writes small and zero amounts without units', () => {
    expect(formatKrwKorean(0n)).toBe('0원');
    expect(formatKrwKorean(5_000n)).toBe('5,000원');
    expect(formatKrwKorean(10_005n)).toBe('1만 5원');
    expect(formatKrwEnglish(5_000n)).toBe('KRW 5,000');
  });

  it('rounds half away from zero only when asked', () => {
    const amount = 1n * TRILLION + 7_396n * EOK; // 1.7396 trillion
    expect(formatKrwEnglish(amount, { maxFractionDigits: 2 })).toBe('KRW 1.74 trillion');
    expect(formatKrwEnglish(amount, { maxFractionDigits: 3 })).toBe('KRW 1.74 trillion'); // 1.740
    expect(formatKrwEnglish(1_250n * 10n ** 9n, { unit: 'trillion', maxFractionDigits: 2 })).toBe(
      'KRW 1.25 trillion',
    );
    expect(formatKrwEnglish(1_255n * 10n ** 9n, { unit: 'trillion', maxFractionDigits: 2 })).toBe(
      'KRW 1.26 trillion',
    );
    expect(formatKrwEnglish(-782_400n * 10n ** 6n)).toBe('-KRW 782.4 billion');
    expect(formatKrwEnglish(1_500_000n, { maxFractionDigits: -1 })).toBe('KRW 2 million');
    expect(formatKrwEnglish(1_927n * 10n ** 9n, { unit: 'billion' })).toBe('KRW 1,927 billion');
  });

  it('round-trips any amount through both notations', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }), (won) => {
        expect(value(parseKrwKorean(formatKrwKorean(won)))).toBe(won);
        expect(value(parseKrwEnglish(formatKrwEnglish(won)))).toBe(won);
      }),
    );
  });
});
