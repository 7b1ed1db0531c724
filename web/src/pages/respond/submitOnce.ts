/**
 * Submit-exactly-once for the public answering page.
 *
 * The idempotency key is generated and stored in localStorage together with the answers BEFORE
 * the request is sent, so a reload, a lost answer or a dropped connection re-sends the same
 * submission with the same key: the server recognises it and never records a duplicate. The
 * stored submission is cleared only once the server has acknowledged it (200/201), or has said
 * definitively that it will not take it (a 4xx other than 408/429).
 */

/** The slice of the Web Storage API we use; tests pass an in-memory one. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface PendingSubmission {
  idempotencyKey: string;
  answers: Record<string, unknown>;
  /** ISO time the respondent pressed "submit". */
  createdAt: string;
}

/** What one HTTP attempt returned; status 0 = no HTTP answer at all (offline, DNS, reset). */
export interface AttemptResult {
  status: number;
  body: unknown;
  /** Seconds, from a Retry-After header. */
  retryAfter?: number | null;
}

export type SubmitOutcome =
  | { kind: 'acknowledged'; status: number; body: unknown }
  /** The server refuses for good (validation, token used or expired, quota full, survey closed). */
  | { kind: 'rejected'; status: number; body: unknown }
  /** 429 that persisted through the retries: wait `retryAfter` seconds. The submission stays stored. */
  | { kind: 'rateLimited'; retryAfter: number | null; body: unknown }
  /** No acknowledgement after every retry; the submission stays stored and is re-sent later. */
  | { kind: 'unreachable'; status: number; body: unknown };

export interface SubmitDependencies {
  storage: KeyValueStorage | null;
  /** Sends one attempt with the given key. Must not throw: network failures are status 0. */
  send: (answers: Record<string, unknown>, idempotencyKey: string) => Promise<AttemptResult>;
  newKey?: () => string;
  sleep?: (ms: number) => Promise<void>;
  now?: () => Date;
  /** Attempts in total (first + retries). */
  maxAttempts?: number;
  /** Delay before retry n (1-based), in ms. */
  backoffMs?: (retry: number) => number;
}

export const pendingStorageKey = (token: string) => `citybench.respond.${token}.pending`;

/** 0.5 s, 1 s, 2 s, 4 s ... capped at 8 s. */
export const defaultBackoff = (retry: number) => Math.min(8000, 500 * 2 ** (retry - 1));

export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Older browsers: 128 random bits from getRandomValues, hex-encoded.
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function isPending(value: unknown): value is PendingSubmission {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.idempotencyKey === 'string' &&
    record.idempotencyKey.length > 0 &&
    typeof record.answers === 'object' &&
    record.answers !== null &&
    typeof record.createdAt === 'string'
  );
}

export function readPending(storage: KeyValueStorage | null, token: string): PendingSubmission | null {
  if (!storage) return null;
  try {
    const raw = storage.getItem(pendingStorageKey(token));
    if (raw === null) return null;
    const parsed: unknown = JSON.parse(raw);
    return isPending(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function clearPending(storage: KeyValueStorage | null, token: string): void {
  try {
    storage?.removeItem(pendingStorageKey(token));
  } catch {
    // Nothing more we can do; a stale pending entry is re-sent and deduplicated by the server.
  }
}

/** Retry on no answer, server errors, 408 and 429; everything else is final. */
export function isRetryable(status: number): boolean {
  return status === 0 || status === 408 || status === 429 || status >= 500;
}

export const isAcknowledged = (status: number) => status === 200 || status === 201;

/**
 * Submits `answers` for `token` exactly once. If a stored, unacknowledged submission exists for
 * this token, it is the one re-sent (same key, same answers): the respondent already pressed
 * submit once and the server may have recorded it.
 */
export async function submitExactlyOnce(
  token: string,
  answers: Record<string, unknown>,
  deps: SubmitDependencies,
): Promise<SubmitOutcome> {
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const maxAttempts = Math.max(1, deps.maxAttempts ?? 5);
  const backoff = deps.backoffMs ?? defaultBackoff;

  let pending = readPending(deps.storage, token);
  if (!pending) {
    pending = {
      idempotencyKey: (deps.newKey ?? newIdempotencyKey)(),
      answers,
      createdAt: (deps.now?.() ?? new Date()).toISOString(),
    };
    // Stored BEFORE the first byte goes out.
    try {
      deps.storage?.setItem(pendingStorageKey(token), JSON.stringify(pending));
    } catch {
      // Storage full or disabled: the key still protects in-page retries.
    }
  }

  let last: AttemptResult = { status: 0, body: null };
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    if (attempt > 1) {
      const retryAfterMs =
        last.status === 429 && last.retryAfter != null ? Math.max(0, last.retryAfter) * 1000 : 0;
      await sleep(Math.max(backoff(attempt - 1), retryAfterMs));
    }
    last = await deps.send(pending.answers, pending.idempotencyKey);
    if (isAcknowledged(last.status)) {
      clearPending(deps.storage, token);
      return { kind: 'acknowledged', status: last.status, body: last.body };
    }
    if (!isRetryable(last.status)) {
      clearPending(deps.storage, token);
      return { kind: 'rejected', status: last.status, body: last.body };
    }
  }
  if (last.status === 429)
    return { kind: 'rateLimited', retryAfter: last.retryAfter ?? null, body: last.body };
  return { kind: 'unreachable', status: last.status, body: last.body };
}

/** Reads a Retry-After header: delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(header: string | null, now: Date = new Date()): number | null {
  if (header === null || header.trim() === '') return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}
