/** One SCI-like edition from factors and assessments: ratings, scores, ranks and rank intervals. */
import type { Result } from '../core/result.ts';
import { prepareEdition } from './prepare-edition.ts';
import type { EditionInput, EditionResult, FamParams } from './types.ts';

export function buildEdition(input: EditionInput, params: Partial<FamParams> = {}): Result<EditionResult> {
  const prepared = prepareEdition(input, params);
  return prepared.ok ? { ok: true, value: prepared.value.result } : prepared;
}
