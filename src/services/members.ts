import { type Executor, insertMembership, insertUser } from '../db/index.ts';
import { writeAudit } from './audit-log.ts';
import type { Actor, MemberView, Role } from './contract.ts';
import { toMemberView } from './views.ts';

/**
 * Creates a user and its membership and audits it (never the hash). Shared by the admin screen,
 * `citybench admin create` and the start-up admin. Run inside a transaction.
 */
export async function insertMember(
  tx: Executor,
  input: { orgId: string; email: string; name: string; role: Role; passwordHash: string },
  actor: Actor | null,
): Promise<MemberView> {
  const user = await insertUser(tx, {
    email: input.email,
    name: input.name,
    passwordHash: input.passwordHash,
  });
  const membership = await insertMembership(tx, { userId: user.id, orgId: input.orgId, role: input.role });
  const member = toMemberView(user, membership);
  await writeAudit(tx, {
    orgId: input.orgId,
    actor,
    action: 'user.create',
    entity: 'user',
    entityId: user.id,
    before: null,
    after: { email: member.email, name: member.name, role: member.role },
  });
  return member;
}
