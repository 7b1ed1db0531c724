/**
 * The HTTP app: middleware order is the security model, so it is all in one place here.
 * requestContext (id, access log) > secure headers > for /api: body limit, origin, CSRF,
 * session > routes > web app > 404.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { Services } from '../services/contract.ts';
import type { AppEnv } from './context.ts';
import type { Logger } from './logger.ts';
import { registerSecuritySchemes } from './openapi.ts';
import {
  createErrorHandler,
  notFoundProblem,
  ProblemError,
  payloadTooLarge,
  validationHook,
} from './problem.ts';
import { requestContext } from './request-context.ts';
import { registerAuditRoutes } from './routes/audit.ts';
import { registerAuthRoutes } from './routes/auth.ts';
import { registerBenchmarkRoutes } from './routes/benchmark.ts';
import type { ApiApp, RouteDeps } from './routes/deps.ts';
import { registerDocsRoutes } from './routes/docs.ts';
import { registerHealthRoutes } from './routes/health.ts';
import { registerOrganisationRoutes } from './routes/organisation.ts';
import { registerPlanRoutes } from './routes/plans.ts';
import { registerPublishedRoutes } from './routes/published.ts';
import { registerSurveyRoutes } from './routes/surveys.ts';
import { registerUserRoutes } from './routes/users.ts';
import { csrfProtection } from './security/csrf.ts';
import { sameOriginOnly } from './security/origin.ts';
import { loadSession } from './security/session.ts';
import { isApiPath, registerWebApp } from './static.ts';

export const MAX_BODY_BYTES = 1024 * 1024;
/** Data imports (a full edition's assessments is ~1.3 MB of CSV) get a larger, still bounded, limit. */
export const MAX_IMPORT_BODY_BYTES = 32 * 1024 * 1024;
const IMPORT_PATH =
  /^\/api\/orgs\/[^/]+\/(benchmark\/editions\/[^/]+\/(factor-values|assessments)|plans\/import|plans\/[^/]+\/import)$/;

export interface CreateAppOptions {
  services: Services;
  /** Directory of the built web app (dist/web); null or missing serves a "run npm run build" page. */
  webDir: string | null;
  logger: Logger;
  /** Clock for cookie lifetimes; injectable for tests. */
  now?: () => Date;
}

export function createApp(options: CreateAppOptions): ApiApp {
  const { services, webDir, logger } = options;
  const deps: RouteDeps = { services, now: options.now ?? (() => new Date()) };
  const app: ApiApp = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.use('*', requestContext(logger));
  // No CSP here: the docs page sets its own, and the web app's belongs with its build. No HSTS:
  // whoever terminates TLS decides that, and includeSubDomains could break a city's other hosts.
  app.use('*', secureHeaders({ strictTransportSecurity: false }));
  const tooLarge = () => {
    throw new ProblemError(payloadTooLarge());
  };
  const defaultLimit = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: tooLarge });
  const importLimit = bodyLimit({ maxSize: MAX_IMPORT_BODY_BYTES, onError: tooLarge });
  app.use('/api/*', (c, next) =>
    IMPORT_PATH.test(c.req.path) ? importLimit(c, next) : defaultLimit(c, next),
  );
  app.use('/api/*', sameOriginOnly());
  app.use('/api/*', csrfProtection());
  app.use('/api/*', loadSession(services));

  registerSecuritySchemes(app);
  registerHealthRoutes(app, deps);
  registerAuthRoutes(app, deps);
  registerOrganisationRoutes(app, deps);
  registerUserRoutes(app, deps);
  registerAuditRoutes(app, deps);
  registerPublishedRoutes(app, deps);
  registerBenchmarkRoutes(app, deps);
  registerPlanRoutes(app, deps);
  registerSurveyRoutes(app, deps);
  registerDocsRoutes(app);
  registerWebApp(app, webDir);

  app.notFound((c) => (isApiPath(c.req.path) ? notFoundProblem(c) : c.text('Not found', 404)));
  app.onError(createErrorHandler(logger));
  return app;
}
