/**
 * Invitation lists pasted or uploaded as CSV (columns name,email,group[,locale]; the header
 * row is optional; only the name is required), and CSV files written in the browser (the reminders list, the personal links).
 */

export interface InvitationRow {
  name: string;
  /** Empty when the list has no email for this person (the link is handed out another way). */
  email: string;
  group: string;
  /** The language the invitee answers in by default; empty = the page's language. */
  locale: '' | 'ko' | 'en';
}

export interface InvitationParse {
  rows: InvitationRow[];
  /** 1-based line number to problem codes. */
  errors: Array<{ line: number; problem: 'columns' | 'name' | 'email' | 'locale' | 'duplicate' }>;
}

/** Splits one CSV record, honouring double quotes ("a, b" and "" escapes). */
export function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',' || ch === '\t' || ch === ';') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells.map((c) => c.trim());
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const isHeader = (cells: string[]) =>
  cells[0]?.toLowerCase() === 'name' && cells[1]?.toLowerCase() === 'email';

export function parseInvitationCsv(text: string): InvitationParse {
  const rows: InvitationRow[] = [];
  const errors: InvitationParse['errors'] = [];
  const seen = new Set<string>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    if (raw.trim() === '') continue;
    const cells = splitCsvLine(raw);
    if (index === 0 && isHeader(cells)) continue;
    if (cells.length > 4) {
      errors.push({ line, problem: 'columns' });
      continue;
    }
    const [name = '', email = '', group = '', locale = ''] = cells;
    if (name === '') {
      errors.push({ line, problem: 'name' });
      continue;
    }
    if (email !== '' && !EMAIL.test(email)) {
      errors.push({ line, problem: 'email' });
      continue;
    }
    const lang = locale.toLowerCase();
    if (lang !== '' && lang !== 'ko' && lang !== 'en') {
      errors.push({ line, problem: 'locale' });
      continue;
    }
    const key = email.toLowerCase();
    if (key !== '' && seen.has(key)) {
      errors.push({ line, problem: 'duplicate' });
      continue;
    }
    if (key !== '') seen.add(key);
    rows.push({ name, email, group, locale: lang as InvitationRow['locale'] });
  }
  return { rows, errors };
}

/** One CSV cell, quoted when needed; a leading = + - @ is neutralised against formula injection. */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document with a BOM so Excel opens Korean text as UTF-8. */
export function toCsv(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Starts a browser download of `text`. */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Per-group quotas typed one per line as `group = number` (or `group,number`). */
export function parseGroupQuotas(text: string): {
  byGroup: Record<string, number>;
  badLines: number[];
} {
  const byGroup: Record<string, number> = {};
  const badLines: number[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const match = /^(.+?)\s*[=,:]\s*(\d+)$/.exec(line);
    const group = match?.[1]?.trim();
    if (!match || !group) {
      badLines.push(index + 1);
      continue;
    }
    byGroup[group] = Number(match[2]);
  }
  return { byGroup, badLines };
}

/** The reverse of parseGroupQuotas, for showing the saved quotas in the textarea. */
export const formatGroupQuotas = (byGroup: Record<string, number>) =>
  Object.entries(byGroup)
    .map(([group, quota]) => `${group} = ${quota}`)
    .join('\n');
