import { createRoute, z } from '@hono/zod-openapi';
import { jsonResponse, problemResponses } from '../openapi-helpers.ts';
import type { ApiApp, RouteDeps } from './deps.ts';

const HealthSchema = z.object({ status: z.literal('ok') }).openapi('Health');

const health = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['System'],
  summary: 'Liveness and database reachability',
  responses: {
    200: jsonResponse(HealthSchema, 'The server and its database are up'),
    ...problemResponses(503),
  },
});

export function registerHealthRoutes(app: ApiApp, { services }: RouteDeps): void {
  app.openapi(health, async (c) => {
    await services.health();
    return c.json({ status: 'ok' as const }, 200);
  });
}
