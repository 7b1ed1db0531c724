/**
 * An in-memory token bucket per key (here: client IP + open survey link). A bucket holds up to
 * `perMinute` tokens and refills at `perMinute` per minute; a request takes one token or is
 * refused with the seconds until the next token. Per process: a second server instance has its
 * own buckets, which is the accepted limit of a single-node deployment.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { problemResponse } from '../problem.ts';

interface Bucket {
  tokens: number;
  updatedMs: number;
  perMinute: number;
}

export type Admission = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Most buckets kept; beyond it, full (idle) buckets are dropped first. */
const MAX_BUCKETS = 50_000;

export class TokenBucketLimiter {
  readonly #buckets = new Map<string, Bucket>();
  readonly #now: () => number;

  constructor(now: () => number = () => Date.now()) {
    this.#now = now;
  }

  take(key: string, perMinute: number): Admission {
    const now = this.#now();
    const ratePerMs = perMinute / 60_000;
    let bucket = this.#buckets.get(key);
    if (!bucket) {
      if (this.#buckets.size >= MAX_BUCKETS) this.#prune(now);
      bucket = { tokens: perMinute, updatedMs: now, perMinute };
      this.#buckets.set(key, bucket);
    } else {
      bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.updatedMs) * ratePerMs);
      bucket.updatedMs = now;
      bucket.perMinute = perMinute;
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / ratePerMs / 1000)) };
  }

  get size(): number {
    return this.#buckets.size;
  }

  #prune(now: number): void {
    for (const [key, b] of this.#buckets) {
      if (b.tokens + (now - b.updatedMs) * (b.perMinute / 60_000) >= b.perMinute) this.#buckets.delete(key);
    }
    // Still full of busy clients: forget the oldest half rather than grow without bound.
    if (this.#buckets.size >= MAX_BUCKETS) {
      let drop = Math.floor(this.#buckets.size / 2);
      for (const key of this.#buckets.keys()) {
        if (drop-- <= 0) break;
        this.#buckets.delete(key);
      }
    }
  }
}

/** Thrown to refuse a request; the route turns it into 429 with Retry-After. */
export class RateLimitedError extends Error {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super('too many requests');
    this.name = 'RateLimitedError';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** 429 problem+json with Retry-After. */
export function rateLimitedResponse(c: Context<AppEnv>, err: RateLimitedError): Response {
  const response = problemResponse(c, {
    status: 429,
    code: 'rate-limited',
    title: 'Too many requests',
    detail: `Too many requests from this address for this survey link; try again in ${err.retryAfterSeconds} s.`,
  });
  response.headers.set('retry-after', String(err.retryAfterSeconds));
  return response;
}
