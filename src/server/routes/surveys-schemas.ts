/** Zod schemas of the survey collection API (docs/api-contract-surveys.md), mirroring contract-surveys.ts. */
import { z } from '@hono/zod-openapi';
import { SURVEY_KINDS } from '../../services/contract-surveys.ts';

const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/)
  .openapi({ param: { name: 'slug', in: 'path' }, example: 'busan' });
const id = (name: string) =>
  z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name, in: 'path' }, example: '0b0e7c1e-5a4f-4c53-9b83-0d6c1a8e4f10' });

export const OrgParamSchema = z.strictObject({ slug });
export const SurveyParamSchema = z.strictObject({ slug, id: id('id') });
export const VersionParamSchema = SurveyParamSchema.extend({
  version: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .openapi({ param: { name: 'version', in: 'path' }, example: 1 }),
});
export const LinkParamSchema = SurveyParamSchema.extend({ linkId: id('linkId') });
export const TokenParamSchema = z.strictObject({
  token: z
    .string()
    .min(1)
    .max(128)
    .openapi({ param: { name: 'token', in: 'path' }, example: 'q3Vd0pQ1s9k2mB7xYc4LwA' }),
});

const Kind = z.enum(SURVEY_KINDS).openapi('SurveyKind');
const Status = z.enum(['draft', 'open', 'closed']).openapi('SurveyStatus');
const Locale = z.enum(['ko', 'en']).openapi('SurveyLocale');
const Localized = z
  .strictObject({ en: z.string().max(300), ko: z.string().max(300) })
  .openapi('LocalizedText');
const Definition = z.record(z.string(), z.unknown()).openapi('SurveyDefinition', {
  description: 'A SurveyJS JSON definition; user-facing strings as { "default": English, "ko": Korean }',
});
const Answers = z
  .record(z.string(), z.unknown())
  .openapi('SurveyAnswers', { description: 'SurveyJS answer data: { questionName: value }' });
const Group = z.string().max(100).nullable();

export const QuotasSchema = z
  .strictObject({
    total: z.number().int().min(0).nullable(),
    byGroup: z.record(z.string(), z.number().int().min(0)),
  })
  .openapi('SurveyQuotas');

const Counts = z.object({ invited: z.number(), started: z.number(), submitted: z.number() });

export const SurveySummarySchema = z
  .object({
    id: z.string(),
    kind: Kind,
    title: Localized,
    status: Status,
    template: z.string().nullable(),
    illustrative: z.boolean(),
    quotas: QuotasSchema,
    latestVersion: z.number(),
    publishedVersion: z.number().nullable(),
    counts: Counts,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('SurveySummary');

const VersionInfo = z
  .object({ id: z.string(), version: z.number(), publishedAt: z.string().nullable(), createdAt: z.string() })
  .openapi('SurveyVersionInfo');
export const SurveyVersionSchema = VersionInfo.extend({ definition: Definition }).openapi('SurveyVersion');

export const SurveyLinkSchema = z
  .object({
    id: z.string(),
    token: z.string(),
    label: z.string(),
    group: z.string().nullable(),
    ratePerMinute: z.number(),
    quota: z.number().nullable(),
    active: z.boolean(),
    submitted: z.number(),
    createdAt: z.string(),
  })
  .openapi('SurveyLink');

export const SurveyDetailSchema = SurveySummarySchema.extend({
  versions: z.array(VersionInfo),
  draft: SurveyVersionSchema.nullable(),
  published: SurveyVersionSchema.nullable(),
  links: z.array(SurveyLinkSchema),
}).openapi('SurveyDetail');

export const SurveyListSchema = z.object({ items: z.array(SurveySummarySchema) }).openapi('SurveyList');

export const TemplateListSchema = z
  .object({
    items: z.array(
      z.object({
        code: z.string(),
        kind: Kind,
        title: Localized,
        description: Localized,
        provenance: z.string(),
        questionCount: z.number(),
      }),
    ),
  })
  .openapi('SurveyTemplateList');

export const NewSurveySchema = z
  .union([
    z.strictObject({
      template: z.string().min(1).max(100),
      title: Localized.optional(),
      illustrative: z.boolean().optional(),
    }),
    z.strictObject({
      kind: Kind,
      title: Localized,
      definition: Definition,
      illustrative: z.boolean().optional(),
    }),
  ])
  .openapi('NewSurvey', { description: 'From a built-in template, or from a SurveyJS JSON definition' });

export const SurveyPatchSchema = z
  .strictObject({ title: Localized.optional(), kind: Kind.optional(), definition: Definition.optional() })
  .openapi('SurveyPatch');

export const StatusBodySchema = z
  .strictObject({ status: z.enum(['open', 'closed']) })
  .openapi('SurveyStatusChange');

const Invitation = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string().nullable(),
    group: z.string().nullable(),
    locale: Locale,
    state: z.enum(['not_started', 'in_progress', 'submitted']),
    createdAt: z.string(),
    usedAt: z.string().nullable(),
    remindedAt: z.string().nullable(),
    reminderCount: z.number(),
  })
  .openapi('SurveyInvitation');

export const InvitationListSchema = z.object({ items: z.array(Invitation) }).openapi('SurveyInvitationList');
export const IssuedSchema = z
  .object({ issued: z.array(Invitation.extend({ token: z.string() })) })
  .openapi('SurveyInvitationsIssued', { description: 'The tokens are shown only here, once' });

export const InvitationsBodySchema = z
  .strictObject({
    invitations: z
      .array(
        z.strictObject({
          name: z.string().max(200),
          email: z.string().max(320).nullable().optional(),
          group: Group.optional(),
          locale: Locale.optional(),
        }),
      )
      .min(1)
      .max(10_000),
  })
  .openapi('NewSurveyInvitations');

export const RemindBodySchema = z
  .strictObject({ ids: z.array(z.string()).max(10_000).optional() })
  .openapi('SurveyRemind');
export const RemindedSchema = z.object({ reminded: z.number() }).openapi('SurveyReminded');

export const NewLinkSchema = z
  .strictObject({
    label: z.string().max(100).optional(),
    group: Group.optional(),
    ratePerMinute: z.number().int().min(1).max(10_000).optional(),
    quota: z.number().int().min(0).nullable().optional(),
  })
  .openapi('NewSurveyLink');
export const LinkPatchSchema = z
  .strictObject({
    label: z.string().max(100).optional(),
    ratePerMinute: z.number().int().min(1).max(10_000).optional(),
    quota: z.number().int().min(0).nullable().optional(),
    active: z.boolean().optional(),
  })
  .openapi('SurveyLinkPatch');

const GroupStats = z.object({
  group: z.string().nullable(),
  invited: z.number(),
  started: z.number(),
  submitted: z.number(),
  responseRate: z.number().nullable(),
  quota: z.number().nullable(),
});
export const StatsSchema = z
  .object({
    surveyId: z.string(),
    status: Status,
    asOf: z.string(),
    total: GroupStats,
    groups: z.array(GroupStats),
    links: z.array(
      z.object({ id: z.string(), label: z.string(), submitted: z.number(), quota: z.number().nullable() }),
    ),
  })
  .openapi('SurveyStats');

// ---- public answering ----

export const RespondHeadersSchema = z.object({
  'x-resume-token': z
    .string()
    .max(128)
    .optional()
    .openapi({
      param: { name: 'x-resume-token', in: 'header' },
      description: 'Open links: the resume token a save returned',
    }),
});
export const SubmitHeadersSchema = RespondHeadersSchema.extend({
  'idempotency-key': z
    .string()
    .min(8)
    .max(200)
    .openapi({
      param: { name: 'idempotency-key', in: 'header' },
      description: 'Unique per submission (a UUID); a retry sends the same key',
    }),
});

export const RespondViewSchema = z
  .object({
    survey: z.object({
      id: z.string(),
      kind: Kind,
      title: Localized,
      status: Status,
      illustrative: z.boolean(),
    }),
    version: z.number(),
    definition: Definition,
    via: z.enum(['invitation', 'link']),
    group: z.string().nullable(),
    invitation: z.object({ name: z.string(), locale: Locale }).nullable(),
    response: z
      .object({
        id: z.string(),
        status: z.enum(['in_progress', 'submitted']),
        answers: Answers,
        updatedAt: z.string(),
        submittedAt: z.string().nullable(),
      })
      .nullable(),
  })
  .openapi('SurveyRespondView');

export const SaveBodySchema = z
  .strictObject({ answers: Answers, locale: Locale.optional() })
  .openapi('SurveySave');
export const SavedSchema = z
  .object({ responseId: z.string(), resumeToken: z.string().nullable(), savedAt: z.string() })
  .openapi('SurveySaved');
export const SubmittedSchema = z
  .object({ responseId: z.string(), submittedAt: z.string(), created: z.boolean() })
  .openapi('SurveySubmitted');
