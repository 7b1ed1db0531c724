/**
 * Save and resume: the respondent's partial answers are kept in localStorage on every change
 * (so a reload never loses typing) and sent to the server on every page change (so another
 * device, or a cleared browser, resumes from there). On load we pick the newer of the two.
 */
import type { KeyValueStorage } from './submitOnce.ts';

export interface Draft {
  data: Record<string, unknown>;
  /** Zero-based page the respondent was on. */
  pageNo: number;
  /** ISO time of the last change. */
  savedAt: string;
}

export const draftStorageKey = (token: string) => `citybench.respond.${token}.draft`;

function isDraft(value: unknown): value is Draft {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.data === 'object' &&
    record.data !== null &&
    !Array.isArray(record.data) &&
    Number.isInteger(record.pageNo) &&
    typeof record.savedAt === 'string' &&
    !Number.isNaN(Date.parse(record.savedAt))
  );
}

export function readDraft(storage: KeyValueStorage | null, token: string): Draft | null {
  if (!storage) return null;
  try {
    const raw = storage.getItem(draftStorageKey(token));
    if (raw === null) return null;
    const parsed: unknown = JSON.parse(raw);
    return isDraft(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function writeDraft(storage: KeyValueStorage | null, token: string, draft: Draft): void {
  try {
    storage?.setItem(draftStorageKey(token), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the server copy (saved on page change) still resumes.
  }
}

export function clearDraft(storage: KeyValueStorage | null, token: string): void {
  try {
    storage?.removeItem(draftStorageKey(token));
  } catch {
    // Ignore: nothing to clean up if storage is unavailable.
  }
}

/** The server's copy of the partial answers (null fields when nothing was saved yet). */
export interface ServerPartial {
  data: Record<string, unknown> | null;
  pageNo?: number | null;
  savedAt: string | null;
}

/**
 * Which saved answers to resume from: the newer of the local and the server copy; the local one
 * wins a tie (it is what this device last showed). Null when neither has anything.
 */
export function chooseResume(local: Draft | null, server: ServerPartial | null): Draft | null {
  const fromServer: Draft | null =
    server?.data && Object.keys(server.data).length > 0
      ? {
          data: server.data,
          pageNo: Math.max(0, server.pageNo ?? 0),
          savedAt: server.savedAt ?? new Date(0).toISOString(),
        }
      : null;
  const fromLocal = local && Object.keys(local.data).length > 0 ? local : null;
  if (!fromLocal) return fromServer;
  if (!fromServer) return fromLocal;
  return Date.parse(fromServer.savedAt) > Date.parse(fromLocal.savedAt) ? fromServer : fromLocal;
}

/** A page number that exists in a survey with `pageCount` pages. */
export function clampPage(pageNo: number, pageCount: number): number {
  if (!Number.isInteger(pageNo) || pageNo < 0 || pageCount <= 0) return 0;
  return Math.min(pageNo, pageCount - 1);
}

/** localStorage when usable (not in some private modes, not in tests), else null. */
export function browserStorage(): KeyValueStorage | null {
  try {
    if (typeof window === 'undefined' || !window.localStorage) return null;
    const probe = 'citybench.respond.probe';
    window.localStorage.setItem(probe, '1');
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    return null;
  }
}
