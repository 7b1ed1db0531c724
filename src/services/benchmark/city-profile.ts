/**
 * One city across the editions the caller can see: its history, its latest result, which factors
 * lift or hold back its score against the peer median (the engine's factorContributions) and its
 * nearest peers in factor space.
 */
import type { Executor } from '../../db/index.ts';
import type { BenchmarkEditionRow } from '../../db/repositories/benchmark-index.ts';
import {
  type FamParams,
  factorContributions,
  nearestPeers,
  type PreparedEdition,
  prepareEdition,
} from '../../engine/fam/index.ts';
import type { CityProfile } from '../contract.ts';
import { ServiceError } from '../errors.ts';
import { cityResults, publishedRankOf, type ResultContext } from './editions-read.ts';
import { loadEditionInput } from './engine-input.ts';
import { toCityView } from './views.ts';

const PEERS = 5;

/**
 * The last prepared model, keyed by edition id and build time: preparing costs seconds, and a
 * profile page asks for several cities of the same edition in a row.
 */
let cached: { key: string; prepared: PreparedEdition } | null = null;

async function prepared(
  ex: Executor,
  ctx: ResultContext,
  edition: BenchmarkEditionRow,
): Promise<PreparedEdition> {
  const key = `${edition.id}@${edition.builtAt?.toISOString() ?? ''}`;
  if (cached?.key === key) return cached.prepared;
  const input = await loadEditionInput(ex, ctx.framework, edition);
  // The bootstrap only widens rank intervals; explanations need the trained models alone.
  const result = prepareEdition(input, { ...(edition.params as Partial<FamParams>), bootstrapReplicates: 0 });
  if (!result.ok) throw new ServiceError('conflict', 'the edition cannot be explained: rebuild it first');
  cached = { key, prepared: result.value };
  return result.value;
}

export async function cityProfile(ex: Executor, ctx: ResultContext, code: string): Promise<CityProfile> {
  const cityIndex = ctx.framework.cities.findIndex((c) => c.code === code);
  const city = ctx.framework.cities[cityIndex];
  if (!city) throw new ServiceError('not_found', `city ${code} not found`);
  const withResult = ctx.editions.filter((e) => ctx.results.get(e.id)?.has(city.id));
  const latestEdition = withResult[0];
  if (!latestEdition) throw new ServiceError('not_found', `no results for city ${code} yet`);
  const history = [...withResult].reverse().map((e) => {
    const row = ctx.results.get(e.id)?.get(city.id);
    return {
      edition: e.number,
      label: e.label,
      score: row?.score ?? null,
      rank: row?.rank ?? null,
      rankP05: row?.rankP05 ?? null,
      rankP95: row?.rankP95 ?? null,
      publishedRank: publishedRankOf(ctx, e, city.nameEn),
    };
  });
  const latest = cityResults(ctx, latestEdition).find((r) => r.city === code);
  if (!latest) throw new Error('latest result missing');

  const model = await prepared(ex, ctx, latestEdition);
  const deltas = factorContributions(model, cityIndex);
  const areaCode = new Map(ctx.framework.areas.map((a) => [a.id, a.code]));
  const contributions = ctx.framework.factors
    .map((f, i) => ({ factor: f.code, area: areaCode.get(f.areaId) ?? '', delta: deltas[i] ?? 0 }))
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.factor.localeCompare(b.factor));
  const peers = nearestPeers(model, cityIndex, PEERS).map((p) => ({
    city: ctx.framework.cities[p.city]?.code ?? '',
    distance: p.distance,
  }));
  return {
    city: toCityView(city),
    history,
    latest,
    contributions,
    peers,
    synthetic: withResult.some((e) => e.synthetic),
    provenance: latestEdition.provenance,
  };
}
