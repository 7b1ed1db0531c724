import type { Language } from '../../i18n/language.ts';

/** A count with the language's digit grouping (1,234). */
export function formatInteger(n: number, language: Language): string {
  return new Intl.NumberFormat(language === 'ko' ? 'ko-KR' : 'en-GB', { maximumFractionDigits: 0 }).format(n);
}
