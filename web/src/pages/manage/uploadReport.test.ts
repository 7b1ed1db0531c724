import { describe, expect, test } from 'vitest';
import { CSV_TYPE, uploadContentType, XLSX_TYPE } from '../../api/benchmark.ts';
import { rankedAndAssociates, uploadReport } from './uploadReport.ts';

describe('uploadReport', () => {
  test('lists every bad row in numeric order with all its messages', () => {
    const report = uploadReport({
      status: 400,
      errors: {
        'row 12': ['unknown city code XXX', 'value is not a number'],
        'row 3': ['factor is empty'],
        'row 100': ['duplicate of row 3'],
      },
    });
    expect(report.rows).toEqual([
      { row: 3, messages: ['factor is empty'] },
      { row: 12, messages: ['unknown city code XXX', 'value is not a number'] },
      { row: 100, messages: ['duplicate of row 3'] },
    ]);
    expect(report.other).toEqual([]);
  });

  test('keeps problems that are not about one row (the header, the body)', () => {
    const report = uploadReport({
      errors: { body: ['the header must have the columns city, factor, value'], header: ['x'] },
    });
    expect(report.rows).toEqual([]);
    expect(report.other).toEqual(['the header must have the columns city, factor, value', 'header: x']);
  });

  test('a problem without errors gives an empty report', () => {
    expect(uploadReport({ title: 'Conflict', status: 409 })).toEqual({ rows: [], other: [] });
  });
});

describe('uploadContentType', () => {
  test('chooses by extension, case-insensitively', () => {
    expect(uploadContentType('factors.csv')).toBe(CSV_TYPE);
    expect(uploadContentType('FACTORS.CSV')).toBe('text/csv');
    expect(uploadContentType('survey 2026.xlsx')).toBe(XLSX_TYPE);
    expect(XLSX_TYPE).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  test('rejects anything else', () => {
    expect(uploadContentType('factors.xls')).toBeNull();
    expect(uploadContentType('factors.txt')).toBeNull();
    expect(uploadContentType('csv')).toBeNull();
    expect(uploadContentType('factors.csv.zip')).toBeNull();
  });
});

test('rankedAndAssociates counts the results', () => {
  expect(rankedAndAssociates([{ associate: false }, { associate: true }, { associate: false }])).toEqual({
    ranked: 2,
    associates: 1,
  });
});
