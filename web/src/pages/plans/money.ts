/**
 * How the plans pages show and read KRW amounts, over the engine's exact bigint money
 * (src/engine/planning/money.ts): Korean pages write 조/억 (1조 9,270억 원), English pages write
 * KRW billions (KRW 1,927 billion). Amounts stay bigint won everywhere; only chart geometry uses
 * floating point, and every chart has a table with the exact figures beside it.
 */
import {
  formatKrwEnglish,
  formatKrwKorean,
  groupThousands,
  type Krw,
  parseKrw,
} from '../../../../src/engine/planning/money.ts';
import type { Language } from '../../i18n/language.ts';

export type { Krw };

/** An exact amount for a table or a figure: `1조 9,270억 원` in Korean, `KRW 1,927 billion` in English. */
export function formatAmount(amount: Krw, language: Language): string {
  if (language === 'ko') return formatKrwKorean(amount);
  return formatKrwEnglish(amount, { unit: 'billion' });
}

/**
 * An amount in the unit a source would write it: `KRW 175 million` rather than `KRW 0.175 billion`
 * (English picks the largest unit not above the amount); Korean is the same as `formatAmount`.
 */
export function formatAmountAsStated(amount: Krw, language: Language): string {
  return language === 'ko' ? formatKrwKorean(amount) : formatKrwEnglish(amount);
}

/** The unit charts are drawn in: 억 원 (10^8) in Korean, KRW billion (10^9) in English. */
export function chartUnit(language: Language): bigint {
  return language === 'ko' ? 10n ** 8n : 10n ** 9n;
}

/** An amount in the chart unit as a number (only for drawing; labels use `formatAmount`). */
export function toChartNumber(amount: Krw, language: Language): number {
  const unit = chartUnit(language);
  const whole = amount / unit;
  const rest = amount % unit;
  return Number(whole) + Number(rest) / Number(unit);
}

/** The API sends amounts as decimal strings of whole won; anything else is a programming error. */
export function amountFromApi(text: string | number | bigint): Krw {
  if (typeof text === 'bigint') return text;
  if (typeof text === 'number') {
    if (!Number.isSafeInteger(text)) throw new Error(`amount ${text} is not a safe whole number of won`);
    return BigInt(text);
  }
  if (!/^-?\d+$/.test(text.trim())) throw new Error(`amount '${text}' is not a whole number of won`);
  return BigInt(text.trim());
}

export type AmountInput = { ok: true; amount: Krw } | { ok: false; reason: 'empty' | 'invalid' | 'negative' };

/**
 * Reads what an editor typed as an amount: plain won with or without commas (`175,000,000`),
 * Korean units (`1억 7,500만`, `12억 원`) or English words (`1.5 billion`, `KRW 800 million`).
 * Never rounds: a figure that is not a whole number of won is invalid.
 */
export function parseAmountInput(text: string): AmountInput {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  const plain = trimmed.replace(/[\s,]/g, '');
  let amount: Krw;
  if (/^-?\d+$/.test(plain)) amount = BigInt(plain);
  else {
    const parsed = parseKrw(trimmed);
    if (!parsed.ok) return { ok: false, reason: 'invalid' };
    amount = parsed.value;
  }
  if (amount < 0n) return { ok: false, reason: 'negative' };
  return { ok: true, amount };
}

/** Whole won with digit grouping, for the editable amount field: `175,000,000`. */
export const formatWon = (amount: Krw): string => groupThousands(amount);

/** Sum of bigint amounts. */
export function sumAmounts(amounts: Iterable<Krw>): Krw {
  let total = 0n;
  for (const amount of amounts) total += amount;
  return total;
}
