import { createRoute, z } from '@hono/zod-openapi';
import {
  jsonBody,
  jsonResponse,
  problemResponses,
  sessionAndCsrfSecurity,
  sessionSecurity,
} from '../openapi-helpers.ts';
import { IdParamSchema, MemberViewSchema, RoleSchema } from '../schemas.ts';
import { currentSession, requireRole } from '../security/session.ts';
import type { ApiApp, RouteDeps } from './deps.ts';

const MemberListSchema = z.object({ items: z.array(MemberViewSchema) }).openapi('MemberList');

const NewUserSchema = z
  .strictObject({
    email: z.email().max(320),
    name: z.string().trim().min(1).max(200),
    role: RoleSchema,
    password: z.string().min(8).max(1024),
  })
  .openapi('NewUser');

const RoleChangeSchema = z.strictObject({ role: RoleSchema }).openapi('RoleChange');

const adminOnly = requireRole('admin');

const list = createRoute({
  method: 'get',
  path: '/api/users',
  tags: ['Users'],
  summary: 'Members of the organisation (admin)',
  security: sessionSecurity,
  middleware: [adminOnly],
  responses: {
    200: jsonResponse(MemberListSchema, 'All members'),
    ...problemResponses(401, 403),
  },
});

const create = createRoute({
  method: 'post',
  path: '/api/users',
  tags: ['Users'],
  summary: 'Add a member (admin)',
  security: sessionAndCsrfSecurity,
  middleware: [adminOnly],
  request: { body: jsonBody(NewUserSchema) },
  responses: {
    201: jsonResponse(MemberViewSchema, 'The new member'),
    ...problemResponses(400, 401, 403, 409, 413),
  },
});

const setRole = createRoute({
  method: 'patch',
  path: '/api/users/{id}',
  tags: ['Users'],
  summary: "Change a member's role (admin)",
  security: sessionAndCsrfSecurity,
  middleware: [adminOnly],
  request: { params: IdParamSchema, body: jsonBody(RoleChangeSchema) },
  responses: {
    200: jsonResponse(MemberViewSchema, 'The member with the new role'),
    ...problemResponses(400, 401, 403, 404, 409, 413),
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/users/{id}',
  tags: ['Users'],
  summary: 'Remove a member (admin)',
  security: sessionAndCsrfSecurity,
  middleware: [adminOnly],
  request: { params: IdParamSchema },
  responses: {
    204: { description: 'Removed' },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

export function registerUserRoutes(app: ApiApp, { services }: RouteDeps): void {
  app.openapi(list, async (c) => {
    const { actor } = currentSession(c.get('session'));
    const items = await services.users.list(actor);
    return c.json(MemberListSchema.parse({ items }), 200);
  });

  app.openapi(create, async (c) => {
    const { actor } = currentSession(c.get('session'));
    const member = await services.users.create(actor, c.req.valid('json'));
    return c.json(MemberViewSchema.parse(member), 201);
  });

  app.openapi(setRole, async (c) => {
    const { actor } = currentSession(c.get('session'));
    const member = await services.users.setRole(actor, c.req.valid('param').id, c.req.valid('json').role);
    return c.json(MemberViewSchema.parse(member), 200);
  });

  app.openapi(remove, async (c) => {
    const { actor } = currentSession(c.get('session'));
    await services.users.remove(actor, c.req.valid('param').id);
    return c.body(null, 204);
  });
}
