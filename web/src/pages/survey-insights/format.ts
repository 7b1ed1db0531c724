import type { Language } from '../../i18n/language.ts';
import { localeOf } from '../../i18n/language.ts';

/** A share of a counted group: how many of `denominator` gave an answer. */
export interface Share {
  count: number;
  denominator: number;
}

/**
 * Whole-number percent of a share, or null when there is nothing to divide by. Rounded half up,
 * so 81.5 % shows as 82 % both here and in the table beside it.
 */
export function percentOf({ count, denominator }: Share): number | null {
  if (!Number.isFinite(count) || !Number.isFinite(denominator) || denominator <= 0) return null;
  return Math.floor((count / denominator) * 100 + 0.5);
}

/** A percent for a table cell: "81%", or the dash when there is no denominator. */
export function formatPercent(share: Share): string {
  const percent = percentOf(share);
  return percent === null ? '–' : `${percent}%`;
}

/** Grouped integers in the chosen language ("3,500,000"). */
export function formatCount(language: Language, value: number): string {
  return new Intl.NumberFormat(localeOf(language)).format(value);
}

/**
 * "50% of 120 cities surveyed (2020 survey)" / "조사 도시 120곳 중 50% (2020년 조사)": every peer share
 * states its denominator and survey wave. A share without a denominator says so instead of a percent.
 */
export function shareSentence(language: Language, share: Share, wave: string): string {
  const percent = percentOf(share);
  const n = formatCount(language, share.denominator);
  if (language === 'ko') {
    return percent === null ? `조사 도시 없음 (${wave})` : `조사 도시 ${n}곳 중 ${percent}% (${wave})`;
  }
  return percent === null
    ? `no cities surveyed (${wave})`
    : `${percent}% of ${n} ${share.denominator === 1 ? 'city' : 'cities'} surveyed (${wave})`;
}

/** "47 of 120 cities" / "120곳 중 47곳": the count behind a bar. */
export function countOfSentence(language: Language, share: Share): string {
  const count = formatCount(language, share.count);
  const n = formatCount(language, share.denominator);
  if (language === 'ko') return `${n}곳 중 ${count}곳`;
  return `${count} of ${n} ${share.denominator === 1 ? 'city' : 'cities'}`;
}

/** A survey wave's name: "2020 survey" / "2020년 조사" for a year, the name as given otherwise. */
export function waveLabel(language: Language, wave: string | number): string {
  const text = String(wave);
  if (!/^\d{4}$/.test(text)) return text;
  return language === 'ko' ? `${text}년 조사` : `${text} survey`;
}

/** A date (ISO yyyy-mm-dd or a timestamp) in the chosen language. */
export function formatDate(language: Language, iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}
