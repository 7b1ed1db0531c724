import { createRoute, z } from '@hono/zod-openapi';
import { renderDocsHtml } from '../docs-html.ts';
import { buildOpenApiDocument, type OpenApiDocument } from '../openapi.ts';
import type { ApiApp } from './deps.ts';

/** Responses of the docs pages are not parsed, so the schemas only describe them. */
const OpenApiDocumentSchema = z.looseObject({ openapi: z.string() }).openapi('OpenApiDocument');

const openApiJson = createRoute({
  method: 'get',
  path: '/api/openapi.json',
  tags: ['System'],
  summary: 'This API as an OpenAPI 3.1 document',
  responses: {
    200: { description: 'OpenAPI 3.1', content: { 'application/json': { schema: OpenApiDocumentSchema } } },
  },
});

const docsPage = createRoute({
  method: 'get',
  path: '/api/docs',
  tags: ['System'],
  summary: 'This API as a readable HTML reference',
  responses: { 200: { description: 'HTML page', content: { 'text/html': { schema: z.string() } } } },
});

/** Both pages are built once, on first request: the route table is fixed by then. */
export function registerDocsRoutes(app: ApiApp): void {
  let document: OpenApiDocument | undefined;
  let html: string | undefined;
  const getDocument = () => {
    document ??= buildOpenApiDocument(app);
    return document;
  };

  // The generator's type has no index signature; the document is a plain JSON object all the same.
  app.openapi(openApiJson, (c) =>
    c.json(getDocument() as unknown as z.infer<typeof OpenApiDocumentSchema>, 200),
  );

  app.openapi(docsPage, (c) => {
    html ??= renderDocsHtml(getDocument());
    // Inline styles only; nothing on the page should load or run anything else.
    c.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
    return c.html(html, 200);
  });
}
