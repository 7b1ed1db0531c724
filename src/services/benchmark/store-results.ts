/** Runs the engine on a stored edition and replaces its stored results (inside the caller's transaction). */
import type { Executor } from '../../db/index.ts';
import {
  type BenchmarkEditionRow,
  type BenchmarkFramework,
  type BenchmarkResultRow,
  replaceEditionResults,
  updateBenchmarkEdition,
} from '../../db/repositories/benchmark-index.ts';
import { formatIssue } from '../../engine/core/result.ts';
import { buildEdition, type EditionResult, type FamParams } from '../../engine/fam/index.ts';
import { ServiceError } from '../errors.ts';
import { loadEditionInput } from './engine-input.ts';

const finite = (value: number | undefined): number | null =>
  value === undefined || !Number.isFinite(value) ? null : value;
const rankOrNull = (value: number | undefined): number | null => (value ? value : null);

export function resultRows(
  editionId: string,
  framework: BenchmarkFramework,
  result: EditionResult,
): BenchmarkResultRow[] {
  const nDimensions = framework.dimensions.length;
  return framework.cities.map((city, c) => {
    const areas: Record<string, { score: number | null; rank: number | null }> = {};
    framework.areas.forEach((area, a) => {
      const model = result.areas[a];
      if (model) areas[area.code] = { score: finite(model.score[c]), rank: rankOrNull(model.rank[c]) };
    });
    const dimensions: Record<string, number | null> = {};
    framework.dimensions.forEach((d, k) => {
      dimensions[d.code] = finite(result.overall.dimensionRating[c * nDimensions + k]);
    });
    const associate = result.associate[c] === 1;
    return {
      editionId,
      cityId: city.id,
      score: finite(result.overall.score[c]),
      rating: finite(result.overall.rating[c]),
      rank: rankOrNull(result.overall.rank[c]),
      regionRank: rankOrNull(result.regionRank[c]),
      associate,
      assessmentsFromOthers: result.assessmentsFromOthers[c] ?? 0,
      rankP05: associate ? null : rankOrNull(result.bootstrap?.rankP05[c]),
      rankP95: associate ? null : rankOrNull(result.bootstrap?.rankP95[c]),
      areas,
      dimensions,
    };
  });
}

/** Runs the engine on the edition's stored data with its stored parameters. */
export async function computeResults(
  ex: Executor,
  framework: BenchmarkFramework,
  edition: BenchmarkEditionRow,
): Promise<{ rows: BenchmarkResultRow[]; params: FamParams }> {
  const input = await loadEditionInput(ex, framework, edition);
  const built = buildEdition(input, edition.params as Partial<FamParams>);
  if (!built.ok) {
    const messages = built.errors.map((e) => formatIssue(e));
    throw new ServiceError('invalid', `the edition cannot be built: ${messages.join('; ')}`, {
      edition: messages,
    });
  }
  return { rows: resultRows(edition.id, framework, built.value), params: built.value.params };
}

/** Builds the edition from its stored data and stores the results and the parameters used. */
export async function buildAndStore(
  tx: Executor,
  framework: BenchmarkFramework,
  edition: BenchmarkEditionRow,
): Promise<BenchmarkEditionRow> {
  const { rows, params } = await computeResults(tx, framework, edition);
  await replaceEditionResults(tx, edition.id, rows);
  return updateBenchmarkEdition(tx, edition.id, { params, builtAt: new Date() });
}
