import type {
  BenchmarkAreaRow,
  BenchmarkCityRow,
  BenchmarkEditionCounts,
  BenchmarkEditionRow,
  BenchmarkFactorRow,
  BenchmarkResultRow,
} from '../../db/repositories/benchmark-index.ts';
import type {
  BenchmarkArea,
  BenchmarkCity,
  BenchmarkFactor,
  CityResult,
  EditionSummary,
} from '../contract.ts';

export function toAreaView(row: Pick<BenchmarkAreaRow, 'code' | 'nameEn' | 'nameKo'>): BenchmarkArea {
  return { code: row.code, nameEn: row.nameEn, nameKo: row.nameKo };
}

export function toFactorView(row: BenchmarkFactorRow, areaCode: string): BenchmarkFactor {
  return {
    code: row.code,
    nameEn: row.nameEn,
    nameKo: row.nameKo,
    area: areaCode,
    source: row.source,
    unit: row.unit,
    unitKo: row.unitKo,
    polarity: row.polarity === -1 ? -1 : 1,
    dataYear: row.dataYear,
    level: row.level === 'national' ? 'national' : 'city',
    synthetic: row.synthetic,
  };
}

export function toCityView(row: BenchmarkCityRow): BenchmarkCity {
  return {
    code: row.code,
    nameEn: row.nameEn,
    nameKo: row.nameKo,
    country: row.country,
    countryKo: row.countryKo,
    region: row.region,
    lat: row.lat,
    lon: row.lon,
  };
}

const NO_COUNTS: BenchmarkEditionCounts = {
  cities: 0,
  ranked: 0,
  factors: 0,
  respondents: 0,
  assessments: 0,
};

export function toEditionSummary(row: BenchmarkEditionRow, counts?: BenchmarkEditionCounts): EditionSummary {
  return {
    number: row.number,
    label: row.label,
    publishedOn: row.publishedOn,
    frameworkVersion: row.frameworkVersion,
    status: row.status === 'published' ? 'published' : 'draft',
    synthetic: row.synthetic,
    provenance: row.provenance,
    counts: { ...(counts ?? NO_COUNTS) },
  };
}

/** A stored result as the API shows it; publishedRank and previous come from elsewhere. */
export function toCityResult(
  row: BenchmarkResultRow,
  cityCode: string,
  extra: Pick<CityResult, 'publishedRank' | 'previous'>,
): CityResult {
  return {
    city: cityCode,
    score: row.score,
    rating: row.rating,
    rank: row.rank,
    regionRank: row.regionRank,
    associate: row.associate,
    assessmentsFromOthers: row.assessmentsFromOthers,
    rankP05: row.rankP05,
    rankP95: row.rankP95,
    areas: row.areas as CityResult['areas'],
    dimensions: row.dimensions as CityResult['dimensions'],
    ...extra,
  };
}

/** By rank; associates (and unscored cities) last, by score then code. */
export function compareResults(a: CityResult, b: CityResult): number {
  if (a.rank !== null && b.rank !== null) return a.rank - b.rank || a.city.localeCompare(b.city);
  if (a.rank !== null) return -1;
  if (b.rank !== null) return 1;
  return (
    (b.score ?? Number.NEGATIVE_INFINITY) - (a.score ?? Number.NEGATIVE_INFINITY) ||
    a.city.localeCompare(b.city)
  );
}
