import { describe, expect, it } from 'vitest';
import { BENCHMARK_ROUTES } from './contract-routes/benchmark.ts';
import { CORE_ROUTES } from './contract-routes/core.ts';
import { PLAN_TRACKING_ROUTES } from './contract-routes/plan-tracking.ts';
import { PLAN_ROUTES } from './contract-routes/plans.ts';
import { SURVEY_INSIGHT_ROUTES } from './contract-routes/survey-insights.ts';
import { SURVEY_ROUTES } from './contract-routes/surveys.ts';
import { createHarness } from './support/harness.ts';

/** Every route of the API contracts (docs/api-contract*.md), as OpenAPI path templates. */
const CONTRACT_ROUTES = [
  ...CORE_ROUTES,
  ...BENCHMARK_ROUTES,
  ...PLAN_ROUTES,
  ...PLAN_TRACKING_ROUTES,
  ...SURVEY_ROUTES,
  ...SURVEY_INSIGHT_ROUTES,
];

interface Operation {
  summary?: string;
  tags?: string[];
  security?: Array<Record<string, string[]>>;
  parameters?: Array<{ name: string; in: string; schema?: unknown }>;
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }>;
}

interface Document {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, { additionalProperties?: unknown }>;
    securitySchemes: Record<string, unknown>;
  };
}

async function fetchDocument(): Promise<Document> {
  const { app } = createHarness();
  const response = await app.request('/api/openapi.json');
  expect(response.status).toBe(200);
  return (await response.json()) as Document;
}

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document titled CityBench with the package version', async () => {
    const document = await fetchDocument();
    expect(document.openapi).toBe('3.1.0');
    expect(document.info).toMatchObject({
      title: 'CityBench',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
    expect(document.components.securitySchemes.sessionCookie).toEqual(
      expect.objectContaining({ type: 'apiKey', in: 'cookie', name: 'cb_session' }),
    );
  });

  it('lists exactly the routes of the contract, each with a summary, tag and typed responses', async () => {
    const document = await fetchDocument();
    const listed = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method} ${path}`),
    );
    expect(listed.sort()).toEqual([...CONTRACT_ROUTES].sort());

    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const where = `${method} ${path}`;
        expect(operation.summary, where).toBeTruthy();
        expect(operation.tags?.length, where).toBeGreaterThan(0);
        const success = Object.entries(operation.responses).filter(([status]) => status.startsWith('2'));
        expect(success.length, where).toBe(1);
        const [status, response] = success[0] ?? [];
        if (status !== '204') expect(response?.content, where).toBeDefined();
        for (const [code, problem] of Object.entries(operation.responses)) {
          if (Number(code) >= 400)
            expect(Object.keys(problem.content ?? {}), where).toEqual(['application/problem+json']);
        }
      }
    }
  });

  it('declares request bodies as strict schemas, and path and query parameters', async () => {
    const document = await fetchDocument();
    const signIn = document.paths['/api/auth/sign-in']?.post;
    expect(signIn?.requestBody?.content['application/json']?.schema).toEqual({
      $ref: '#/components/schemas/SignInRequest',
    });
    expect(document.components.schemas.SignInRequest?.additionalProperties).toBe(false);
    expect(document.components.schemas.NewUser?.additionalProperties).toBe(false);

    expect(document.paths['/api/users/{id}']?.patch?.parameters).toEqual([
      expect.objectContaining({ name: 'id', in: 'path' }),
    ]);
    const auditParameters = document.paths['/api/audit']?.get?.parameters?.map((parameter) => parameter.name);
    expect(auditParameters).toEqual(['limit', 'before']);
  });

  it('marks which routes need a session and which need the CSRF header', async () => {
    const document = await fetchDocument();
    expect(document.paths['/api/health']?.get?.security).toBeUndefined();
    expect(document.paths['/api/users']?.get?.security).toEqual([{ sessionCookie: [] }]);
    expect(document.paths['/api/users']?.post?.security).toEqual([{ sessionCookie: [], csrfHeader: [] }]);
  });
});

describe('GET /api/docs', () => {
  it('renders an HTML reference with every operation, grouped by tag, without external assets', async () => {
    const { app } = createHarness();
    const response = await app.request('/api/docs');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await response.text();

    for (const route of CONTRACT_ROUTES) {
      const [method = '', path = ''] = route.split(' ');
      expect(html, route).toContain(
        `<span class="method ${method}">${method.toUpperCase()}</span> <code>${path}</code>`,
      );
    }
    for (const tag of ['System', 'Auth', 'Organisation', 'Users', 'Audit', 'Published data']) {
      expect(html).toContain(`>${tag}</h2>`);
    }
    // Parameters, request bodies and response schemas are rendered, with links to the schemas.
    expect(html).toContain('<h4>Parameters</h4>');
    expect(html).toContain('<h4>Request body</h4>');
    expect(html).toContain('href="#schema-SessionView"');
    expect(html).toContain('id="schema-SessionView"');
    expect(html).toContain('<code>expiresAt</code>');
    // Request bodies are shown field by field inside the operation, not only as a link.
    const createUser = html.slice(
      html.indexOf('id="op-post--api-users"'),
      html.indexOf('id="op-patch--api-users-id-"'),
    );
    expect(createUser).toContain('<code>password</code>');
    expect(createUser).toContain('No other fields are accepted.');
    expect(html).not.toMatch(/<script|https?:\/\/(?!localhost)/);
  });
});
