/** Shared set-up for the plans portfolio suites: an organisation with the two demo plans. */
import type { Database } from '../../src/db/index.ts';
import { findOrganisationBySlug } from '../../src/db/index.ts';
import type { PlanItemNode, PlanSummary } from '../../src/services/contract-plans.ts';
import { seedPlansDemo } from '../../src/services/plans/seed-demo.ts';

/** Runs the demo seed of the plans module into the organisation `slug` (as the first start does for busan). */
export async function seedDemoPlansInto(database: Database, slug: string): Promise<string[]> {
  const messages: string[] = [];
  await database.db.transaction(async (tx) => {
    const org = await findOrganisationBySlug(tx, slug);
    if (!org) throw new Error(`no organisation ${slug}`);
    await seedPlansDemo(tx, org, (m) => messages.push(m));
  });
  return messages;
}

export function planByKind(plans: PlanSummary[], kind: PlanSummary['kind']): PlanSummary {
  const plan = plans.find((p) => p.kind === kind);
  if (!plan) throw new Error(`no ${kind} plan`);
  return plan;
}

/** Every node of a tree in pre-order. */
export function flatten(nodes: readonly PlanItemNode[]): PlanItemNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}
