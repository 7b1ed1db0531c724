import { closeSync, constants, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * PGlite has no cross-process locking: two processes opening one data directory corrupt it.
 * A lock file created with O_EXCL holds the owner's pid and host; a lock left by a dead process
 * on this host is taken over, a live one is a clear error.
 */
export const LOCK_FILE_NAME = 'citybench.lock';

export interface DataDirLock {
  path: string;
  release(): void;
}

interface LockOwner {
  pid: number;
  hostname: string;
  startedAt: string;
}

export class DataDirInUseError extends Error {
  override name = 'DataDirInUseError';
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(path: string): LockOwner | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid !== 'number' || typeof parsed.hostname !== 'string') return null;
    return { pid: parsed.pid, hostname: parsed.hostname, startedAt: String(parsed.startedAt ?? '') };
  } catch {
    return null;
  }
}

const UNREADABLE_GRACE_MS = 10_000;

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

function tryCreate(path: string): boolean {
  try {
    const fd = openSync(path, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o644);
    const owner: LockOwner = { pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString() };
    writeSync(fd, `${JSON.stringify(owner)}\n`);
    closeSync(fd);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

/** Takes the lock on `dataDir` (which must exist) or throws DataDirInUseError. */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  const path = join(dataDir, LOCK_FILE_NAME);
  // Two attempts: the second follows removing a stale lock.
  for (let attempt = 0; attempt < 2; attempt++) {
    if (tryCreate(path)) {
      let released = false;
      return {
        path,
        release() {
          if (released) return;
          released = true;
          // Only remove the file if it is still ours (a forced takeover may have replaced it).
          if (readOwner(path)?.pid === process.pid) unlinkSync(path);
        },
      };
    }
    const owner = readOwner(path);
    if (owner === null) {
      // Unreadable: either another process is between creating and writing it (moments ago),
      // or a crash left it half-written (long ago).
      if (ageMs(path) < UNREADABLE_GRACE_MS) {
        throw new DataDirInUseError(
          `data directory ${dataDir} is being opened by another process (lock file ${path})`,
        );
      }
    } else if (owner.hostname !== hostname() || isAlive(owner.pid)) {
      const where = owner.hostname === hostname() ? '' : ` on host ${owner.hostname}`;
      throw new DataDirInUseError(
        `data directory ${dataDir} is in use by process ${owner.pid}${where} (lock file ${path}); ` +
          'stop that process, or remove the lock file if it is certainly not running',
      );
    }
    // Stale: its owner is gone. Remove it and try once more.
    try {
      unlinkSync(path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }
  throw new DataDirInUseError(`data directory ${dataDir}: another process took the lock file ${path}`);
}
