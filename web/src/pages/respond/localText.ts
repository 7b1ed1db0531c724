/** A SurveyJS localisable text ({ default, ko } or a plain string) in the reader's language. */
export function localText(value: unknown, language: 'ko' | 'en'): string {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null) return '';
  const text = value as Record<string, unknown>;
  const pick = (key: string) => (typeof text[key] === 'string' ? (text[key] as string) : '');
  return language === 'ko'
    ? pick('ko') || pick('default') || pick('en')
    : pick('en') || pick('default') || pick('ko');
}
