/**
 * Who may read survey insights (docs/api-contract-survey-insights.md): analytics, exports and the
 * into-index preview need analyst, editor or admin of the survey's organisation; writing into an
 * edition needs editor or admin. Survey data is never public: a caller from another organisation,
 * or any caller of a private organisation, gets not_found. The operator (`'system'`) may do all.
 */
import { type Executor, findOrganisationBySlug, type OrganisationRow } from '../../db/index.ts';
import { findOrgSurvey, type InsightSurveyRow } from '../../db/repositories/survey-insights-index.ts';
import type { Actor, Role } from '../contract.ts';
import type { InsightCaller } from '../contract-survey-insights.ts';
import { ServiceError } from '../errors.ts';

export const ANALYSTS: readonly Role[] = ['admin', 'editor', 'analyst'];
export const EDITORS: readonly Role[] = ['admin', 'editor'];

export interface InsightAccess {
  org: OrganisationRow;
  /** Null when the system (CLI) acts. */
  actor: Actor | null;
}

export async function insightAccess(
  ex: Executor,
  caller: InsightCaller,
  slug: string,
  roles: readonly Role[],
): Promise<InsightAccess> {
  const org = await findOrganisationBySlug(ex, slug);
  if (!org) throw new ServiceError('not_found', 'organisation not found');
  if (caller === 'system') return { org, actor: null };
  if (caller !== null && caller.orgId === org.id) {
    if (!roles.includes(caller.role))
      throw new ServiceError('forbidden', `this needs the role ${roles.join(' or ')}`);
    return { org, actor: caller };
  }
  if (caller === null && org.isPublic) throw new ServiceError('unauthorized', 'sign in first');
  throw new ServiceError('not_found', 'organisation not found');
}

/** The organisation's survey, or not_found. */
export async function requireSurvey(
  ex: Executor,
  org: OrganisationRow,
  surveyId: string,
): Promise<InsightSurveyRow> {
  const survey = await findOrgSurvey(ex, org.id, surveyId);
  if (!survey) throw new ServiceError('not_found', 'survey not found');
  return survey;
}
