/**
 * KRW amounts as `bigint` whole won, parsed from and formatted to the two ways Busan's documents
 * write them: Korean myriad units (1조 9,270억 원) and English short-scale words (KRW 1.927 trillion).
 * All arithmetic is on bigint so 1.7396 trillion is exactly 1,739,600,000,000 won, never a float.
 */
import { fail, issue, ok, type Result } from '../core/result.ts';

/** An amount of Korean won (whole won; the won has no minor unit in practice). */
export type Krw = bigint;

/** Korean myriad units, largest first: 조 = 10^12, 억 = 10^8, 만 = 10^4. */
const KOREAN_UNITS: ReadonlyArray<readonly [string, bigint]> = [
  ['조', 10n ** 12n],
  ['억', 10n ** 8n],
  ['만', 10n ** 4n],
];

/** English short-scale units, largest first. */
const ENGLISH_UNITS = {
  trillion: 10n ** 12n,
  billion: 10n ** 9n,
  million: 10n ** 6n,
  thousand: 10n ** 3n,
} as const;
export type EnglishUnit = keyof typeof ENGLISH_UNITS;

/** A decimal number written with optional thousands commas, e.g. `9,270` or `1.7396`. */
const DECIMAL = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;

/**
 * Exact value of `text × unit` in won; an error when the product is not a whole number of won
 * (e.g. `0.5 won`), so no amount is ever rounded silently.
 */
function scaleDecimal(text: string, unit: bigint): Result<Krw> {
  const [whole = '0', fraction = ''] = text.replaceAll(',', '').split('.');
  const denominator = 10n ** BigInt(fraction.length);
  const numerator = BigInt(whole + fraction) * unit;
  if (numerator % denominator !== 0n)
    return fail([issue('fractional-won', `'${text}' of that unit is not a whole number of won`)]);
  return ok(numerator / denominator);
}

/** Parses `1조 9,270억 원`, `1억 7,500만원`, `175,000,000원` (a leading `-` or `−` for negatives). */
export function parseKrwKorean(text: string): Result<Krw> {
  const trimmed = text.trim();
  const negative = /^[-−]/.test(trimmed);
  const body = trimmed
    .replace(/^[-−]\s*/, '')
    .replace(/\s*원$/, '')
    .trim();
  const part = new RegExp(String.raw`^(${DECIMAL})\s*(조|억|만)?\s*`);
  let rest = body;
  let total = 0n;
  let lastUnit = -1;
  let parts = 0;
  while (rest !== '') {
    const match = part.exec(rest);
    if (!match) return fail([issue('bad-krw', `cannot read '${text}' as a Korean won amount`)]);
    const unitName = match[2];
    const unitIndex = unitName ? KOREAN_UNITS.findIndex(([u]) => u === unitName) : KOREAN_UNITS.length;
    // Units must descend (조, then 억, then 만, then plain won), each at most once.
    if (unitIndex <= lastUnit) return fail([issue('bad-krw', `units out of order or repeated in '${text}'`)]);
    lastUnit = unitIndex;
    const unit = KOREAN_UNITS[unitIndex]?.[1] ?? 1n;
    const value = scaleDecimal(match[1]!, unit);
    if (!value.ok) return value;
    total += value.value;
    rest = rest.slice(match[0].length);
    parts++;
  }
  if (parts === 0) return fail([issue('bad-krw', `no amount in '${text}'`)]);
  return ok(negative ? -total : total);
}

/** Parses `KRW 1.927 trillion`, `KRW 782.4 billion`, `₩175 million`, `KRW 5,000`, `3 billion won`. */
export function parseKrwEnglish(text: string): Result<Krw> {
  const pattern = new RegExp(
    String.raw`^([-−])?\s*(?:KRW|₩)?\s*(${DECIMAL})\s*(trillion|billion|million|thousand)?\s*(?:won)?$`,
    'i',
  );
  const match = pattern.exec(text.trim());
  if (!match) return fail([issue('bad-krw', `cannot read '${text}' as an English won amount`)]);
  const unitName = match[3]?.toLowerCase() as EnglishUnit | undefined;
  const value = scaleDecimal(match[2]!, unitName ? ENGLISH_UNITS[unitName] : 1n);
  if (!value.ok) return value;
  return ok(match[1] ? -value.value : value.value);
}

/** Parses either notation: Korean when the text contains 조/억/만/원, English otherwise. */
export function parseKrw(text: string): Result<Krw> {
  return /[조억만원]/.test(text) ? parseKrwKorean(text) : parseKrwEnglish(text);
}

/** `1234567` → `1,234,567` (bigint, no locale dependence). */
export function groupThousands(value: bigint): string {
  const digits = (value < 0n ? -value : value).toString();
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return value < 0n ? `-${grouped}` : grouped;
}

/** `1,927,000,000,000` → `1조 9,270억 원`; `175,000,000` → `1억 7,500만 원`; `5,000` → `5,000원`. */
export function formatKrwKorean(amount: Krw): string {
  const sign = amount < 0n ? '-' : '';
  let rest = amount < 0n ? -amount : amount;
  const parts: string[] = [];
  for (const [name, unit] of KOREAN_UNITS) {
    const count = rest / unit;
    rest %= unit;
    if (count > 0n) parts.push(`${groupThousands(count)}${name}`);
  }
  if (rest > 0n || parts.length === 0) return `${sign}${[...parts, `${groupThousands(rest)}원`].join(' ')}`;
  return `${sign}${parts.join(' ')} 원`;
}

export interface EnglishFormatOptions {
  /** Fixed unit; by default the largest unit not exceeding the amount (won below a million). */
  unit?: EnglishUnit | 'won';
  /** Round half away from zero to at most this many decimals; by default the exact decimal. */
  maxFractionDigits?: number;
}

/** `1,927,000,000,000` → `KRW 1.927 trillion`; `782,400,000,000` → `KRW 782.4 billion`. */
export function formatKrwEnglish(amount: Krw, options: EnglishFormatOptions = {}): string {
  const magnitude = amount < 0n ? -amount : amount;
  const unitName = options.unit ?? autoUnit(magnitude);
  const unit = unitName === 'won' ? 1n : ENGLISH_UNITS[unitName];
  const digits = unit.toString().length - 1;
  // Clamped to a whole number in [0, digits] so BigInt never sees a bad exponent.
  const keep = Math.min(Math.max(0, Math.floor(options.maxFractionDigits ?? digits)), digits);
  // Work in units of 10^-keep of the chosen unit, rounding half away from zero.
  const step = 10n ** BigInt(digits - keep);
  const rounded = (magnitude + step / 2n) / step;
  const base = 10n ** BigInt(keep);
  const whole = rounded / base;
  const fraction = (rounded % base).toString().padStart(keep, '0').replace(/0+$/, '');
  const number = fraction === '' ? groupThousands(whole) : `${groupThousands(whole)}.${fraction}`;
  const sign = amount < 0n && rounded > 0n ? '-' : '';
  return unitName === 'won' ? `${sign}KRW ${number}` : `${sign}KRW ${number} ${unitName}`;
}

function autoUnit(magnitude: bigint): EnglishUnit | 'won' {
  if (magnitude >= ENGLISH_UNITS.trillion) return 'trillion';
  if (magnitude >= ENGLISH_UNITS.billion) return 'billion';
  if (magnitude >= ENGLISH_UNITS.million) return 'million';
  return 'won';
}
