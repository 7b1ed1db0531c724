import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../open.ts';
import { benchmarkAreas, benchmarkCities, benchmarkDimensions, benchmarkFactors } from '../schema/index.ts';

export type BenchmarkAreaRow = typeof benchmarkAreas.$inferSelect;
export type BenchmarkDimensionRow = typeof benchmarkDimensions.$inferSelect;
export type BenchmarkFactorRow = typeof benchmarkFactors.$inferSelect;
export type BenchmarkCityRow = typeof benchmarkCities.$inferSelect;
export type NewBenchmarkArea = typeof benchmarkAreas.$inferInsert;
export type NewBenchmarkDimension = typeof benchmarkDimensions.$inferInsert;
export type NewBenchmarkFactor = typeof benchmarkFactors.$inferInsert;
export type NewBenchmarkCity = typeof benchmarkCities.$inferInsert;

/** An organisation's framework and cities, each in its `position` order (the engine's order). */
export interface BenchmarkFramework {
  areas: BenchmarkAreaRow[];
  dimensions: BenchmarkDimensionRow[];
  factors: BenchmarkFactorRow[];
  cities: BenchmarkCityRow[];
}

export async function loadBenchmarkFramework(ex: Executor, orgId: string): Promise<BenchmarkFramework> {
  const areas = await ex
    .select()
    .from(benchmarkAreas)
    .where(eq(benchmarkAreas.orgId, orgId))
    .orderBy(asc(benchmarkAreas.position));
  const dimensions = await ex
    .select()
    .from(benchmarkDimensions)
    .where(eq(benchmarkDimensions.orgId, orgId))
    .orderBy(asc(benchmarkDimensions.position));
  const factors = await ex
    .select()
    .from(benchmarkFactors)
    .where(eq(benchmarkFactors.orgId, orgId))
    .orderBy(asc(benchmarkFactors.position));
  const cities = await listBenchmarkCities(ex, orgId);
  return { areas, dimensions, factors, cities };
}

export async function listBenchmarkCities(ex: Executor, orgId: string): Promise<BenchmarkCityRow[]> {
  return ex
    .select()
    .from(benchmarkCities)
    .where(eq(benchmarkCities.orgId, orgId))
    .orderBy(asc(benchmarkCities.position));
}

export async function insertBenchmarkAreas(
  ex: Executor,
  rows: NewBenchmarkArea[],
): Promise<BenchmarkAreaRow[]> {
  return rows.length === 0 ? [] : ex.insert(benchmarkAreas).values(rows).returning();
}

export async function insertBenchmarkDimensions(
  ex: Executor,
  rows: NewBenchmarkDimension[],
): Promise<BenchmarkDimensionRow[]> {
  return rows.length === 0 ? [] : ex.insert(benchmarkDimensions).values(rows).returning();
}

export async function insertBenchmarkFactors(
  ex: Executor,
  rows: NewBenchmarkFactor[],
): Promise<BenchmarkFactorRow[]> {
  return rows.length === 0 ? [] : ex.insert(benchmarkFactors).values(rows).returning();
}

export async function insertBenchmarkCities(
  ex: Executor,
  rows: NewBenchmarkCity[],
): Promise<BenchmarkCityRow[]> {
  return rows.length === 0 ? [] : ex.insert(benchmarkCities).values(rows).returning();
}
