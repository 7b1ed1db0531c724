/** GET .../editions/{number}/export: the results table as a CSV or XLSX download. */
import { createRoute, z } from '@hono/zod-openapi';
import type { BenchmarkCaller, BenchmarkServices } from '../../services/contract.ts';
import { problemResponses, sessionSecurity } from '../openapi-helpers.ts';
import { EditionParamSchema, ExportQuerySchema, XLSX_TYPE } from './benchmark-schemas.ts';
import type { ApiApp } from './deps.ts';

const exportRoute = createRoute({
  method: 'get',
  path: '/api/orgs/{slug}/benchmark/editions/{number}/export',
  tags: ['Benchmark'],
  summary: 'Download the results table (CSV or XLSX)',
  security: [{}, ...sessionSecurity],
  request: { params: EditionParamSchema, query: ExportQuerySchema },
  responses: {
    200: {
      description: 'The results table as a file',
      content: {
        'text/csv': { schema: z.string() },
        [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) },
      },
    },
    ...problemResponses(400, 404),
  },
});

export function registerBenchmarkExportRoute(
  app: ApiApp,
  benchmark: BenchmarkServices,
  caller: (session: { actor: BenchmarkCaller } | null) => BenchmarkCaller,
): void {
  app.openapi(exportRoute, async (c) => {
    const { slug, number } = c.req.valid('param');
    const file = await benchmark.exportResults(
      caller(c.get('session')),
      slug,
      number,
      c.req.valid('query').format,
    );
    return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${file.filename}"`,
    }) as never;
  });
}
