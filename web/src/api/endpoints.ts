import type {
  AuditEntry,
  MemberView,
  OrganisationView,
  PublishedHistory,
  Role,
  SessionView,
} from '../../../src/services/contract.ts';
import { apiRequest } from './http.ts';

/** One function per route of docs/api-contract.md that the web app uses. */

export const getSession = () => apiRequest<SessionView>('GET', '/api/auth/session');

export const signIn = (email: string, password: string) =>
  apiRequest<SessionView>('POST', '/api/auth/sign-in', { email, password });

export const signOut = () => apiRequest<void>('POST', '/api/auth/sign-out');

export const getOrganisation = () => apiRequest<OrganisationView>('GET', '/api/organisation');

export const updateOrganisation = (patch: { name?: string; nameKo?: string; isPublic?: boolean }) =>
  apiRequest<OrganisationView>('PATCH', '/api/organisation', patch);

export const listUsers = () => apiRequest<{ items: MemberView[] }>('GET', '/api/users');

export const createUser = (input: { email: string; name: string; role: Role; password: string }) =>
  apiRequest<MemberView>('POST', '/api/users', input);

export function listAudit(query: { limit: number; before?: string | null }) {
  const params = new URLSearchParams({ limit: String(query.limit) });
  if (query.before) params.set('before', query.before);
  return apiRequest<{ items: AuditEntry[]; next: string | null }>('GET', `/api/audit?${params}`);
}

export const getPublishedHistory = (centre: string) =>
  apiRequest<PublishedHistory>('GET', `/api/published/history?${new URLSearchParams({ centre })}`);
