/**
 * Who may see and change a plan's tracking data (docs/api-contract-plan-tracking.md): members
 * of the plan's organisation read (any role), editors and admins write, the operator (`'system'`)
 * does both. Anyone else, a plan of another organisation and a malformed id are all not_found.
 */
import { type Executor, findOrganisationBySlug, type OrganisationRow } from '../../db/index.ts';
import { findTrackingPlan, type TrackingPlanRow } from '../../db/repositories/plan-tracking-index.ts';
import type { Actor, Role } from '../contract.ts';
import type { TrackingCaller } from '../contract-plan-tracking.ts';
import { ServiceError } from '../errors.ts';
import { isUuid } from '../guards.ts';

export interface PlanAccess {
  org: OrganisationRow;
  plan: TrackingPlanRow;
  /** Null when the system (CLI, seed) acts. */
  actor: Actor | null;
}

const WRITERS: readonly Role[] = ['admin', 'editor'];

const notFound = () => new ServiceError('not_found', 'plan not found');

async function resolve(ex: Executor, caller: TrackingCaller, slug: string, planId: string) {
  const org = await findOrganisationBySlug(ex, slug);
  if (!org) throw notFound();
  const actor = caller === 'system' ? null : caller;
  if (actor && actor.orgId !== org.id) throw notFound();
  if (!isUuid(planId)) throw notFound();
  const plan = await findTrackingPlan(ex, org.id, planId);
  if (!plan) throw notFound();
  return { org, plan, actor };
}

export async function planReadAccess(
  ex: Executor,
  caller: TrackingCaller,
  slug: string,
  planId: string,
): Promise<PlanAccess> {
  return resolve(ex, caller, slug, planId);
}

export async function planWriteAccess(
  ex: Executor,
  caller: TrackingCaller,
  slug: string,
  planId: string,
): Promise<PlanAccess> {
  const access = await resolve(ex, caller, slug, planId);
  if (access.actor && !WRITERS.includes(access.actor.role))
    throw new ServiceError('forbidden', 'changing a plan needs the role editor or admin');
  return access;
}

/** A malformed id names nothing: not_found with `what`. */
export function requireId(id: string, what: string): void {
  if (!isUuid(id)) throw new ServiceError('not_found', `${what} not found`);
}
