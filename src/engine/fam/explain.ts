/**
 * Explanations for one city.
 * - Factor contributions: for each factor, the city's overall score minus its score if that one
 *   factor sat at the peer median (the median scaled value over ranked cities), other factors
 *   and all trained models unchanged. Positive = the factor lifts the city above a typical peer.
 *   Contributions are not additive (the SVR is non-linear); they rank factors, they do not sum.
 * - Nearest peers: cities closest in the scaled factor space (RMS difference in SD units).
 */
import { median } from '../stats/descriptive.ts';
import { squaredDistance } from './feature-set.ts';
import { ratingToScore } from './params.ts';
import type { PreparedEdition } from './prepare-edition.ts';
import { ratingAtPoint } from './what-if.ts';

/** Median scaled value of each factor over ranked cities (all cities when none is ranked). */
export function peerMedians(prepared: PreparedEdition): Float64Array {
  const { scaled, nFeatures } = prepared.overall.features;
  const nCities = prepared.survey.nCities;
  const anyRanked = prepared.eligible.some((e) => e === 1);
  const out = new Float64Array(nFeatures);
  const column: number[] = [];
  for (let f = 0; f < nFeatures; f++) {
    column.length = 0;
    for (let c = 0; c < nCities; c++)
      if (!anyRanked || prepared.eligible[c]) column.push(scaled[c * nFeatures + f]!);
    out[f] = median(column);
  }
  return out;
}

/** Score points each factor adds over the peer median, one per factor (in factor-table order). */
export function factorContributions(prepared: PreparedEdition, city: number): Float64Array {
  const model = prepared.overall;
  const { scaled, nFeatures } = model.features;
  const row = scaled.slice(city * nFeatures, (city + 1) * nFeatures);
  const base = ratingToScore(ratingAtPoint(prepared, model, city, row).rating, prepared.params);
  const medians = peerMedians(prepared);
  const out = new Float64Array(nFeatures);
  for (let f = 0; f < nFeatures; f++) {
    const kept = row[f]!;
    row[f] = medians[f]!;
    out[f] = base - ratingToScore(ratingAtPoint(prepared, model, city, row).rating, prepared.params);
    row[f] = kept;
  }
  return out;
}

export interface Peer {
  city: number;
  /** Root-mean-square difference of scaled factors (SD units). */
  distance: number;
}

export function nearestPeers(prepared: PreparedEdition, city: number, count: number): Peer[] {
  const { scaled, nFeatures } = prepared.overall.features;
  const peers: Peer[] = [];
  for (let c = 0; c < prepared.survey.nCities; c++) {
    if (c === city) continue;
    const d2 = squaredDistance(scaled, c * nFeatures, scaled, city * nFeatures, nFeatures);
    peers.push({ city: c, distance: Math.sqrt(d2 / Math.max(1, nFeatures)) });
  }
  peers.sort((a, b) => a.distance - b.distance || a.city - b.city);
  return peers.slice(0, count);
}
