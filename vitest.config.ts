import { defineConfig } from 'vitest/config';

// Suites that open a database (PGlite always; PostgreSQL too when DATABASE_URL is set). They run
// one file at a time: each PGlite costs seconds to create and the machine has two cores.
const databaseSuites = [
  'test/db/**/*.test.ts',
  'test/services/**/*.test.ts',
  'test/cli/**/*.test.ts',
  'test/server/integration.test.ts',
  'test/server/benchmark.test.ts',
  'test/server/plans/**/*.test.ts',
  'test/server/surveys/**/*.test.ts',
];

// Three projects: fast pure tests, the database contract suite (PGlite always, PostgreSQL when
// DATABASE_URL is set) and the browser suite. `npm test` runs all three.
export default defineConfig({
  test: {
    reporters: ['default', './test/support/plain-summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'web/**/*.test.ts'],
          exclude: [...databaseSuites, 'node_modules/**'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'db',
          include: databaseSuites,
          // One shared PGlite instance per worker is cheap; creating many is not (6-10 s each).
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
