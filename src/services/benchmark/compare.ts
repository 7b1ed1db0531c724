/**
 * Two editions side by side: rank movers (cities ranked in both), entrants to and leavers from
 * the top N, streaks (consecutive visible editions in the top N ending at `to`), and the change
 * of each region's mean score among cities scored in both editions, in percent.
 */
import type { BenchmarkResultRow } from '../../db/repositories/benchmark-index.ts';
import type { EditionComparison } from '../contract.ts';
import { findVisible, type ResultContext } from './editions-read.ts';

function topN(results: Map<number, BenchmarkResultRow> | undefined, top: number): Set<number> {
  const out = new Set<number>();
  for (const row of results?.values() ?? []) if (row.rank !== null && row.rank <= top) out.add(row.cityId);
  return out;
}

export function compareEditions(
  ctx: ResultContext,
  query: { from: number; to: number; top: number },
): EditionComparison {
  const from = findVisible(ctx.editions, query.from);
  const to = findVisible(ctx.editions, query.to);
  const before = ctx.results.get(from.id) ?? new Map<number, BenchmarkResultRow>();
  const after = ctx.results.get(to.id) ?? new Map<number, BenchmarkResultRow>();
  const code = new Map(ctx.framework.cities.map((c) => [c.id, c.code]));
  const codeOf = (id: number) => code.get(id) ?? String(id);

  const movers: EditionComparison['movers'] = [];
  for (const [cityId, a] of after) {
    const b = before.get(cityId);
    if (!b || a.rank === null || b.rank === null) continue;
    movers.push({
      city: codeOf(cityId),
      fromRank: b.rank,
      toRank: a.rank,
      rankChange: b.rank - a.rank,
      scoreChange: (a.score ?? 0) - (b.score ?? 0),
    });
  }
  movers.sort((x, y) => y.rankChange - x.rankChange || x.toRank - y.toRank);

  const topFrom = topN(before, query.top);
  const topTo = topN(after, query.top);
  const byRank = (ids: number[], results: Map<number, BenchmarkResultRow>) =>
    ids.sort((x, y) => (results.get(x)?.rank ?? 0) - (results.get(y)?.rank ?? 0)).map(codeOf);
  const enteredTop = byRank(
    [...topTo].filter((id) => !topFrom.has(id)),
    after,
  );
  const leftTop = byRank(
    [...topFrom].filter((id) => !topTo.has(id)),
    before,
  );
  // Entrants and leavers of the ranking itself: ranked in one edition and not in the other
  // (a city new to the index, or moving between the ranked list and the associates).
  const rankedFrom = topN(before, Number.POSITIVE_INFINITY);
  const rankedTo = topN(after, Number.POSITIVE_INFINITY);
  const entrants = byRank(
    [...rankedTo].filter((id) => !rankedFrom.has(id)),
    after,
  );
  const leavers = byRank(
    [...rankedFrom].filter((id) => !rankedTo.has(id)),
    before,
  );

  // Visible editions are newest first: walk back from `to` while the city stays in the top N.
  const chain = ctx.editions
    .filter((e) => e.number <= to.number)
    .map((e) => topN(ctx.results.get(e.id), query.top));
  const streaks = byRank([...topTo], after).map((city) => {
    const id = ctx.framework.cities.find((c) => c.code === city)?.id ?? -1;
    let editions = 0;
    while (editions < chain.length && chain[editions]?.has(id)) editions++;
    return { city, editions };
  });

  const sums = new Map<string, { before: number; after: number }>();
  for (const city of ctx.framework.cities) {
    const a = after.get(city.id)?.score;
    const b = before.get(city.id)?.score;
    if (a === null || a === undefined || b === null || b === undefined) continue;
    const s = sums.get(city.region) ?? { before: 0, after: 0 };
    s.before += b;
    s.after += a;
    sums.set(city.region, s);
  }
  const regionalChange = [...sums]
    .filter(([, s]) => s.before !== 0)
    .map(([region, s]) => ({ region, meanScoreChangePct: ((s.after - s.before) / s.before) * 100 }))
    .sort((x, y) => x.region.localeCompare(y.region));

  const provenance = [...new Set([from.provenance, to.provenance])].join(' / ');
  return {
    from: from.number,
    to: to.number,
    movers,
    entrants,
    leavers,
    enteredTop,
    leftTop,
    streaks,
    regionalChange,
    synthetic: from.synthetic || to.synthetic,
    provenance,
  };
}
