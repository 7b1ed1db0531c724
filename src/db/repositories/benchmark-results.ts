import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../open.ts';
import { benchmarkResults, publishedRanks } from '../schema/index.ts';

export type BenchmarkResultRow = typeof benchmarkResults.$inferSelect;
export type NewBenchmarkResult = typeof benchmarkResults.$inferInsert;

const CHUNK = 500;

/** Replaces every result of the edition. */
export async function replaceEditionResults(
  ex: Executor,
  editionId: string,
  rows: readonly NewBenchmarkResult[],
): Promise<void> {
  await ex.delete(benchmarkResults).where(eq(benchmarkResults.editionId, editionId));
  for (let start = 0; start < rows.length; start += CHUNK) {
    await ex.insert(benchmarkResults).values(rows.slice(start, start + CHUNK));
  }
}

export async function listEditionResults(ex: Executor, editionIds: string[]): Promise<BenchmarkResultRow[]> {
  if (editionIds.length === 0) return [];
  return ex.select().from(benchmarkResults).where(inArray(benchmarkResults.editionId, editionIds));
}

/** Published overall ranks of one published edition label (e.g. "SCI 11"), keyed by lower-cased centre. */
export async function publishedOverallRanks(ex: Executor, label: string): Promise<Map<string, number>> {
  const rows = await ex
    .select({ centre: publishedRanks.centre, rank: publishedRanks.rank })
    .from(publishedRanks)
    .where(and(eq(publishedRanks.edition, label), eq(publishedRanks.area, 'overall')));
  return new Map(rows.map((r) => [r.centre.trim().toLowerCase(), r.rank]));
}

/** Every published overall rank, keyed by edition label then lower-cased centre. */
export async function allPublishedOverallRanks(ex: Executor): Promise<Map<string, Map<string, number>>> {
  const rows = await ex
    .select({ edition: publishedRanks.edition, centre: publishedRanks.centre, rank: publishedRanks.rank })
    .from(publishedRanks)
    .where(eq(publishedRanks.area, sql`'overall'`));
  const out = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const byCentre = out.get(r.edition) ?? new Map<string, number>();
    byCentre.set(r.centre.trim().toLowerCase(), r.rank);
    out.set(r.edition, byCentre);
  }
  return out;
}
