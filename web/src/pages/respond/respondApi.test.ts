import { describe, expect, test } from 'vitest';
import {
  classifyRefusal,
  fieldMessages,
  readResumeToken,
  resumeStorageKey,
  writeResumeToken,
} from './respondApi.ts';

describe('respond refusals', () => {
  test('each refusal gets its own message', () => {
    expect(classifyRefusal(404, { title: 'Not found' })).toBe('notFound');
    expect(classifyRefusal(429, null)).toBe('rateLimited');
    expect(classifyRefusal(409, { detail: 'The quota of this link is full.' })).toBe('quotaFull');
    expect(classifyRefusal(409, { detail: 'This invitation was already submitted.' })).toBe(
      'alreadySubmitted',
    );
    expect(classifyRefusal(410, { title: 'Gone' })).toBe('expired');
    expect(classifyRefusal(409, { detail: 'The survey is closed.' })).toBe('notOpen');
    expect(classifyRefusal(400, { errors: { q1: ['required'] } })).toBe('invalid');
    expect(classifyRefusal(500, null)).toBe('other');
  });

  test('field messages are flattened for the respondent', () => {
    expect(fieldMessages({ errors: { q1: ['is required'], body: ['bad body'] } })).toEqual([
      'q1: is required',
      'bad body',
    ]);
    expect(fieldMessages('nope')).toEqual([]);
  });

  test('the open-link resume token is kept per link', () => {
    const map = new Map<string, string>();
    const storage = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
    };
    writeResumeToken(storage, 'linkA', 'resume-1');
    expect(readResumeToken(storage, 'linkA')).toBe('resume-1');
    expect(readResumeToken(storage, 'linkB')).toBeNull();
    expect(map.has(resumeStorageKey('linkA'))).toBe(true);
    expect(readResumeToken(null, 'linkA')).toBeNull();
  });
});

describe('localised definition texts', () => {
  test('the reader language first, then the fallback', async () => {
    const { localText } = await import('./localText.ts');
    expect(localText({ default: 'Hello', ko: '안녕' }, 'ko')).toBe('안녕');
    expect(localText({ default: 'Hello', ko: '안녕' }, 'en')).toBe('Hello');
    expect(localText({ ko: '안녕' }, 'en')).toBe('안녕');
    expect(localText({ en: 'Hi', default: 'Hello' }, 'ko')).toBe('Hello');
    expect(localText('plain', 'ko')).toBe('plain');
    expect(localText(null, 'en')).toBe('');
  });
});
