/**
 * A server killed mid-load keeps every acknowledged response. A real server process on a PGlite
 * data directory takes concurrent submits over HTTP; it is SIGKILLed while requests are in flight,
 * restarted on the same directory, and then: every response acknowledged (201/200) before the
 * kill is stored exactly once, a retry of it answers 200 with the same id, and a retry of a submit
 * that got no answer stores it (or finds it stored), never twice.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const CHILD = fileURLToPath(new URL('./crash-server.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SUBMITS = 240;
const WORKERS = 16;
/** Kill once this many submits were acknowledged. */
const KILL_AFTER = 50;
const START_TIMEOUT_MS = 240_000;

interface Child {
  process: ChildProcess;
  port: number;
  token: string;
  surveyId: string;
  /** Resolves with the first stdout line that parses as JSON with `rows`. */
  rows: Promise<Array<{ id: string; key: string | null; status: string }>>;
  output: () => string;
}

function startChild(dataDir: string): Promise<Child> {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, 'serve', dataDir], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
  });
  return new Promise((resolve, reject) => {
    let resolveRows: (rows: Array<{ id: string; key: string | null; status: string }>) => void = () => {};
    const rows = new Promise<Array<{ id: string; key: string | null; status: string }>>((r) => {
      resolveRows = r;
    });
    let started = false;
    const timer = setTimeout(
      () => reject(new Error(`server did not start:\n${out}\n${err}`)),
      START_TIMEOUT_MS,
    );
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      for (const line of out.split('\n')) {
        if (!line.startsWith('{')) continue;
        const parsed = JSON.parse(line) as {
          port?: number;
          token?: string;
          surveyId?: string;
          rows?: unknown;
        };
        if (parsed.port && !started) {
          started = true;
          clearTimeout(timer);
          resolve({
            process: child,
            port: parsed.port,
            token: parsed.token ?? '',
            surveyId: parsed.surveyId ?? '',
            rows,
            output: () => `${out}\n${err}`,
          });
        }
        if (parsed.rows)
          resolveRows(parsed.rows as Array<{ id: string; key: string | null; status: string }>);
      }
    });
    child.once('exit', (code) => {
      if (!started) {
        clearTimeout(timer);
        reject(new Error(`server exited with ${code}:\n${out}\n${err}`));
      }
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

interface Outcome {
  key: string;
  status: number | null;
  responseId: string | null;
}

async function submit(
  port: number,
  token: string,
  csrf: string,
  key: string,
  score: number,
): Promise<Outcome> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/respond/${token}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: `cb_csrf=${csrf}`,
        'x-csrf-token': csrf,
        'idempotency-key': key,
      },
      body: JSON.stringify({ answers: { score } }),
    });
    const body = (await response.json().catch(() => ({}))) as { responseId?: string };
    return { key, status: response.status, responseId: body.responseId ?? null };
  } catch {
    // The connection died with the server: no acknowledgement.
    return { key, status: null, responseId: null };
  }
}

async function csrfToken(port: number): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/api/auth/csrf`);
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

describe('a survey server killed mid-load (PGlite on disk)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'citybench-crash-'));
  const children: ChildProcess[] = [];
  afterAll(async () => {
    for (const child of children) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited(child);
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged response exactly once after SIGKILL and restart', async () => {
    const first = await startChild(dataDir);
    children.push(first.process);
    const csrf = await csrfToken(first.port);

    const keys = Array.from({ length: SUBMITS }, () => randomUUID());
    const outcomes: Outcome[] = [];
    let next = 0;
    let acknowledged = 0;
    let killed = false;
    const worker = async () => {
      while (next < keys.length) {
        const i = next++;
        const outcome = await submit(first.port, first.token, csrf, keys[i] ?? '', (i % 10) + 1);
        outcomes.push(outcome);
        if (outcome.status === 200 || outcome.status === 201) acknowledged++;
        if (!killed && acknowledged >= KILL_AFTER) {
          killed = true;
          first.process.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, worker));
    await exited(first.process);
    expect(first.process.signalCode, first.output()).toBe('SIGKILL');

    const acks = outcomes.filter((o) => o.status === 200 || o.status === 201);
    const lost = outcomes.filter((o) => o.status === null);
    expect(acks.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(lost.length).toBeGreaterThan(0);
    expect(outcomes.filter((o) => o.status !== null && o.status !== 200 && o.status !== 201)).toEqual([]);

    const second = await startChild(dataDir);
    children.push(second.process);
    // A retry of an acknowledged submit finds it: same id, 200.
    for (const ack of acks) {
      const retry = await submit(second.port, second.token, csrf, ack.key, 1);
      expect(retry, ack.key).toEqual({ key: ack.key, status: 200, responseId: ack.responseId });
    }
    // A retry of a submit that got no answer stores it now (201) or finds it stored (200).
    const retried = await Promise.all(lost.map((o) => submit(second.port, second.token, csrf, o.key, 1)));
    expect(retried.filter((r) => r.status !== 200 && r.status !== 201)).toEqual([]);

    second.process.kill('SIGTERM');
    const rows = await second.rows;
    await exited(second.process);
    const byKey = new Map<string, string[]>();
    for (const row of rows) byKey.set(row.key ?? '', [...(byKey.get(row.key ?? '') ?? []), row.id]);
    expect(rows.every((r) => r.status === 'submitted')).toBe(true);
    for (const ack of acks) expect(byKey.get(ack.key), ack.key).toEqual([ack.responseId]);
    for (const r of retried) expect(byKey.get(r.key), r.key).toEqual([r.responseId]);
    // Nothing else and nothing twice: exactly one row per submitted key.
    expect(rows).toHaveLength(acks.length + lost.length);
    expect(byKey.size).toBe(rows.length);
  }, 600_000);
});
