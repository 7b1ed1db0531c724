import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/engine/input/csv.ts';

describe('parseCsv', () => {
  it('reads quoted cells with commas, escaped quotes, newlines and CRLF', () => {
    const r = parseCsv('\uFEFFa,"b c"\r\n"1,5","say ""hi"""\r\n"multi\nline",x\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.header).toEqual(['a', 'b c']);
    expect(r.value.rows).toEqual([
      ['1,5', 'say "hi"'],
      ['multi\nline', 'x'],
    ]);
  });

  it('pads short rows, skips blank lines and reports over-long rows by row number', () => {
    const r = parseCsv('a,b\n1\n\n1,2,3\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([expect.objectContaining({ code: 'csv-row-width', row: 2 })]);
    const padded = parseCsv('a,b\n1\n');
    expect(padded.ok && padded.value.rows).toEqual([['1', '']]);
  });

  it('reports an unclosed quote', () => {
    const r = parseCsv('a\n"open\n');
    expect(r.ok).toBe(false);
  });
});
