import { describe, expect, test } from 'vitest';
import { chooseResume, clampPage, clearDraft, readDraft, writeDraft } from './draftStore.ts';
import {
  type AttemptResult,
  isRetryable,
  type KeyValueStorage,
  parseRetryAfter,
  pendingStorageKey,
  readPending,
  submitExactlyOnce,
} from './submitOnce.ts';

class MemoryStorage implements KeyValueStorage {
  readonly map = new Map<string, string>();
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
}

const TOKEN = 'tok_abc';
const noSleep = async () => {};

function scripted(results: AttemptResult[], storage: MemoryStorage) {
  const calls: Array<{ key: string; answers: Record<string, unknown>; storedBefore: string | null }> = [];
  const send = async (answers: Record<string, unknown>, key: string) => {
    calls.push({ key, answers, storedBefore: storage.getItem(pendingStorageKey(TOKEN)) });
    const next = results.shift();
    if (!next) throw new Error('unexpected extra attempt');
    return next;
  };
  return { calls, send };
}

describe('submitExactlyOnce', () => {
  test('stores the key and answers before sending, and clears them once acknowledged', async () => {
    const storage = new MemoryStorage();
    const { calls, send } = scripted([{ status: 201, body: { id: 'r1' } }], storage);
    const outcome = await submitExactlyOnce(TOKEN, { q1: 3 }, { storage, send, newKey: () => 'key-1' });
    expect(outcome).toEqual({ kind: 'acknowledged', status: 201, body: { id: 'r1' } });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.key).toBe('key-1');
    expect(JSON.parse(calls[0]?.storedBefore ?? 'null')).toMatchObject({
      idempotencyKey: 'key-1',
      answers: { q1: 3 },
    });
    expect(storage.getItem(pendingStorageKey(TOKEN))).toBeNull();
  });

  test('retries network failures and 5xx with the same key, with growing delays', async () => {
    const storage = new MemoryStorage();
    const delays: number[] = [];
    const { calls, send } = scripted(
      [
        { status: 0, body: null },
        { status: 503, body: null },
        { status: 200, body: { id: 'r1' } },
      ],
      storage,
    );
    const outcome = await submitExactlyOnce(
      TOKEN,
      { q1: 'yes' },
      { storage, send, newKey: () => 'same', sleep: async (ms) => void delays.push(ms) },
    );
    expect(outcome.kind).toBe('acknowledged');
    expect(calls.map((c) => c.key)).toEqual(['same', 'same', 'same']);
    expect(delays).toEqual([500, 1000]);
  });

  test('keeps the submission stored when no attempt is acknowledged, and re-sends it later with the same key', async () => {
    const storage = new MemoryStorage();
    let keys = 0;
    const newKey = () => `key-${++keys}`;
    const first = scripted(
      [
        { status: 0, body: null },
        { status: 502, body: null },
      ],
      storage,
    );
    const outcome = await submitExactlyOnce(
      TOKEN,
      { q1: 1 },
      {
        storage,
        send: first.send,
        newKey,
        sleep: noSleep,
        maxAttempts: 2,
      },
    );
    expect(outcome.kind).toBe('unreachable');
    expect(readPending(storage, TOKEN)?.idempotencyKey).toBe('key-1');

    // After a reload the respondent presses submit again, even with edited answers: the stored
    // submission (already possibly recorded by the server) is the one re-sent.
    const second = scripted([{ status: 200, body: {} }], storage);
    const again = await submitExactlyOnce(
      TOKEN,
      { q1: 2 },
      { storage, send: second.send, newKey, sleep: noSleep },
    );
    expect(again.kind).toBe('acknowledged');
    expect(second.calls[0]).toMatchObject({ key: 'key-1', answers: { q1: 1 } });
    expect(keys).toBe(1);
    expect(readPending(storage, TOKEN)).toBeNull();
  });

  test('a definitive 4xx is final: no retry, the stored submission is dropped so a fix gets a new key', async () => {
    const storage = new MemoryStorage();
    const { calls, send } = scripted([{ status: 409, body: { title: 'already submitted' } }], storage);
    const outcome = await submitExactlyOnce(TOKEN, {}, { storage, send, sleep: noSleep });
    expect(outcome).toEqual({ kind: 'rejected', status: 409, body: { title: 'already submitted' } });
    expect(calls).toHaveLength(1);
    expect(readPending(storage, TOKEN)).toBeNull();
  });

  test('429 waits at least Retry-After and reports rate limiting when it persists', async () => {
    const storage = new MemoryStorage();
    const delays: number[] = [];
    const { send } = scripted(
      [
        { status: 429, body: null, retryAfter: 7 },
        { status: 429, body: null, retryAfter: 9 },
      ],
      storage,
    );
    const outcome = await submitExactlyOnce(
      TOKEN,
      { a: 1 },
      {
        storage,
        send,
        maxAttempts: 2,
        sleep: async (ms) => void delays.push(ms),
      },
    );
    expect(delays).toEqual([7000]);
    expect(outcome).toEqual({ kind: 'rateLimited', retryAfter: 9, body: null });
    expect(readPending(storage, TOKEN)).not.toBeNull();
  });

  test('works without storage (private mode) and ignores a corrupt stored entry', async () => {
    const storage = new MemoryStorage();
    storage.setItem(pendingStorageKey(TOKEN), '{not json');
    const { calls, send } = scripted([{ status: 201, body: null }], storage);
    expect((await submitExactlyOnce(TOKEN, { a: 1 }, { storage, send, newKey: () => 'k' })).kind).toBe(
      'acknowledged',
    );
    expect(calls[0]?.key).toBe('k');
    const bare = scripted([{ status: 201, body: null }], storage);
    expect((await submitExactlyOnce(TOKEN, { a: 1 }, { storage: null, send: bare.send })).kind).toBe(
      'acknowledged',
    );
  });

  test('retryable statuses and Retry-After parsing', () => {
    expect([0, 408, 429, 500, 503].every(isRetryable)).toBe(true);
    expect([400, 401, 404, 409, 410, 422].some(isRetryable)).toBe(false);
    expect(parseRetryAfter('30')).toBe(30);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
    const now = new Date('2026-11-30T10:00:00Z');
    expect(parseRetryAfter('Mon, 30 Nov 2026 10:00:20 GMT', now)).toBe(20);
  });
});

describe('save and resume', () => {
  test('a draft round-trips through storage and is cleared', () => {
    const storage = new MemoryStorage();
    const draft = { data: { q1: 'a' }, pageNo: 1, savedAt: '2026-11-30T10:00:00.000Z' };
    writeDraft(storage, TOKEN, draft);
    expect(readDraft(storage, TOKEN)).toEqual(draft);
    clearDraft(storage, TOKEN);
    expect(readDraft(storage, TOKEN)).toBeNull();
    storage.setItem(
      `citybench.respond.${TOKEN}.draft`,
      JSON.stringify({ data: [], pageNo: 0, savedAt: 'x' }),
    );
    expect(readDraft(storage, TOKEN)).toBeNull();
  });

  test('resumes from the newer copy; local wins ties; empty copies are ignored', () => {
    const local = { data: { q1: 'local' }, pageNo: 2, savedAt: '2026-11-30T10:00:00.000Z' };
    const newerServer = { data: { q1: 'server' }, pageNo: 1, savedAt: '2026-11-30T10:05:00.000Z' };
    expect(chooseResume(local, newerServer)?.data).toEqual({ q1: 'server' });
    expect(chooseResume(local, { ...newerServer, savedAt: local.savedAt })?.data).toEqual({ q1: 'local' });
    expect(chooseResume(null, newerServer)?.pageNo).toBe(1);
    expect(chooseResume(local, { data: null, savedAt: null })).toBe(local);
    expect(chooseResume({ ...local, data: {} }, null)).toBeNull();
  });

  test('page numbers are clamped to the survey', () => {
    expect(clampPage(5, 3)).toBe(2);
    expect(clampPage(-1, 3)).toBe(0);
    expect(clampPage(1, 0)).toBe(0);
    expect(clampPage(1, 3)).toBe(1);
  });
});
