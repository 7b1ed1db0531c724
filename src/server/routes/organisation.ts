import { createRoute, z } from '@hono/zod-openapi';
import {
  jsonBody,
  jsonResponse,
  problemResponses,
  sessionAndCsrfSecurity,
  sessionSecurity,
} from '../openapi-helpers.ts';
import { OrganisationViewSchema } from '../schemas.ts';
import { currentSession, requireRole, requireSession } from '../security/session.ts';
import type { ApiApp, RouteDeps } from './deps.ts';

const OrganisationPatchSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(200).optional(),
    nameKo: z.string().trim().min(1).max(200).optional(),
    isPublic: z.boolean().optional(),
  })
  .openapi('OrganisationPatch');

const SlugParamSchema = z.strictObject({
  slug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,63}$/)
    .openapi({ param: { name: 'slug', in: 'path' }, example: 'busan' }),
});

const current = createRoute({
  method: 'get',
  path: '/api/organisation',
  tags: ['Organisation'],
  summary: "The signed-in user's organisation",
  security: sessionSecurity,
  middleware: [requireSession],
  responses: {
    200: jsonResponse(OrganisationViewSchema, 'The organisation'),
    ...problemResponses(401),
  },
});

const update = createRoute({
  method: 'patch',
  path: '/api/organisation',
  tags: ['Organisation'],
  summary: 'Rename the organisation or change its visibility (admin)',
  security: sessionAndCsrfSecurity,
  middleware: [requireRole('admin')],
  request: { body: jsonBody(OrganisationPatchSchema) },
  responses: {
    200: jsonResponse(OrganisationViewSchema, 'The updated organisation'),
    ...problemResponses(400, 401, 403, 413),
  },
});

const publicBySlug = createRoute({
  method: 'get',
  path: '/api/public/organisations/{slug}',
  tags: ['Organisation'],
  summary: 'A public organisation by slug',
  request: { params: SlugParamSchema },
  responses: {
    200: jsonResponse(OrganisationViewSchema, 'The organisation'),
    ...problemResponses(400, 404),
  },
});

export function registerOrganisationRoutes(app: ApiApp, { services }: RouteDeps): void {
  app.openapi(current, async (c) => {
    const { actor } = currentSession(c.get('session'));
    return c.json(OrganisationViewSchema.parse(await services.organisations.current(actor)), 200);
  });

  app.openapi(update, async (c) => {
    const { actor } = currentSession(c.get('session'));
    const updated = await services.organisations.update(actor, c.req.valid('json'));
    return c.json(OrganisationViewSchema.parse(updated), 200);
  });

  app.openapi(publicBySlug, async (c) => {
    const organisation = await services.organisations.publicBySlug(c.req.valid('param').slug);
    return c.json(OrganisationViewSchema.parse(organisation), 200);
  });
}
