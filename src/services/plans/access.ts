/**
 * Who may see and change an organisation's plans (docs/api-contract-plans.md): members of any
 * role read; editors and admins write; the system (CLI) does everything. Plans are never public:
 * another organisation's plans, and any plan to a non-member, are not_found, never forbidden.
 */
import { type Executor, findOrganisationBySlug, type OrganisationRow } from '../../db/index.ts';
import { findPlanRow, type PlanRow } from '../../db/repositories/plans-index.ts';
import type { Actor, Role } from '../contract.ts';
import type { PlanCaller } from '../contract-plans.ts';
import { ServiceError } from '../errors.ts';
import { isUuid } from '../guards.ts';

export interface PlanAccess {
  org: OrganisationRow;
  /** Null when the system (CLI) acts. */
  actor: Actor | null;
}

export const PLAN_EDITORS: readonly Role[] = ['admin', 'editor'];

async function memberOrg(ex: Executor, caller: PlanCaller, slug: string): Promise<PlanAccess> {
  const org = await findOrganisationBySlug(ex, slug);
  if (!org) throw new ServiceError('not_found', 'organisation not found');
  if (caller === 'system') return { org, actor: null };
  if (caller.orgId !== org.id) throw new ServiceError('not_found', 'organisation not found');
  return { org, actor: caller };
}

export async function planReadAccess(ex: Executor, caller: PlanCaller, slug: string): Promise<PlanAccess> {
  return memberOrg(ex, caller, slug);
}

export async function planWriteAccess(ex: Executor, caller: PlanCaller, slug: string): Promise<PlanAccess> {
  const access = await memberOrg(ex, caller, slug);
  if (access.actor && !PLAN_EDITORS.includes(access.actor.role))
    throw new ServiceError('forbidden', `changing plans needs the role ${PLAN_EDITORS.join(' or ')}`);
  return access;
}

/** The organisation's plan, or not_found (also for a malformed id). */
export async function requirePlan(ex: Executor, org: OrganisationRow, planId: string): Promise<PlanRow> {
  if (!isUuid(planId)) throw new ServiceError('not_found', 'plan not found');
  const plan = await findPlanRow(ex, org.id, planId);
  if (!plan) throw new ServiceError('not_found', 'plan not found');
  return plan;
}
