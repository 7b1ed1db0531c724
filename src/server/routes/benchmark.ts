/**
 * The benchmark API under /api/orgs/{slug}/benchmark (docs/api-contract-benchmark.md).
 */
import type { BenchmarkCaller } from '../../services/contract.ts';
import { registerBenchmarkExportRoute } from './benchmark-export.ts';
import { registerBenchmarkReadRoutes } from './benchmark-read.ts';
import { registerBenchmarkWriteRoutes } from './benchmark-write.ts';
import type { ApiApp, RouteDeps } from './deps.ts';

/** Signed-in users act as themselves; signed-out visitors as nobody (public organisations only). */
const callerOf = (session: { actor: BenchmarkCaller } | null): BenchmarkCaller => session?.actor ?? null;

export function registerBenchmarkRoutes(app: ApiApp, { services }: RouteDeps): void {
  const { benchmark } = services;
  registerBenchmarkReadRoutes(app, benchmark, callerOf);
  registerBenchmarkWriteRoutes(app, benchmark);
  registerBenchmarkExportRoute(app, benchmark, callerOf);
}
