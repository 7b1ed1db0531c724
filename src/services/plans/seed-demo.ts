import type { Executor, OrganisationRow } from '../../db/index.ts';

/** Idempotent: loads Busan's two demo plans into the demo organisation once. */
export async function seedPlansDemo(
  _tx: Executor,
  _org: OrganisationRow,
  _onProgress: (message: string) => void,
): Promise<void> {}
