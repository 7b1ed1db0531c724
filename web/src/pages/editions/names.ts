import type { Named } from '../../api/benchmark.ts';
import type { MessageKey } from '../../i18n/en.ts';
import type { Language } from '../../i18n/language.ts';
import type { Translate } from '../../i18n/translate.ts';

/** A city, area, dimension or factor name in the chosen language (the API sends both). */
export function nameIn(language: Language, item: Named | undefined, fallback = ''): string {
  if (!item) return fallback;
  return language === 'ko' ? item.nameKo || item.nameEn : item.nameEn;
}

/** Look-up by code, e.g. a city code in a result row to its names. */
export function byCode<T extends { code: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.code, item]));
}

const REGION_KEYS: Record<string, MessageKey> = {
  'Asia/Pacific': 'region.asiaPacific',
  'Western Europe': 'region.westernEurope',
  'Eastern Europe & Central Asia': 'region.easternEurope',
  'North America': 'region.northAmerica',
  'Latin America & Caribbean': 'region.latinAmerica',
  'Middle East & Africa': 'region.middleEastAfrica',
};

/** A region the dictionary does not know is shown as the API spells it. */
export function regionLabel(t: Translate, region: string): string {
  const key = REGION_KEYS[region];
  return key ? t(key) : region;
}
