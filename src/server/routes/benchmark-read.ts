/** GET routes of the benchmark API: framework, cities, editions, results, model input, profile, compare. */
import { createRoute } from '@hono/zod-openapi';
import type { BenchmarkCaller, BenchmarkServices } from '../../services/contract.ts';
import { jsonResponse, problemResponses, sessionSecurity } from '../openapi-helpers.ts';
import {
  CityListSchema,
  CityParamSchema,
  CityProfileSchema,
  CompareQuerySchema,
  ComparisonSchema,
  EditionDetailSchema,
  EditionListSchema,
  EditionParamSchema,
  FrameworkSchema,
  ModelInputSchema,
  SlugParamSchema,
} from './benchmark-schemas.ts';
import type { ApiApp } from './deps.ts';

const BASE = '/api/orgs/{slug}/benchmark';
const tags = ['Benchmark'];
/** Signed-out callers may read a public organisation; the session is optional. */
const security = [{}, ...sessionSecurity];

const framework = createRoute({
  method: 'get',
  path: `${BASE}/framework`,
  tags,
  summary: 'Areas, survey dimensions and instrumental factors',
  security,
  request: { params: SlugParamSchema },
  responses: { 200: jsonResponse(FrameworkSchema, 'The framework'), ...problemResponses(400, 404) },
});

const cities = createRoute({
  method: 'get',
  path: `${BASE}/cities`,
  tags,
  summary: 'The benchmarked cities',
  security,
  request: { params: SlugParamSchema },
  responses: {
    200: jsonResponse(CityListSchema, 'Cities in framework order'),
    ...problemResponses(400, 404),
  },
});

const editions = createRoute({
  method: 'get',
  path: `${BASE}/editions`,
  tags,
  summary: 'Editions, newest first (drafts for analysts and above)',
  security,
  request: { params: SlugParamSchema },
  responses: { 200: jsonResponse(EditionListSchema, 'Editions'), ...problemResponses(400, 404) },
});

const edition = createRoute({
  method: 'get',
  path: `${BASE}/editions/{number}`,
  tags,
  summary: 'One edition with its results, by rank (associates last)',
  security,
  request: { params: EditionParamSchema },
  responses: { 200: jsonResponse(EditionDetailSchema, 'Edition and results'), ...problemResponses(400, 404) },
});

const modelInput = createRoute({
  method: 'get',
  path: `${BASE}/editions/{number}/model-input`,
  tags,
  summary: "The engine's input for one edition (what-if in the browser)",
  security,
  request: { params: EditionParamSchema },
  responses: { 200: jsonResponse(ModelInputSchema, 'Model input'), ...problemResponses(400, 404) },
});

const cityProfile = createRoute({
  method: 'get',
  path: `${BASE}/cities/{code}`,
  tags,
  summary: 'One city: history, latest result, factor contributions, nearest peers',
  security,
  request: { params: CityParamSchema },
  responses: { 200: jsonResponse(CityProfileSchema, 'City profile'), ...problemResponses(400, 404, 409) },
});

const compare = createRoute({
  method: 'get',
  path: `${BASE}/compare`,
  tags,
  summary: 'Two editions compared: movers, top-N entrants and leavers, streaks, regional change',
  security,
  request: { params: SlugParamSchema, query: CompareQuerySchema },
  responses: { 200: jsonResponse(ComparisonSchema, 'Comparison'), ...problemResponses(400, 404) },
});

export function registerBenchmarkReadRoutes(
  app: ApiApp,
  benchmark: BenchmarkServices,
  caller: (session: { actor: BenchmarkCaller } | null) => BenchmarkCaller,
): void {
  app.openapi(framework, async (c) => {
    const result = await benchmark.framework(caller(c.get('session')), c.req.valid('param').slug);
    return c.json(FrameworkSchema.parse(result), 200);
  });

  app.openapi(cities, async (c) => {
    const items = await benchmark.cities(caller(c.get('session')), c.req.valid('param').slug);
    return c.json(CityListSchema.parse({ items }), 200);
  });

  app.openapi(editions, async (c) => {
    const items = await benchmark.editions(caller(c.get('session')), c.req.valid('param').slug);
    return c.json(EditionListSchema.parse({ items }), 200);
  });

  app.openapi(edition, async (c) => {
    const { slug, number } = c.req.valid('param');
    const result = await benchmark.edition(caller(c.get('session')), slug, number);
    return c.json(EditionDetailSchema.parse(result), 200);
  });

  app.openapi(modelInput, async (c) => {
    const { slug, number } = c.req.valid('param');
    // Not re-parsed: tens of thousands of numbers, produced by the service with exactly this shape.
    const result = await benchmark.modelInput(caller(c.get('session')), slug, number);
    return c.json(result as unknown as ReturnType<typeof ModelInputSchema.parse>, 200);
  });

  app.openapi(cityProfile, async (c) => {
    const { slug, code } = c.req.valid('param');
    const result = await benchmark.cityProfile(caller(c.get('session')), slug, code);
    return c.json(CityProfileSchema.parse(result), 200);
  });

  app.openapi(compare, async (c) => {
    const { slug } = c.req.valid('param');
    const result = await benchmark.compare(caller(c.get('session')), slug, c.req.valid('query'));
    return c.json(ComparisonSchema.parse(result), 200);
  });
}
