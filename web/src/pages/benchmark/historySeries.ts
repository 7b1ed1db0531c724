import type { PublishedEdition, PublishedHistory, PublishedRank } from '../../../../src/services/contract.ts';
import { areaOrder } from '../../i18n/labels.ts';

export const OVERALL_AREA = 'overall';

export interface OverallPoint {
  rank: PublishedRank;
  edition: PublishedEdition | undefined;
}

/** The overall rank in each edition that published one, oldest first. */
export function overallHistory(history: PublishedHistory): OverallPoint[] {
  const editions = new Map(history.editions.map((edition) => [edition.number, edition]));
  return history.ranks
    .filter((rank) => rank.area === OVERALL_AREA)
    .sort((a, b) => a.number - b.number)
    .map((rank) => ({ rank, edition: editions.get(rank.number) }));
}

/** The area ranks (everything but overall) of the latest edition that published any, in published order. */
export function latestAreaRanks(
  history: PublishedHistory,
): { editionNumber: number; ranks: PublishedRank[] } | null {
  const areaRanks = history.ranks.filter((rank) => rank.area !== OVERALL_AREA);
  if (areaRanks.length === 0) return null;
  const editionNumber = Math.max(...areaRanks.map((rank) => rank.number));
  const ranks = areaRanks
    .filter((rank) => rank.number === editionNumber)
    .sort((a, b) => areaOrder(a.area) - areaOrder(b.area));
  return { editionNumber, ranks };
}
