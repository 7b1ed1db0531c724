import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRecords } from '../../src/services/csv.ts';

describe('parseCsv', () => {
  it('splits plain fields and keeps empty cells', () => {
    expect(parseCsv('a,b,c\n1,,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '', '3'],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and newlines', () => {
    expect(parseCsv('x,y\n"a, b","say ""hi""\nthere"\n')).toEqual([
      ['x', 'y'],
      ['a, b', 'say "hi"\nthere'],
    ]);
  });

  it('accepts CRLF, a byte-order mark and a missing final newline', () => {
    expect(parseCsv('\ufeffa,b\r\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('rejects an unterminated quote', () => {
    expect(() => parseCsv('a\n"open')).toThrow(/quoted field/);
  });
});

describe('parseCsvRecords', () => {
  it('keys rows by the header and names a line with the wrong width', () => {
    expect(parseCsvRecords('a,b\n1,2\n')).toEqual([{ a: '1', b: '2' }]);
    expect(() => parseCsvRecords('a,b\n1,2\n3\n', 'f.csv')).toThrow(
      /f\.csv line 3: expected 2 fields, found 1/,
    );
  });
});
