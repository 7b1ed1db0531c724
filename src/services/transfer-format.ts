import { z } from 'zod';
import { type OrganisationExport, ROLES } from './contract.ts';
import { ServiceError } from './errors.ts';
import { PASSWORD_HASH_PATTERN } from './passwords.ts';

/**
 * The zod mirror of OrganisationExport (contract.ts). Strict objects: an unknown field means the
 * file is not what we wrote, so it is rejected rather than silently dropped.
 */
const isoTimestamp = z.iso.datetime({ offset: true });
const json = z.json();

const auditEntrySchema = z.strictObject({
  id: z.uuid(),
  at: isoTimestamp,
  actor: z.strictObject({ id: z.uuid().nullable(), email: z.string().nullable() }),
  action: z.string().min(1),
  entity: z.string().min(1),
  entityId: z.string().nullable(),
  before: json,
  after: json,
});

export const organisationExportSchema = z
  .strictObject({
    format: z.literal('citybench.organisation'),
    version: z.literal(1),
    exportedAt: isoTimestamp,
    organisation: z.strictObject({
      id: z.uuid(),
      slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lower-case letters, digits and dashes'),
      name: z.string().trim().min(1).max(200),
      nameKo: z.string().trim().min(1).max(200),
      city: z.string().trim().min(1).max(200),
      isPublic: z.boolean(),
    }),
    members: z.array(
      z.strictObject({
        email: z
          .string()
          .regex(/^[^\s@]+@[^\s@]+$/, 'not a valid address')
          .refine((e) => e === e.toLowerCase(), 'must be lower-case'),
        name: z.string().trim().min(1).max(200),
        role: z.enum(ROLES),
        passwordHash: z.string().regex(PASSWORD_HASH_PATTERN, 'not a scrypt$N$r$p$salt$hash string'),
        createdAt: isoTimestamp,
      }),
    ),
    audit: z.array(auditEntrySchema),
  })
  .superRefine((data, ctx) => {
    const seen = new Set<string>();
    data.members.forEach((m, i) => {
      if (seen.has(m.email)) {
        ctx.addIssue({
          code: 'custom',
          path: ['members', i, 'email'],
          message: `duplicate email ${m.email}`,
        });
      }
      seen.add(m.email);
    });
    const ids = new Set<string>();
    data.audit.forEach((a, i) => {
      if (ids.has(a.id))
        ctx.addIssue({ code: 'custom', path: ['audit', i, 'id'], message: `duplicate id ${a.id}` });
      ids.add(a.id);
    });
  });

/** Parses an export file's content or throws `invalid` listing every problem by path. */
export function parseOrganisationExport(data: unknown): OrganisationExport {
  if (typeof data !== 'object' || data === null) {
    throw new ServiceError('invalid', 'not an organisation export: expected a JSON object');
  }
  const format = (data as { format?: unknown }).format;
  const version = (data as { version?: unknown }).version;
  if (format !== 'citybench.organisation') {
    throw new ServiceError('invalid', `not an organisation export: format is ${JSON.stringify(format)}`);
  }
  if (version !== 1) {
    throw new ServiceError(
      'invalid',
      `unsupported export version ${JSON.stringify(version)} (this version reads 1)`,
    );
  }
  const parsed = organisationExportSchema.safeParse(data);
  if (!parsed.success) {
    const fields: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path.join('.') || 'file';
      fields[key] = [...(fields[key] ?? []), issue.message];
    }
    const summary = Object.entries(fields)
      .slice(0, 5)
      .map(([k, v]) => `${k}: ${v.join(', ')}`)
      .join('; ');
    throw new ServiceError('invalid', `invalid organisation export: ${summary}`, fields);
  }
  return parsed.data as OrganisationExport;
}
