/**
 * The child process of crash.test.ts: a real server on a PGlite data directory (no demo seed).
 * `serve <dataDir>` opens (on first start: creates) the database, makes an organisation with an
 * open survey and an open link once, serves the app on a free port and prints
 * `{"port", "token", "surveyId"}`. On SIGTERM it prints the survey's stored responses as
 * `{"rows": [...]}`, closes the database and exits.
 */
import { eq } from 'drizzle-orm';
import { migrate, openDatabase, schema } from '../../../src/db/index.ts';
import { startServer } from '../../../src/server/start.ts';
import { createServices } from '../../../src/services/create-services.ts';

const [mode, dataDir] = process.argv.slice(2);
if (mode !== 'serve' || !dataDir) throw new Error('usage: crash-server.ts serve <dataDir>');

const database = await openDatabase({ dataDir, databaseUrl: null });
await migrate(database);
const services = createServices(database);
const surveys = services.surveys;
const [org] = await database.db
  .select()
  .from(schema.organisations)
  .where(eq(schema.organisations.slug, 'crash'));
if (!org) {
  // First start: an organisation without the demo data; the system (as the CLI does) sets it up.
  await database.db
    .insert(schema.organisations)
    .values({ slug: 'crash', name: 'Crash', nameKo: '충돌', city: 'Busan' });
  const created = await surveys.createSurvey('system', 'crash', {
    kind: 'other',
    title: { en: 'Crash', ko: '충돌' },
    definition: {
      pages: [
        {
          name: 'p',
          elements: [{ type: 'rating', name: 'score', isRequired: true, rateMin: 1, rateMax: 10 }],
        },
      ],
    },
  });
  await surveys.publishSurvey('system', 'crash', created.id);
  await surveys.setSurveyStatus('system', 'crash', created.id, 'open');
  await surveys.createLink('system', 'crash', created.id, { ratePerMinute: 10_000 });
}
const surveyId = (await surveys.listSurveys('system', 'crash'))[0]?.id ?? '';
const detail = await surveys.getSurvey('system', 'crash', surveyId);
const server = await startServer({ services, port: 0, webDir: null, logLevel: 'silent' });
process.stdout.write(`${JSON.stringify({ port: server.port, token: detail.links[0]?.token, surveyId })}\n`);

process.once('SIGTERM', () => {
  void (async () => {
    await server.close();
    const rows = await database.db
      .select({
        id: schema.surveyResponses.id,
        key: schema.surveyResponses.idempotencyKey,
        status: schema.surveyResponses.status,
      })
      .from(schema.surveyResponses)
      .where(eq(schema.surveyResponses.surveyId, surveyId));
    await database.close();
    process.stdout.write(`${JSON.stringify({ rows })}\n`);
    process.exit(0);
  })();
});
