/**
 * Who may manage an organisation's surveys: members only (surveys are never public; another
 * organisation's survey is not_found, never forbidden). Reads need analyst or above (responses
 * are personal data), changes editor or admin. The CLI acts as `'system'`.
 */
import { type Executor, findOrganisationBySlug, type OrganisationRow } from '../../db/index.ts';
import { findSurvey, type SurveyRow } from '../../db/repositories/surveys-index.ts';
import type { Actor, Role } from '../contract.ts';
import type { SurveyCaller } from '../contract-surveys.ts';
import { ServiceError } from '../errors.ts';
import { isUuid } from '../guards.ts';

export const SURVEY_READERS: readonly Role[] = ['admin', 'editor', 'analyst'];
export const SURVEY_EDITORS: readonly Role[] = ['admin', 'editor'];

export interface SurveyAccess {
  org: OrganisationRow;
  /** Null when the system (CLI) acts. */
  actor: Actor | null;
}

export async function surveyAccess(
  ex: Executor,
  caller: SurveyCaller,
  slug: string,
  roles: readonly Role[],
): Promise<SurveyAccess> {
  const org = await findOrganisationBySlug(ex, slug);
  if (!org) throw new ServiceError('not_found', 'organisation not found');
  if (caller === 'system') return { org, actor: null };
  if (caller.orgId !== org.id) throw new ServiceError('not_found', 'organisation not found');
  if (!roles.includes(caller.role))
    throw new ServiceError('forbidden', `this action needs the role ${roles.join(' or ')}`);
  return { org, actor: caller };
}

export async function requireSurvey(ex: Executor, orgId: string, surveyId: string): Promise<SurveyRow> {
  const survey = isUuid(surveyId) ? await findSurvey(ex, orgId, surveyId) : null;
  if (!survey) throw new ServiceError('not_found', 'survey not found');
  return survey;
}
