import { describe, expect, test } from 'vitest';
import { biggestMovers, parseCompareQuery } from './movers.ts';

const mover = (city: string, fromRank: number, toRank: number) => ({
  city,
  fromRank,
  toRank,
  rankChange: fromRank - toRank,
  scoreChange: 0,
});

describe('edition comparison helpers', () => {
  test('gainers are the biggest rises, fallers the biggest falls; unchanged cities are in neither', () => {
    const movers = [
      mover('A', 10, 4),
      mover('B', 3, 3),
      mover('C', 5, 12),
      mover('D', 8, 6),
      mover('E', 1, 2),
    ];
    const { gainers, fallers } = biggestMovers(movers, 1);
    expect(gainers.map((m) => m.city)).toEqual(['A']);
    expect(fallers.map((m) => m.city)).toEqual(['C']);
    const all = biggestMovers(movers, 10);
    expect(all.gainers.map((m) => m.city)).toEqual(['A', 'D']);
    expect(all.fallers.map((m) => m.city)).toEqual(['C', 'E']);
  });

  test('the query string picks the editions; bad or missing values fall back', () => {
    const defaults = { from: 10, to: 11, top: 20 };
    expect(parseCompareQuery('?from=8&to=9', defaults)).toEqual({ from: 8, to: 9, top: 20 });
    expect(parseCompareQuery('?from=x&to=-1&top=10', defaults)).toEqual({ from: 10, to: 11, top: 10 });
    expect(parseCompareQuery('', defaults)).toEqual(defaults);
  });
});
