import { defineConfig } from 'drizzle-kit';

// `npx drizzle-kit generate` writes SQL migrations from the schema; review them, then commit.
// They are applied by src/db/migrate.ts (same code path for PGlite and PostgreSQL).
export default defineConfig({
  dialect: 'postgresql',
  schema: [
    './src/db/schema/tenancy.ts',
    './src/db/schema/published.ts',
    './src/db/schema/benchmark.ts',
    './src/db/schema/plans.ts',
    './src/db/schema/surveys.ts',
    './src/db/schema/plan-tracking.ts',
    './src/db/schema/survey-insights.ts',
  ],
  out: './src/db/migrations',
});
