import type { MembershipRow, OrganisationRow, UserRow } from '../db/index.ts';
import type { MemberView, OrganisationView, Role } from './contract.ts';

export function toOrganisationView(row: OrganisationRow): OrganisationView {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    nameKo: row.nameKo,
    city: row.city,
    isPublic: row.isPublic,
  };
}

export function toMemberView(
  user: Pick<UserRow, 'id' | 'email' | 'name'>,
  membership: Pick<MembershipRow, 'role' | 'createdAt'>,
): MemberView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: membership.role as Role,
    createdAt: membership.createdAt.toISOString(),
  };
}
