/**
 * Input rules of plan tracking that hold for every caller (the routes' zod schemas check shapes;
 * these check meaning, so the CLI and the seed get the same answers). Failures are `invalid`
 * with the offending field named.
 */
import type { Bilingual } from '../contract-plan-tracking.ts';
import { ServiceError } from '../errors.ts';

export function invalid(field: string, message: string): ServiceError {
  return new ServiceError('invalid', `${field}: ${message}`, { [field]: [message] });
}

/** Trimmed text of at most `max` characters; `required` rejects an empty string. */
export function text(value: string | undefined, field: string, max: number, required = false): string {
  const trimmed = (value ?? '').trim();
  if (trimmed.length > max) throw invalid(field, `at most ${max} characters`);
  if (required && trimmed.length === 0) throw invalid(field, 'must not be empty');
  return trimmed;
}

/** Both languages trimmed; at least one must be non-empty when `required`. */
export function bilingual(value: Bilingual, field: string, max: number, required = true): Bilingual {
  const en = text(value.en, `${field}.en`, max);
  const ko = text(value.ko, `${field}.ko`, max);
  if (required && en === '' && ko === '') throw invalid(field, 'give the text in English or Korean');
  return { en, ko };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isoDate(value: string, field: string): string {
  const m = ISO_DATE.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.toISOString().slice(0, 10) !== value) throw invalid(field, 'must be a date YYYY-MM-DD');
  return value;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of `HH:MM`. */
export function timeOfDay(value: string, field: string): number {
  const m = TIME.exec(value);
  if (!m) throw invalid(field, 'must be a time HH:MM (24 h)');
  return Number(m[1]) * 60 + Number(m[2]);
}

export function finite(value: number, field: string): number {
  if (!Number.isFinite(value)) throw invalid(field, 'must be a finite number');
  return value;
}

export function integerIn(value: number, field: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw invalid(field, `must be a whole number from ${min} to ${max}`);
  return value;
}

/** Whole won from a decimal string; `allowNegative` for deltas only. */
export function money(value: string, field: string, allowNegative = false): bigint {
  if (!/^-?\d{1,19}$/.test(value)) throw invalid(field, 'must be whole won as a decimal string');
  const amount = BigInt(value);
  if (!allowNegative && amount < 0n) throw invalid(field, 'must not be negative');
  return amount;
}

export const FUNDING_SOURCES = ['national', 'municipal', 'private', 'other'] as const;

export function fundingSource(value: string, field: string): string {
  if (!(FUNDING_SOURCES as readonly string[]).includes(value))
    throw invalid(field, `must be one of ${FUNDING_SOURCES.join(', ')}`);
  return value;
}

export function oneOf<T extends string>(value: string, list: readonly T[], field: string): T {
  if (!(list as readonly string[]).includes(value)) throw invalid(field, `must be one of ${list.join(', ')}`);
  return value as T;
}

/** Today as YYYY-MM-DD (UTC). */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
