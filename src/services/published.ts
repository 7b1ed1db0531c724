import { type Database, listPublishedEditions, listPublishedRanksForCentre } from '../db/index.ts';
import type { PublishedEdition, PublishedRank, Services } from './contract.ts';
import { ServiceError } from './errors.ts';

export const PUBLISHED_PROVENANCE =
  'Smart Centres Index (Z/Yen, Long Finance) as published in public press pages and seed documents ' +
  '(data/sci-published). Each row names its source; a missing figure means it was not found, not zero.';

const toNumber = (value: string | null): number | null => (value === null ? null : Number(value));

/** `overall` first, then the other areas by name (code-point order, the same on every database). */
function compareArea(a: string, b: string): number {
  if (a === b) return 0;
  if (a === 'overall') return -1;
  if (b === 'overall') return 1;
  return a < b ? -1 : 1;
}

export function createPublishedService(database: Database): Services['published'] {
  const { db } = database;

  return {
    async history(centre) {
      const rows = await listPublishedRanksForCentre(db, centre);
      const first = rows[0];
      if (!first) throw new ServiceError('not_found', `no published ranks for centre ${centre}`);
      const ranks: PublishedRank[] = rows
        .sort(
          (a, b) => a.number - b.number || compareArea(a.rank.area, b.rank.area) || a.rank.line - b.rank.line,
        )
        .map(({ rank, number }) => ({
          edition: rank.edition,
          number,
          centre: rank.centre,
          country: rank.country,
          region: rank.region,
          area: rank.area,
          rank: rank.rank,
          rating: toNumber(rank.rating),
          source: rank.source,
        }));
      const editions: PublishedEdition[] = (await listPublishedEditions(db)).map((e) => ({
        edition: e.edition,
        number: e.number,
        published: e.published,
        instrumentalFactors: e.instrumentalFactors,
        centresRanked: e.centresRanked,
        source: e.source,
      }));
      return { centre: first.rank.centre, editions, ranks, provenance: PUBLISHED_PROVENANCE };
    },
  };
}
