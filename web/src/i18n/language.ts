import { en } from './en.ts';
import { ko } from './ko.ts';

export const LANGUAGES = ['en', 'ko'] as const;
export type Language = (typeof LANGUAGES)[number];

export const dictionaries = { en, ko } as const;

const STORAGE_KEY = 'citybench.language';

function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'ko';
}

/** Stored choice first; otherwise Korean for Korean browsers, English for everyone else. */
export function initialLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // localStorage can throw in private modes; fall back to the browser language.
  }
  return navigator.language.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not persisting is acceptable; the switch still works for this visit.
  }
}

/** BCP 47 locale used for dates and numbers. */
export function localeOf(language: Language): string {
  return language === 'ko' ? 'ko-KR' : 'en-GB';
}
