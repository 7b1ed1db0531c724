import { and, desc, eq, sql } from 'drizzle-orm';
import { rowsOf } from '../migrate.ts';
import type { Executor } from '../open.ts';
import { benchmarkEditions } from '../schema/index.ts';

export type BenchmarkEditionRow = typeof benchmarkEditions.$inferSelect;
export type NewBenchmarkEdition = typeof benchmarkEditions.$inferInsert;

export interface BenchmarkEditionCounts {
  cities: number;
  ranked: number;
  factors: number;
  respondents: number;
  assessments: number;
}

/** Newest (highest number) first. */
export async function listBenchmarkEditions(ex: Executor, orgId: string): Promise<BenchmarkEditionRow[]> {
  return ex
    .select()
    .from(benchmarkEditions)
    .where(eq(benchmarkEditions.orgId, orgId))
    .orderBy(desc(benchmarkEditions.number));
}

export async function findBenchmarkEdition(
  ex: Executor,
  orgId: string,
  number: number,
): Promise<BenchmarkEditionRow | null> {
  const [row] = await ex
    .select()
    .from(benchmarkEditions)
    .where(and(eq(benchmarkEditions.orgId, orgId), eq(benchmarkEditions.number, number)));
  return row ?? null;
}

/** The row locked until the transaction ends: a build or import cannot race a publish. */
export async function lockBenchmarkEdition(
  ex: Executor,
  orgId: string,
  number: number,
): Promise<BenchmarkEditionRow | null> {
  const [row] = await ex
    .select()
    .from(benchmarkEditions)
    .where(and(eq(benchmarkEditions.orgId, orgId), eq(benchmarkEditions.number, number)))
    .for('update');
  return row ?? null;
}

export async function insertBenchmarkEdition(
  ex: Executor,
  values: NewBenchmarkEdition,
): Promise<BenchmarkEditionRow> {
  const [row] = await ex.insert(benchmarkEditions).values(values).returning();
  if (!row) throw new Error('insert into benchmark_editions returned no row');
  return row;
}

export async function updateBenchmarkEdition(
  ex: Executor,
  id: string,
  changes: Partial<Pick<BenchmarkEditionRow, 'status' | 'params' | 'builtAt'>>,
): Promise<BenchmarkEditionRow> {
  const [row] = await ex
    .update(benchmarkEditions)
    .set(changes)
    .where(eq(benchmarkEditions.id, id))
    .returning();
  if (!row) throw new Error('update of benchmark_editions matched no row');
  return row;
}

/** Counts per edition id, for every edition of the organisation, in one query. */
export async function countBenchmarkEditionData(
  ex: Executor,
  orgId: string,
): Promise<Map<string, BenchmarkEditionCounts>> {
  const result = await ex.execute(sql`
    select e.id,
      (select count(*) from benchmark_results r where r.edition_id = e.id)::int as cities,
      (select count(*) from benchmark_results r where r.edition_id = e.id and r.rank is not null)::int as ranked,
      (select count(distinct v.factor_id) from benchmark_factor_values v where v.edition_id = e.id)::int as factors,
      (select count(*) from benchmark_respondents p where p.edition_id = e.id)::int as respondents,
      (select count(*) from benchmark_assessments a where a.edition_id = e.id)::int as assessments
    from benchmark_editions e where e.org_id = ${orgId}`);
  const rows = rowsOf<{ id: string } & BenchmarkEditionCounts>(result);
  return new Map(
    rows.map((r) => [
      r.id,
      {
        cities: Number(r.cities),
        ranked: Number(r.ranked),
        factors: Number(r.factors),
        respondents: Number(r.respondents),
        assessments: Number(r.assessments),
      },
    ]),
  );
}
