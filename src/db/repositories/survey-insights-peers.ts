/** Innovation-capacity peer pools and their reference figures (migration 0005_survey_insights). */
import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../open.ts';
import { surveyPeerFigures, surveyPeerPools } from '../schema/index.ts';

export type PeerPoolRow = typeof surveyPeerPools.$inferSelect;
export type NewPeerPool = typeof surveyPeerPools.$inferInsert;
export type PeerFigureRow = typeof surveyPeerFigures.$inferSelect;
export type NewPeerFigure = Omit<typeof surveyPeerFigures.$inferInsert, 'id' | 'poolId'>;

/** The organisation's pools in display order. */
export async function listPeerPools(ex: Executor, orgId: string): Promise<PeerPoolRow[]> {
  return ex
    .select()
    .from(surveyPeerPools)
    .where(eq(surveyPeerPools.orgId, orgId))
    .orderBy(asc(surveyPeerPools.position), asc(surveyPeerPools.id));
}

export async function listPeerFigures(ex: Executor, poolIds: readonly number[]): Promise<PeerFigureRow[]> {
  if (poolIds.length === 0) return [];
  return ex
    .select()
    .from(surveyPeerFigures)
    .where(inArray(surveyPeerFigures.poolId, [...poolIds]))
    .orderBy(asc(surveyPeerFigures.id));
}

/** Inserts a pool with its figures; returns the pool. */
export async function insertPeerPool(
  ex: Executor,
  pool: NewPeerPool,
  figures: readonly NewPeerFigure[],
): Promise<PeerPoolRow> {
  const [row] = await ex.insert(surveyPeerPools).values(pool).returning();
  if (!row) throw new Error('insert into survey_peer_pools returned no row');
  if (figures.length > 0)
    await ex.insert(surveyPeerFigures).values(figures.map((f) => ({ ...f, poolId: row.id })));
  return row;
}
