/**
 * One stored edition as the factor assessment model's input. Cities, areas, dimensions and
 * factors are in framework `position` order, respondents and assessments in insertion order,
 * so a rebuild from the database reproduces the stored results exactly.
 */
import type { Executor } from '../../db/index.ts';
import {
  type BenchmarkEditionRow,
  type BenchmarkFramework,
  listAssessments,
  listFactorValues,
  listRespondents,
} from '../../db/repositories/benchmark-index.ts';
import type { EditionInput } from '../../engine/fam/index.ts';

function indexById(rows: ReadonlyArray<{ id: number }>): Map<number, number> {
  return new Map(rows.map((row, i) => [row.id, i]));
}

function lookup(map: Map<number, number>, id: number, what: string): number {
  const index = map.get(id);
  if (index === undefined) throw new Error(`stored ${what} ${id} is not in the framework`);
  return index;
}

export async function loadEditionInput(
  ex: Executor,
  framework: BenchmarkFramework,
  edition: BenchmarkEditionRow,
): Promise<EditionInput> {
  const { cities, areas, dimensions, factors } = framework;
  const cityIndex = indexById(cities);
  const factorIndex = indexById(factors);
  const areaIndex = indexById(areas);
  const dimensionIndex = indexById(dimensions);
  const nFactors = factors.length;

  const values = new Float64Array(cities.length * nFactors);
  const missing = new Uint8Array(cities.length * nFactors).fill(1);
  for (const v of await listFactorValues(ex, edition.id)) {
    const at = lookup(cityIndex, v.cityId, 'city') * nFactors + lookup(factorIndex, v.factorId, 'factor');
    values[at] = v.value;
    missing[at] = 0;
  }

  const respondents = await listRespondents(ex, edition.id);
  const respondentIndex = indexById(respondents);
  const homeOf = Int32Array.from(respondents, (r) =>
    r.homeCityId === null ? -1 : (cityIndex.get(r.homeCityId) ?? -1),
  );
  const rows = await listAssessments(ex, edition.id, edition.publishedOn);
  const n = rows.length;
  const assessments = {
    respondent: new Int32Array(n),
    respondentHome: new Int32Array(n),
    city: new Int32Array(n),
    dimension: new Int32Array(n),
    rating: new Float64Array(n),
    ageDays: new Float64Array(n),
  };
  rows.forEach((a, i) => {
    const r = lookup(respondentIndex, a.respondentId, 'respondent');
    assessments.respondent[i] = r;
    assessments.respondentHome[i] = homeOf[r]!;
    assessments.city[i] = lookup(cityIndex, a.cityId, 'city');
    assessments.dimension[i] = lookup(dimensionIndex, a.dimensionId, 'dimension');
    assessments.rating[i] = a.rating;
    assessments.ageDays[i] = a.ageDays;
  });

  return {
    cityIds: cities.map((c) => c.code),
    cityRegion: cities.map((c) => c.region),
    areaNames: areas.map((a) => a.code),
    dimensionNames: dimensions.map((d) => d.code),
    nRespondents: respondents.length,
    factors: {
      nFactors,
      values,
      missing,
      polarity: Int8Array.from(factors, (f) => f.polarity),
      area: Int32Array.from(factors, (f) => lookup(areaIndex, f.areaId, 'area')),
    },
    assessments,
  };
}
