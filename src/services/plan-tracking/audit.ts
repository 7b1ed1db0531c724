import type { Executor } from '../../db/index.ts';
import { writeAudit } from '../audit-log.ts';
import type { PlanAccess } from './access.ts';

/** One audit row for a plan-tracking change; call inside the change's transaction. */
export function auditPlan(
  tx: Executor,
  access: PlanAccess,
  action: string,
  entity: string,
  entityId: string | null,
  after: unknown,
  before: unknown = null,
): Promise<void> {
  return writeAudit(tx, {
    orgId: access.org.id,
    actor: access.actor,
    action,
    entity,
    entityId,
    before,
    after: after === null ? null : { planId: access.plan.id, ...(after as object) },
  });
}
