import { createApp } from '../../src/server/app.ts';
import { createJsonLogger } from '../../src/server/logger.ts';
import { openRuntime } from '../../src/services/index.ts';
import { assessmentsCsv, factorValuesCsv } from '../../test/services/benchmark-support.ts';
import type { BenchRow, BenchSuite } from '../suite.ts';

// Issue 4: a full-size edition's data imported the way the edition management page sends it
// (raw CSV bodies over HTTP, validated row by row, all or nothing), then built, on embedded
// PGlite. The rows are SCI 11 of the synthetic demo, re-imported as a new draft edition.
const ADMIN = { email: 'bench-admin@citybench.local', password: 'bench password 1234' };

export const suite: BenchSuite = {
  name: 'edition-import',
  async run(): Promise<BenchRow[]> {
    const runtime = await openRuntime(
      { dataDir: '', databaseUrl: null, sessionTtlHours: 8 },
      { inMemory: true },
    );
    try {
      await runtime.operator.seedDemo();
      await runtime.operator.createAdmin({ ...ADMIN, orgSlug: 'busan' });
      const app = createApp({
        services: runtime.services,
        webDir: null,
        logger: createJsonLogger({ level: 'error', write: () => {} }),
      });
      const benchmark = runtime.services.benchmark;
      const source = await benchmark.modelInput('system', 'busan', 11);
      const codes = (await benchmark.framework('system', 'busan')).factors.map((f) => f.code);
      const files = {
        'factor-values': factorValuesCsv(source, codes),
        assessments: assessmentsCsv(source, '2025-05-15'),
      };

      const csrf = (await (await app.request('/api/auth/csrf')).json()) as { csrfToken: string };
      let cookie = `cb_csrf=${csrf.csrfToken}`;
      const post = (path: string, body: string, type: string) =>
        app.request(path, {
          method: 'POST',
          headers: { 'x-csrf-token': csrf.csrfToken, cookie, 'content-type': type },
          body,
        });
      const signIn = await post('/api/auth/sign-in', JSON.stringify(ADMIN), 'application/json');
      const session = /cb_session=([^;]+)/.exec(signIn.headers.get('set-cookie') ?? '')?.[1];
      if (!session) throw new Error(`bench sign-in failed: ${signIn.status}`);
      cookie += `; cb_session=${session}`;

      const rows: BenchRow[] = [];
      let edition = 12;
      const timeOnce = async (label: string, path: (n: number) => string, body: string, type: string) => {
        const start = performance.now();
        const response = await post(path(edition), body, type);
        const ms = performance.now() - start;
        if (!response.ok) throw new Error(`${label}: ${response.status} ${await response.text()}`);
        return { ms, text: await response.text() };
      };
      // Three fresh draft editions; each run imports both files and builds.
      const times = { fv: [] as number[], as: [] as number[], build: [] as number[] };
      for (let run = 0; run < 3; run++, edition++) {
        await benchmark.createEdition('system', 'busan', {
          number: edition,
          label: `SCI ${edition} (bench)`,
          publishedOn: '2025-11-15',
        });
        const base = (n: number) => `/api/orgs/busan/benchmark/editions/${n}`;
        times.fv.push(
          (
            await timeOnce(
              'factor values',
              (n) => `${base(n)}/factor-values`,
              files['factor-values'],
              'text/csv',
            )
          ).ms,
        );
        times.as.push(
          (await timeOnce('assessments', (n) => `${base(n)}/assessments`, files.assessments, 'text/csv')).ms,
        );
        times.build.push((await timeOnce('build', (n) => `${base(n)}/build`, '{}', 'application/json')).ms);
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1] ?? Number.NaN;
      const nAssessments = files.assessments.split('\n').length - 2;
      const nValues = files['factor-values'].split('\n').length - 2;
      rows.push(
        {
          suite: 'edition-import',
          case: 'import factor values over HTTP (CSV, validated, all or nothing)',
          medianMs: median(times.fv),
          runs: 3,
          target: '< 5 s',
          met: median(times.fv) < 5000,
          note: `${nValues} values, ${(files['factor-values'].length / 1e6).toFixed(2)} MB, PGlite`,
        },
        {
          suite: 'edition-import',
          case: 'import assessments over HTTP (CSV, validated, all or nothing)',
          medianMs: median(times.as),
          runs: 3,
          target: '< 10 s',
          met: median(times.as) < 10_000,
          note: `${nAssessments} assessments, ${(files.assessments.length / 1e6).toFixed(2)} MB, PGlite`,
        },
        {
          suite: 'edition-import',
          case: 'build the imported edition over HTTP (model, ranks, stored results)',
          medianMs: median(times.build),
          runs: 3,
          target: '< 10 s',
          met: median(times.build) < 10_000,
          note: 'includes storing every result row in PGlite',
        },
      );
      return rows;
    } finally {
      await runtime.close();
    }
  },
};
