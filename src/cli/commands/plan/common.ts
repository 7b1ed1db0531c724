/** Shared by the `citybench plan ...` portfolio commands (not a command itself). */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { UploadedTable } from '../../../services/contract.ts';
import { ServiceError } from '../../../services/errors.ts';
import { type CliIo, UsageError } from '../../command.ts';

/** The CLI acts as the operator: full rights on every organisation, audited with a null actor. */
export const SYSTEM = 'system' as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `--plan`: a plan id as printed by `citybench plan list`. */
export function planFlag(value: unknown): string {
  if (typeof value !== 'string' || !UUID.test(value))
    throw new UsageError(
      `--plan: expected a plan id (see citybench plan list), got '${String(value ?? '')}'`,
    );
  return value.toLowerCase();
}

export function formatFlag(value: unknown): 'csv' | 'xlsx' {
  const format = value ?? 'csv';
  if (format !== 'csv' && format !== 'xlsx')
    throw new UsageError(`--format: expected csv or xlsx, got '${String(format)}'`);
  return format;
}

/** A .csv or .xlsx file as an uploaded table. */
export async function readTableFile(path: string): Promise<UploadedTable> {
  const ext = extname(path).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') throw new UsageError(`${path}: expected a .csv or .xlsx file`);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new UsageError(`cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return ext === '.csv' ? { format: 'csv', text: bytes.toString('utf8') } : { format: 'xlsx', bytes };
}

/** Prints every bad row of a rejected file; returns true when `err` was such a rejection. */
export function reportRows(io: CliIo, path: string, err: unknown): boolean {
  if (!(err instanceof ServiceError) || err.kind !== 'invalid') return false;
  io.stderr(`${path}: ${err.message}\n`);
  for (const [where, messages] of Object.entries(err.fields ?? {}))
    for (const message of messages) io.stderr(`  ${where}: ${message}\n`);
  return true;
}
