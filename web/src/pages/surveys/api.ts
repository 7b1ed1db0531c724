/** One function per survey-collection route of docs/api-contract-surveys.md that the pages use. */
import type {
  CreateSurveyInput,
  InvitationInput,
  InvitationView,
  IssuedInvitation,
  LinkInput,
  LinkPatch,
  SurveyDetail,
  SurveyLinkView,
  SurveyQuotas,
  SurveyStats,
  SurveySummary,
  SurveyTemplateView,
  UpdateSurveyInput,
} from '../../../../src/services/contract-surveys.ts';
import { apiRequest } from '../../api/http.ts';

export type {
  InvitationView,
  IssuedInvitation,
  SurveyDetail,
  SurveyLinkView,
  SurveyStats,
  SurveySummary,
  SurveyTemplateView,
};

const base = (slug: string) => `/api/orgs/${encodeURIComponent(slug)}/surveys`;
const one = (slug: string, id: string) => `${base(slug)}/${encodeURIComponent(id)}`;

/** List routes may answer `{ items: [...] }` or a bare array; accept both. */
async function list<T>(path: string): Promise<T[]> {
  const body = await apiRequest<T[] | { items: T[] }>('GET', path);
  return Array.isArray(body) ? body : body.items;
}

export const listTemplates = (slug: string) => list<SurveyTemplateView>(`${base(slug)}/templates`);
export const listSurveys = (slug: string) => list<SurveySummary>(base(slug));
export const getSurvey = (slug: string, id: string) => apiRequest<SurveyDetail>('GET', one(slug, id));
export const createSurvey = (slug: string, input: CreateSurveyInput) =>
  apiRequest<SurveyDetail>('POST', base(slug), input);
export const updateSurvey = (slug: string, id: string, input: UpdateSurveyInput) =>
  apiRequest<SurveyDetail>('PATCH', one(slug, id), input);
export const publishSurvey = (slug: string, id: string) =>
  apiRequest<SurveyDetail>('POST', `${one(slug, id)}/publish`);
export const setSurveyQuotas = (slug: string, id: string, quotas: SurveyQuotas) =>
  apiRequest<SurveyDetail>('PUT', `${one(slug, id)}/quotas`, quotas);
export const setSurveyStatus = (slug: string, id: string, status: 'open' | 'closed') =>
  apiRequest<SurveyDetail>('POST', `${one(slug, id)}/status`, { status });

/** JSON rows (the page parses the pasted or uploaded CSV itself, to show line problems at once). */
export const addInvitations = (slug: string, id: string, invitations: InvitationInput[]) =>
  apiRequest<{ issued: IssuedInvitation[] }>('POST', `${one(slug, id)}/invitations`, { invitations });
export const listInvitations = (slug: string, id: string) =>
  list<InvitationView>(`${one(slug, id)}/invitations`);
export const pendingInvitations = (slug: string, id: string) =>
  list<InvitationView>(`${one(slug, id)}/reminders`);
/** Records that a reminder went out to every pending invitation (the analyst sends the emails). */
export const markReminded = (slug: string, id: string) =>
  apiRequest<{ reminded: number }>('POST', `${one(slug, id)}/reminders`, {});
export const remindersCsvUrl = (slug: string, id: string) => `${one(slug, id)}/reminders/export`;

export const createLink = (slug: string, id: string, input: LinkInput) =>
  apiRequest<SurveyLinkView>('POST', `${one(slug, id)}/links`, input);
export const updateLink = (slug: string, id: string, linkId: string, patch: LinkPatch) =>
  apiRequest<SurveyLinkView>('PATCH', `${one(slug, id)}/links/${encodeURIComponent(linkId)}`, patch);

export const getStats = (slug: string, id: string) =>
  apiRequest<SurveyStats>('GET', `${one(slug, id)}/stats`);

/** The absolute address of a respondent link, for copying into an email. */
export const respondUrl = (token: string) => `${window.location.origin}/respond/${encodeURIComponent(token)}`;
