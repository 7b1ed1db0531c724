import { asc, count, eq, sql } from 'drizzle-orm';
import type { Executor } from '../open.ts';
import { publishedEditions, publishedRanks } from '../schema/index.ts';

export type PublishedEditionRow = typeof publishedEditions.$inferSelect;
export type NewPublishedEdition = typeof publishedEditions.$inferInsert;
export type PublishedRankRow = typeof publishedRanks.$inferSelect;
export type NewPublishedRank = typeof publishedRanks.$inferInsert;

export async function countPublishedEditions(ex: Executor): Promise<number> {
  const [row] = await ex.select({ n: count() }).from(publishedEditions);
  return Number(row?.n ?? 0);
}

export async function insertPublishedData(
  ex: Executor,
  editions: NewPublishedEdition[],
  ranks: NewPublishedRank[],
): Promise<void> {
  if (editions.length > 0) await ex.insert(publishedEditions).values(editions);
  if (ranks.length > 0) await ex.insert(publishedRanks).values(ranks);
}

export async function listPublishedEditions(ex: Executor): Promise<PublishedEditionRow[]> {
  return ex.select().from(publishedEditions).orderBy(asc(publishedEditions.number));
}

/** Ranks of one centre (name matched case-insensitively) with their edition number. */
export async function listPublishedRanksForCentre(
  ex: Executor,
  centre: string,
): Promise<Array<{ rank: PublishedRankRow; number: number }>> {
  return ex
    .select({ rank: publishedRanks, number: publishedEditions.number })
    .from(publishedRanks)
    .innerJoin(publishedEditions, eq(publishedEditions.edition, publishedRanks.edition))
    .where(eq(sql`lower(${publishedRanks.centre})`, centre.trim().toLowerCase()))
    .orderBy(asc(publishedEditions.number), asc(publishedRanks.line));
}
