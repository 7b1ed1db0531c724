/**
 * Who may see and change an organisation's benchmark data (docs/api-contract-benchmark.md):
 * reads are open to anyone when the organisation is public and to its members always; drafts
 * only to members with role analyst or above; writes need editor or admin (publish: admin).
 * Another organisation's private data is not_found, never forbidden.
 */
import { type Executor, findOrganisationBySlug, type OrganisationRow } from '../../db/index.ts';
import type { Actor, BenchmarkCaller, Role } from '../contract.ts';
import { ServiceError } from '../errors.ts';

export interface ReadAccess {
  org: OrganisationRow;
  seesDrafts: boolean;
}

export interface WriteAccess {
  org: OrganisationRow;
  /** Null when the system (CLI) acts. */
  actor: Actor | null;
}

const DRAFT_READERS: readonly Role[] = ['admin', 'editor', 'analyst'];
const EDITORS: readonly Role[] = ['admin', 'editor'];

function isMember(caller: BenchmarkCaller, org: OrganisationRow): caller is Actor {
  return caller !== null && caller !== 'system' && caller.orgId === org.id;
}

async function organisation(ex: Executor, slug: string): Promise<OrganisationRow> {
  const org = await findOrganisationBySlug(ex, slug);
  if (!org) throw new ServiceError('not_found', 'organisation not found');
  return org;
}

export async function readAccess(ex: Executor, caller: BenchmarkCaller, slug: string): Promise<ReadAccess> {
  const org = await organisation(ex, slug);
  if (caller === 'system') return { org, seesDrafts: true };
  if (isMember(caller, org)) return { org, seesDrafts: DRAFT_READERS.includes(caller.role) };
  if (!org.isPublic) throw new ServiceError('not_found', 'organisation not found');
  return { org, seesDrafts: false };
}

export async function writeAccess(
  ex: Executor,
  caller: BenchmarkCaller,
  slug: string,
  roles: readonly Role[] = EDITORS,
): Promise<WriteAccess> {
  const org = await organisation(ex, slug);
  if (caller === 'system') return { org, actor: null };
  if (isMember(caller, org)) {
    if (!roles.includes(caller.role))
      throw new ServiceError('forbidden', `this action needs the role ${roles.join(' or ')}`);
    return { org, actor: caller };
  }
  if (!org.isPublic) throw new ServiceError('not_found', 'organisation not found');
  if (caller === null) throw new ServiceError('unauthorized', 'sign in first');
  throw new ServiceError('forbidden', 'only members of this organisation can change its benchmark data');
}
