/** Shared by the `citybench edition ...` commands (not a command itself). */
import type { BenchmarkServices, EditionDetail, Services } from '../../services/contract.ts';
import { UsageError } from '../command.ts';

/** The CLI acts as the operator: full rights on every organisation, audited with a null actor. */
export const SYSTEM = 'system' as const;

export function benchmarkOf(services: Services): BenchmarkServices {
  return services.benchmark;
}

export function editionFlag(value: unknown): number {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(number) || number < 1)
    throw new UsageError(`--edition: expected an edition number, got '${String(value ?? '')}'`);
  return number;
}

const fixed = (value: number | null, digits: number) => (value === null ? '' : value.toFixed(digits));

/** The ranking as aligned text: rank, city, score, rank interval, published rank. */
export function formatRanking(detail: EditionDetail): string {
  const lines = [
    `${detail.edition.label} (edition ${detail.edition.number}, ${detail.edition.status}${detail.edition.synthetic ? ', SYNTHETIC demo data' : ''})`,
    'rank  city  score     p05-p95   published',
  ];
  for (const r of detail.results) {
    const rank = r.rank === null ? 'assoc' : String(r.rank);
    const interval = r.rankP05 === null ? '' : `${r.rankP05}-${r.rankP95}`;
    lines.push(
      `${rank.padStart(5)} ${r.city.padEnd(5)} ${fixed(r.score, 2).padStart(8)}  ${interval.padEnd(9)} ${r.publishedRank ?? ''}`.trimEnd(),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** city,rank,score,rank_p05,rank_p95,published_rank: numbers in full precision. */
export function rankingCsv(detail: EditionDetail): string {
  const rows = detail.results.map((r) =>
    [r.city, r.rank ?? '', r.score ?? '', r.rankP05 ?? '', r.rankP95 ?? '', r.publishedRank ?? ''].join(','),
  );
  return `${['city,rank,score,rank_p05,rank_p95,published_rank', ...rows].join('\n')}\n`;
}
