/**
 * Survey use cases (issue 6), the part of the Services contract for surveys: kept apart from
 * contract.ts so the module can grow without touching the shared file. Types only (the web
 * imports them too). Two halves: collection (definitions, versions, templates, distribution,
 * answering; this file) and insights (analytics, exports, the innovation-capacity profile, and
 * expert assessments into an index edition; contract-survey-insights.ts).
 *
 * Management methods take a `SurveyCaller` (a member of the organisation, or `'system'` for
 * the CLI) and an organisation slug; another organisation's survey is `not_found`. Reads need
 * role analyst or above, changes editor or admin. Every change is audited in its transaction.
 * The `respond*` methods are public: the token in the URL (an invitation token, or an open
 * link token) is the only credential.
 */
import type { Actor, ExportedFile } from './contract.ts';
import type { SurveyInsightServices } from './contract-survey-insights.ts';

export const SURVEY_KINDS = [
  'expert_assessment',
  'innovation_capacity',
  'citizen',
  'public_servant',
  'other',
] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

export type SurveyStatus = 'draft' | 'open' | 'closed';
export type SurveyLocale = 'ko' | 'en';
export type ResponseStatus = 'in_progress' | 'submitted';

/** A signed-in member, or the operator through the CLI (full rights, audited with a null actor). */
export type SurveyCaller = Actor | 'system';

/**
 * A SurveyJS JSON definition (https://surveyjs.io/form-library/documentation/design-survey/create-a-simple-survey):
 * `{ title, pages: [{ name, elements: [{ type, name, title, ... }] }] }`. Every user-facing
 * string is `{ "default": English, "ko": Korean }`.
 */
export type SurveyDefinition = Record<string, unknown>;

/** SurveyJS answer data: `{ [questionName]: value }`. */
export type SurveyAnswers = Record<string, unknown>;

export interface LocalizedText {
  en: string;
  ko: string;
}

export interface SurveyQuotas {
  /** Most submitted responses in total; null = no limit. */
  total: number | null;
  /** Most submitted responses per respondent group; groups not named have no limit. */
  byGroup: Record<string, number>;
}

export interface SurveyCounts {
  invited: number;
  /** Responses started (saved at least once or submitted). */
  started: number;
  submitted: number;
}

export interface SurveySummary {
  id: string;
  kind: SurveyKind;
  title: LocalizedText;
  status: SurveyStatus;
  /** The built-in template this survey was created from, if any. */
  template: string | null;
  /** Invented for the demo: the UI labels it illustrative. */
  illustrative: boolean;
  quotas: SurveyQuotas;
  /** Highest version number (a draft, or the published one when there is no newer draft). */
  latestVersion: number;
  /** Highest published version, which respondents answer; null before the first publish. */
  publishedVersion: number | null;
  counts: SurveyCounts;
  createdAt: string;
  updatedAt: string;
}

export interface SurveyVersionInfo {
  id: string;
  version: number;
  /** Null for the draft; a published version is frozen. */
  publishedAt: string | null;
  createdAt: string;
}

export interface SurveyVersionView extends SurveyVersionInfo {
  definition: SurveyDefinition;
}

export interface SurveyDetail extends SurveySummary {
  versions: SurveyVersionInfo[];
  /** The editable version (unpublished), if any. */
  draft: SurveyVersionView | null;
  /** The newest published version, if any. */
  published: SurveyVersionView | null;
  links: SurveyLinkView[];
}

export interface SurveyTemplateView {
  /** e.g. `expert-assessment`, `innovation-capacity`, `citizen-master-plan`, `public-servant-master-plan`. */
  code: string;
  kind: SurveyKind;
  title: LocalizedText;
  description: LocalizedText;
  /** Where the content comes from (seed documents, the index framework). */
  provenance: string;
  questionCount: number;
}

export type CreateSurveyInput =
  | { template: string; title?: LocalizedText; illustrative?: boolean }
  | { kind: SurveyKind; title: LocalizedText; definition: SurveyDefinition; illustrative?: boolean };

export interface UpdateSurveyInput {
  title?: LocalizedText;
  kind?: SurveyKind;
  /**
   * Replaces the draft version's definition. When the latest version is published (frozen), a
   * new draft version is created with this definition. Validation errors are `invalid` with
   * `fields` keyed by the bad element's path, e.g. `pages[0].elements[2] (q_budget)`.
   */
  definition?: SurveyDefinition;
}

export interface InvitationInput {
  name: string;
  email?: string | null;
  group?: string | null;
  locale?: SurveyLocale;
}

/** An invitation list: JSON rows, or CSV text with header `name,email,group,locale` (email, group, locale optional). */
export type InvitationListInput =
  | { format: 'json'; invitations: InvitationInput[] }
  | { format: 'csv'; text: string };

export type InvitationState = 'not_started' | 'in_progress' | 'submitted';

export interface InvitationView {
  id: string;
  name: string;
  email: string | null;
  group: string | null;
  locale: SurveyLocale;
  state: InvitationState;
  createdAt: string;
  /** When the invitation's response was submitted. */
  usedAt: string | null;
  remindedAt: string | null;
  reminderCount: number;
}

/** Returned once, when the invitation is created: only the token's hash is stored. */
export interface IssuedInvitation extends InvitationView {
  token: string;
}

export interface SurveyLinkView {
  id: string;
  /** The public token: the link is `/respond/{token}`. */
  token: string;
  label: string;
  group: string | null;
  ratePerMinute: number;
  quota: number | null;
  active: boolean;
  submitted: number;
  createdAt: string;
}

export interface LinkInput {
  label?: string;
  group?: string | null;
  /** Requests per minute per client IP (token bucket); default 30. */
  ratePerMinute?: number;
  quota?: number | null;
}

export interface LinkPatch {
  label?: string;
  ratePerMinute?: number;
  quota?: number | null;
  active?: boolean;
}

export interface GroupStats {
  /** Null: respondents without a group. */
  group: string | null;
  invited: number;
  started: number;
  submitted: number;
  /** submitted / invited, null when nobody was invited in this group. */
  responseRate: number | null;
  quota: number | null;
}

export interface SurveyStats {
  surveyId: string;
  status: SurveyStatus;
  asOf: string;
  total: GroupStats & { group: null };
  groups: GroupStats[];
  /** Submitted responses per open link. */
  links: Array<{ id: string; label: string; submitted: number; quota: number | null }>;
}

/** What a respondent's page needs: the published definition and any saved partial answers. */
export interface RespondView {
  survey: {
    id: string;
    kind: SurveyKind;
    title: LocalizedText;
    status: SurveyStatus;
    illustrative: boolean;
  };
  version: number;
  definition: SurveyDefinition;
  /** `invitation`: single-use personal link; `link`: open link (resume with a resume token). */
  via: 'invitation' | 'link';
  group: string | null;
  /** The invitee's name and language, for a greeting. */
  invitation: { name: string; locale: SurveyLocale } | null;
  /** The saved response when resuming (invitation token, or open link + resume token). */
  response: {
    id: string;
    status: ResponseStatus;
    answers: SurveyAnswers;
    updatedAt: string;
    submittedAt: string | null;
  } | null;
}

export interface RespondSaveResult {
  responseId: string;
  /** Open links only: send it back as header `x-resume-token` to resume; null for invitations. */
  resumeToken: string | null;
  savedAt: string;
}

export interface RespondSubmitResult {
  responseId: string;
  submittedAt: string;
  /** False when this was a retry of an already stored submission (same Idempotency-Key). */
  created: boolean;
}

/**
 * Called by a respond method once it knows which open link a token names, before any work:
 * the server's per-IP token bucket (it throws to refuse). Not called for invitation tokens.
 */
export type RespondAdmit = (link: { id: string; ratePerMinute: number }) => void;

export interface RespondMeta {
  /** The open-link resume token (header `x-resume-token`). */
  resumeToken?: string | null;
  admit?: RespondAdmit;
}

/** A type alias (not an interface) so guardService can wrap it like the other services. */
export type SurveyCollectionServices = {
  surveyTemplates(caller: SurveyCaller, slug: string): Promise<SurveyTemplateView[]>;
  listSurveys(caller: SurveyCaller, slug: string): Promise<SurveySummary[]>;
  getSurvey(caller: SurveyCaller, slug: string, surveyId: string): Promise<SurveyDetail>;
  createSurvey(caller: SurveyCaller, slug: string, input: CreateSurveyInput): Promise<SurveyDetail>;
  updateSurvey(
    caller: SurveyCaller,
    slug: string,
    surveyId: string,
    input: UpdateSurveyInput,
  ): Promise<SurveyDetail>;
  /** Freezes the draft version; respondents get it from then on. `conflict` when there is no draft. */
  publishSurvey(caller: SurveyCaller, slug: string, surveyId: string): Promise<SurveyDetail>;
  /** open needs a published version; closed stops answering (reopen allowed). */
  setSurveyStatus(
    caller: SurveyCaller,
    slug: string,
    surveyId: string,
    status: 'open' | 'closed',
  ): Promise<SurveyDetail>;
  setSurveyQuotas(
    caller: SurveyCaller,
    slug: string,
    surveyId: string,
    quotas: SurveyQuotas,
  ): Promise<SurveyDetail>;
  surveyVersion(
    caller: SurveyCaller,
    slug: string,
    surveyId: string,
    version: number,
  ): Promise<SurveyVersionView>;

  /** All or nothing: every row is checked first. Returns the tokens, once. */
  addInvitations(
    caller: SurveyCaller,
    slug: string,
    surveyId: string,
    list: InvitationListInput,
  ): Promise<{ issued: IssuedInvitation[] }>;
  listInvitations(caller: SurveyCaller, slug: string, surveyId: string): Promise<InvitationView[]>;
  /** Invitations that have not submitted yet (the reminder list). */
  pendingInvitations(caller: SurveyCaller, slug: string, surveyId: string): Promise<InvitationView[]>;
  /** Records that a reminder went out (to `ids`, or to every pending invitation). */
  markReminded(
    caller: SurveyCaller,
    slug: string,
    surveyId: string,
    ids?: string[],
  ): Promise<{ reminded: number }>;
  /** CSV (UTF-8 with BOM) of pending invitations: name, email, group, locale, state, reminded. */
  exportReminders(caller: SurveyCaller, slug: string, surveyId: string): Promise<ExportedFile>;

  createLink(caller: SurveyCaller, slug: string, surveyId: string, input: LinkInput): Promise<SurveyLinkView>;
  updateLink(
    caller: SurveyCaller,
    slug: string,
    surveyId: string,
    linkId: string,
    patch: LinkPatch,
  ): Promise<SurveyLinkView>;

  surveyStats(caller: SurveyCaller, slug: string, surveyId: string): Promise<SurveyStats>;

  /** Public: the published definition (+ the saved response when resuming). */
  respondGet(token: string, meta?: RespondMeta): Promise<RespondView>;
  /** Public: saves partial answers (not validated for completeness, only for shape). */
  respondSave(
    token: string,
    input: { answers: SurveyAnswers; locale?: SurveyLocale },
    meta?: RespondMeta,
  ): Promise<RespondSaveResult>;
  /**
   * Public: validates and stores the response once. A retry with the same idempotency key returns
   * the stored response (`created: false`); an invitation already submitted under another key is
   * `conflict`; answers that fail the definition are `invalid` with fields keyed by question name.
   */
  respondSubmit(
    token: string,
    input: { answers: SurveyAnswers; idempotencyKey: string; locale?: SurveyLocale },
    meta?: RespondMeta,
  ): Promise<RespondSubmitResult>;
};

export type SurveyServices = SurveyCollectionServices & SurveyInsightServices;
