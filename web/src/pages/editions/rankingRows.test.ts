import { describe, expect, test } from 'vitest';
import type { City, CityResult } from '../../api/benchmark.ts';
import { buildRows, filterByRegion, nextSort, regionsOf, sortRows, splitAssociates } from './rankingRows.ts';

const city = (code: string, nameEn: string, nameKo: string, region: string): City => ({
  code,
  nameEn,
  nameKo,
  country: '',
  countryKo: '',
  region,
  lat: 0,
  lon: 0,
});

const result = (
  code: string,
  rank: number | null,
  score: number,
  extra: Partial<CityResult> = {},
): CityResult => ({
  city: code,
  score,
  rating: 5,
  rank,
  regionRank: rank,
  associate: rank === null,
  assessmentsFromOthers: 10,
  rankP05: rank,
  rankP95: rank === null ? null : rank + 1,
  areas: { TE: { score: 1000 - score, rank: rank === null ? null : 4 - rank } },
  dimensions: {},
  publishedRank: null,
  previous: null,
  ...extra,
});

const cities = [
  city('BUS', 'Busan', '부산', 'Asia/Pacific'),
  city('LON', 'London', '런던', 'Western Europe'),
  city('SEL', 'Seoul', '서울', 'Asia/Pacific'),
  city('AAA', 'Aachen', '아헨', 'Western Europe'),
];
const results = [
  result('LON', 1, 800),
  result('SEL', 2, 700, { previous: { rank: 5, score: 650 } }),
  result('BUS', 3, 600, { previous: { rank: 1, score: 640 }, publishedRank: 12 }),
  result('AAA', null, 300),
];

describe('rankings rows', () => {
  test('overall rows carry names, rank change (places gained) and score change', () => {
    const rows = buildRows(results, cities, null);
    const seoul = rows.find((r) => r.code === 'SEL')!;
    expect(seoul).toMatchObject({
      nameKo: '서울',
      region: 'Asia/Pacific',
      rank: 2,
      rankChange: 3,
      scoreChange: 50,
    });
    expect(rows.find((r) => r.code === 'BUS')).toMatchObject({ rankChange: -2, publishedRank: 12 });
    expect(rows.find((r) => r.code === 'LON')!.rankChange).toBeNull();
  });

  test('ranking by an area uses the area rank and score, and drops the overall change', () => {
    const rows = buildRows(results, cities, 'TE');
    const sorted = sortRows(rows, { key: 'rank', direction: 'ascending' }, (r) => r.nameEn);
    expect(sorted.map((r) => r.code)).toEqual(['BUS', 'SEL', 'LON', 'AAA']);
    expect(sorted[0]).toMatchObject({ score: 400, rankChange: null });
  });

  test('a region filter keeps only that region', () => {
    const rows = filterByRegion(buildRows(results, cities, null), 'Asia/Pacific');
    expect(rows.map((r) => r.code).sort()).toEqual(['BUS', 'SEL']);
    expect(regionsOf(cities)).toEqual(['Asia/Pacific', 'Western Europe']);
  });

  test('sorting by name follows the chosen language; associates are listed separately', () => {
    const rows = buildRows(results, cities, null);
    const byKo = sortRows(rows, { key: 'name', direction: 'ascending' }, (r) => r.nameKo);
    expect(byKo.map((r) => r.nameKo)).toEqual(['런던', '부산', '서울', '아헨']);
    const { ranked, associates } = splitAssociates(byKo);
    expect(ranked.map((r) => r.code)).toEqual(['LON', 'BUS', 'SEL']);
    expect(associates.map((r) => r.code)).toEqual(['AAA']);
  });

  test('missing values sort last in both directions', () => {
    const rows = buildRows(results, cities, null);
    const down = sortRows(rows, { key: 'change', direction: 'descending' }, (r) => r.nameEn);
    const up = sortRows(rows, { key: 'change', direction: 'ascending' }, (r) => r.nameEn);
    expect(down.map((r) => r.code).slice(0, 2)).toEqual(['SEL', 'BUS']);
    expect(up.map((r) => r.code).slice(0, 2)).toEqual(['BUS', 'SEL']);
    expect(down.at(-1)!.rankChange).toBeNull();
    expect(up.at(-1)!.rankChange).toBeNull();
  });

  test('a second click flips the order; a new column starts in its natural direction', () => {
    expect(nextSort({ key: 'rank', direction: 'ascending' }, 'rank')).toEqual({
      key: 'rank',
      direction: 'descending',
    });
    expect(nextSort({ key: 'rank', direction: 'ascending' }, 'score')).toEqual({
      key: 'score',
      direction: 'descending',
    });
    expect(nextSort({ key: 'score', direction: 'descending' }, 'name')).toEqual({
      key: 'name',
      direction: 'ascending',
    });
  });
});
