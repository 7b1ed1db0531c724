/** Ranks: 1 = highest rating, ties share the best rank, 0 = not ranked (associate or no rating). */
import { rankDescendingMin } from '../rank/rank.ts';

export function rankEligible(rating: ArrayLike<number>, eligible: Uint8Array): Int32Array {
  const masked = new Float64Array(rating.length);
  for (let c = 0; c < rating.length; c++) masked[c] = eligible[c] ? rating[c]! : Number.NaN;
  const ranks = new Float64Array(rating.length);
  rankDescendingMin(masked, ranks);
  const out = new Int32Array(rating.length);
  for (let c = 0; c < rating.length; c++) out[c] = Number.isNaN(ranks[c]!) ? 0 : ranks[c]!;
  return out;
}

/** Rank within each city's region, among the eligible cities of that region. */
export function rankWithinRegions(
  rating: ArrayLike<number>,
  eligible: Uint8Array,
  region: readonly string[],
): Int32Array {
  const out = new Int32Array(rating.length);
  for (const name of new Set(region)) {
    const inRegion = new Uint8Array(rating.length);
    for (let c = 0; c < rating.length; c++) inRegion[c] = eligible[c] && region[c] === name ? 1 : 0;
    const ranks = rankEligible(rating, inRegion);
    for (let c = 0; c < rating.length; c++) if (inRegion[c]) out[c] = ranks[c]!;
  }
  return out;
}

/** Rank `value` would take among `others` (eligible cities except `self`): 1 + number strictly higher. */
export function rankAmong(
  value: number,
  others: ArrayLike<number>,
  eligible: Uint8Array,
  self: number,
): number {
  let higher = 0;
  for (let c = 0; c < others.length; c++) if (c !== self && eligible[c] && others[c]! > value) higher++;
  return higher + 1;
}
