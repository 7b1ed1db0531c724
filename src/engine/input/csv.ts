import { fail, issue, ok, type Result } from '../core/result.ts';

/** A table of text cells: the header row and the data rows (all rows padded to header width). */
export interface Table {
  header: string[];
  rows: string[][];
}

/**
 * RFC 4180 CSV parser: comma separator, `"` quoting with `""` escapes, LF or CRLF line ends,
 * a leading UTF-8 BOM ignored, blank lines skipped. Quoted and unquoted cells are both returned
 * as text; numeric conversion happens in `readCoin`, where a cell can be reported by column.
 */
export function parseCsv(text: string): Result<Table> {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let quoteStartLine = 0;
  const endRecord = () => {
    record.push(cell);
    cell = '';
    if (!(record.length === 1 && record[0] === '')) records.push(record);
    record = [];
  };
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === '') {
      quoted = true;
      quoteStartLine = line;
    } else if (ch === ',') {
      record.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
    } else cell += ch;
  }
  if (quoted)
    return fail([issue('csv-unclosed-quote', `quote opened on line ${quoteStartLine} is never closed`)]);
  if (cell !== '' || record.length > 0) endRecord();
  const header = records.shift();
  if (!header) return fail([issue('csv-empty', 'the file has no header row')]);
  const errors = [];
  const rows: string[][] = [];
  for (let r = 0; r < records.length; r++) {
    const rec = records[r]!;
    if (rec.length > header.length) {
      errors.push(
        issue('csv-row-width', `has ${rec.length} cells but the header has ${header.length}`, { row: r + 1 }),
      );
      continue;
    }
    while (rec.length < header.length) rec.push('');
    rows.push(rec);
  }
  return errors.length > 0 ? fail(errors) : ok({ header: header.map((h) => h.trim()), rows });
}
