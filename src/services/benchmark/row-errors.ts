/** Problems of an uploaded table, collected per file row ("row 12") so every bad row is named. */
import { ServiceError } from '../errors.ts';

export class RowErrors {
  private readonly byRow = new Map<number, string[]>();

  add(line: number, message: string): void {
    const list = this.byRow.get(line) ?? [];
    list.push(message);
    this.byRow.set(line, list);
  }

  get count(): number {
    return this.byRow.size;
  }

  /** Throws a ServiceError('invalid') listing every bad row, in row order, when there is any. */
  throwIfAny(what: string): void {
    if (this.byRow.size === 0) return;
    const fields: Record<string, string[]> = {};
    for (const line of [...this.byRow.keys()].sort((a, b) => a - b))
      fields[`row ${line}`] = this.byRow.get(line) ?? [];
    throw new ServiceError(
      'invalid',
      `${this.byRow.size} row(s) of the ${what} file have problems; nothing was imported`,
      fields,
    );
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

/** A finite decimal number (no empty text, no "1e", no thousands separators). */
export function parseNumber(text: string): number | null {
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}
