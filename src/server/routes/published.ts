import { createRoute, z } from '@hono/zod-openapi';
import { jsonResponse, problemResponses } from '../openapi-helpers.ts';
import { PublishedHistorySchema } from '../schemas.ts';
import type { ApiApp, RouteDeps } from './deps.ts';

const HistoryQuerySchema = z.strictObject({
  centre: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'centre', in: 'query' }, example: 'Busan' }),
});

const history = createRoute({
  method: 'get',
  path: '/api/published/history',
  tags: ['Published data'],
  summary: 'The Smart Centres Index as published, for one centre',
  request: { query: HistoryQuerySchema },
  responses: {
    200: jsonResponse(PublishedHistorySchema, 'Editions and ranks of the centre'),
    ...problemResponses(400, 404),
  },
});

export function registerPublishedRoutes(app: ApiApp, { services }: RouteDeps): void {
  app.openapi(history, async (c) => {
    const result = await services.published.history(c.req.valid('query').centre);
    return c.json(PublishedHistorySchema.parse(result), 200);
  });
}
