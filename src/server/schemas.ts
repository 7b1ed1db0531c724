/**
 * Zod schemas of the API's bodies, mirroring src/services/contract.ts. Response schemas strip
 * unknown keys when parsed (so e.g. a session token can never leak into a body); request
 * schemas are strict (unknown fields are a 400 naming the field).
 */
import { z } from '@hono/zod-openapi';
import { ROLES } from '../services/contract.ts';

export const RoleSchema = z.enum(ROLES).openapi('Role');

export const UserViewSchema = z
  .object({ id: z.string(), email: z.string(), name: z.string() })
  .openapi('UserView');

export const OrganisationViewSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    nameKo: z.string(),
    city: z.string().openapi({ description: 'The city as named in the published index data.' }),
    isPublic: z.boolean(),
  })
  .openapi('OrganisationView');

export const MemberViewSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: RoleSchema,
    createdAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('MemberView');

export const SessionViewSchema = z
  .object({
    user: UserViewSchema,
    organisation: OrganisationViewSchema,
    role: RoleSchema,
    expiresAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('SessionView');

export const AuditEntrySchema = z
  .object({
    id: z.string(),
    at: z.string().openapi({ format: 'date-time' }),
    actor: z.object({ id: z.string().nullable(), email: z.string().nullable() }),
    action: z.string(),
    entity: z.string(),
    entityId: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .openapi('AuditEntry');

export const PublishedEditionSchema = z
  .object({
    edition: z.string(),
    number: z.number(),
    published: z.string().nullable(),
    instrumentalFactors: z.number().nullable(),
    centresRanked: z.number().nullable(),
    source: z.string(),
  })
  .openapi('PublishedEdition');

export const PublishedRankSchema = z
  .object({
    edition: z.string(),
    number: z.number(),
    centre: z.string(),
    country: z.string(),
    region: z.string(),
    area: z.string(),
    rank: z.number(),
    rating: z.number().nullable(),
    source: z.string(),
  })
  .openapi('PublishedRank');

export const PublishedHistorySchema = z
  .object({
    centre: z.string(),
    editions: z.array(PublishedEditionSchema),
    ranks: z.array(PublishedRankSchema),
    provenance: z.string(),
  })
  .openapi('PublishedHistory');

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    requestId: z.string(),
    errors: z
      .record(z.string(), z.array(z.string()))
      .optional()
      .openapi({ description: 'Field path to messages; 400 only.' }),
  })
  .openapi('Problem');

/** Opaque user ids: whatever the services issue, but never anything that needs escaping. */
export const IdParamSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .openapi({ param: { name: 'id', in: 'path' } }),
});
