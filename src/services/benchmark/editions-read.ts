/** Reading editions and their results as the API shows them (publishedRank, previous edition). */
import type { Executor, OrganisationRow } from '../../db/index.ts';
import {
  allPublishedOverallRanks,
  type BenchmarkEditionRow,
  type BenchmarkFramework,
  type BenchmarkResultRow,
  countBenchmarkEditionData,
  listBenchmarkEditions,
  listEditionResults,
} from '../../db/repositories/benchmark-index.ts';
import type { FamParams } from '../../engine/fam/index.ts';
import type { CityResult, EditionDetail, EditionSummary } from '../contract.ts';
import { ServiceError } from '../errors.ts';
import { compareResults, toCityResult, toEditionSummary } from './views.ts';

/** The editions the caller may see, newest first. */
export async function visibleEditions(
  ex: Executor,
  org: OrganisationRow,
  seesDrafts: boolean,
): Promise<BenchmarkEditionRow[]> {
  const rows = await listBenchmarkEditions(ex, org.id);
  return seesDrafts ? rows : rows.filter((r) => r.status === 'published');
}

export function findVisible(rows: BenchmarkEditionRow[], number: number): BenchmarkEditionRow {
  const row = rows.find((r) => r.number === number);
  if (!row) throw new ServiceError('not_found', `edition ${number} not found`);
  return row;
}

export async function editionSummaries(ex: Executor, org: OrganisationRow, rows: BenchmarkEditionRow[]) {
  const counts = await countBenchmarkEditionData(ex, org.id);
  return rows.map((row) => toEditionSummary(row, counts.get(row.id)));
}

export async function editionSummary(
  ex: Executor,
  org: OrganisationRow,
  row: BenchmarkEditionRow,
): Promise<EditionSummary> {
  const [summary] = await editionSummaries(ex, org, [row]);
  if (!summary) throw new Error('edition summary missing');
  return summary;
}

/** Every visible edition's results, keyed by edition id then city id. */
export async function resultsByEdition(
  ex: Executor,
  editions: BenchmarkEditionRow[],
): Promise<Map<string, Map<number, BenchmarkResultRow>>> {
  const out = new Map<string, Map<number, BenchmarkResultRow>>();
  for (const e of editions) out.set(e.id, new Map());
  for (const row of await listEditionResults(
    ex,
    editions.map((e) => e.id),
  )) {
    out.get(row.editionId)?.set(row.cityId, row);
  }
  return out;
}

export interface ResultContext {
  framework: BenchmarkFramework;
  /** Visible editions, newest first. */
  editions: BenchmarkEditionRow[];
  results: Map<string, Map<number, BenchmarkResultRow>>;
  published: Map<string, Map<string, number>>;
}

export async function loadResultContext(
  ex: Executor,
  framework: BenchmarkFramework,
  editions: BenchmarkEditionRow[],
): Promise<ResultContext> {
  return {
    framework,
    editions,
    results: await resultsByEdition(ex, editions),
    published: await allPublishedOverallRanks(ex),
  };
}

export function publishedRankOf(
  ctx: ResultContext,
  edition: BenchmarkEditionRow,
  cityName: string,
): number | null {
  return ctx.published.get(edition.label)?.get(cityName.trim().toLowerCase()) ?? null;
}

/** The results of one edition, ordered by rank with associates last. */
export function cityResults(ctx: ResultContext, edition: BenchmarkEditionRow): CityResult[] {
  const previousEdition = ctx.editions.find((e) => e.number < edition.number) ?? null;
  const previous = previousEdition ? ctx.results.get(previousEdition.id) : undefined;
  const own = ctx.results.get(edition.id) ?? new Map<number, BenchmarkResultRow>();
  const out: CityResult[] = [];
  for (const city of ctx.framework.cities) {
    const row = own.get(city.id);
    if (!row) continue;
    const before = previous?.get(city.id);
    out.push(
      toCityResult(row, city.code, {
        publishedRank: publishedRankOf(ctx, edition, city.nameEn),
        previous: before ? { rank: before.rank, score: before.score } : null,
      }),
    );
  }
  return out.sort(compareResults);
}

export async function editionDetail(
  ex: Executor,
  org: OrganisationRow,
  ctx: ResultContext,
  edition: BenchmarkEditionRow,
): Promise<EditionDetail> {
  return {
    edition: await editionSummary(ex, org, edition),
    params: edition.params as FamParams,
    results: cityResults(ctx, edition),
  };
}
