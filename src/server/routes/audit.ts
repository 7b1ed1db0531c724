import { createRoute, z } from '@hono/zod-openapi';
import { jsonResponse, problemResponses, sessionSecurity } from '../openapi-helpers.ts';
import { AuditEntrySchema } from '../schemas.ts';
import { currentSession, requireRole } from '../security/session.ts';
import type { ApiApp, RouteDeps } from './deps.ts';

const AuditQuerySchema = z.strictObject({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .default(50)
    .openapi({ param: { name: 'limit', in: 'query' }, example: 50 }),
  before: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .openapi({ param: { name: 'before', in: 'query' }, description: 'Cursor from a previous page' }),
});

const AuditPageSchema = z
  .object({ items: z.array(AuditEntrySchema), next: z.string().nullable() })
  .openapi('AuditPage');

const list = createRoute({
  method: 'get',
  path: '/api/audit',
  tags: ['Audit'],
  summary: 'The audit log, newest first (admin)',
  security: sessionSecurity,
  middleware: [requireRole('admin')],
  request: { query: AuditQuerySchema },
  responses: {
    200: jsonResponse(AuditPageSchema, 'One page; pass `next` as `before` for the following one'),
    ...problemResponses(400, 401, 403),
  },
});

export function registerAuditRoutes(app: ApiApp, { services }: RouteDeps): void {
  app.openapi(list, async (c) => {
    const { actor } = currentSession(c.get('session'));
    const { limit, before } = c.req.valid('query');
    const page = await services.audit.list(actor, { limit, ...(before ? { before } : {}) });
    return c.json(AuditPageSchema.parse(page), 200);
  });
}
