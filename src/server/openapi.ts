/** The OpenAPI 3.1 document of the app, generated from the route declarations. */
import packageJson from '../../package.json' with { type: 'json' };
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from './cookies.ts';
import { CSRF_SCHEME, SESSION_SCHEME } from './openapi-helpers.ts';
import type { ApiApp } from './routes/deps.ts';

export type OpenApiDocument = ReturnType<ApiApp['getOpenAPI31Document']>;

export const API_TITLE = 'CityBench';
export const API_VERSION: string = packageJson.version;

/** Tag order in the document and in /api/docs. */
const TAGS = [
  { name: 'System', description: 'Health and the API description itself' },
  { name: 'Auth', description: 'Sessions and CSRF tokens' },
  { name: 'Organisation', description: 'The organisation of the signed-in user, and public ones' },
  { name: 'Users', description: 'Members and their roles' },
  { name: 'Audit', description: 'Who changed what' },
  { name: 'Published data', description: 'Reference data as published, no sign-in needed' },
];

export function registerSecuritySchemes(app: ApiApp): void {
  app.openAPIRegistry.registerComponent('securitySchemes', SESSION_SCHEME, {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: 'Set by POST /api/auth/sign-in (HttpOnly).',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', CSRF_SCHEME, {
    type: 'apiKey',
    in: 'header',
    name: CSRF_HEADER,
    description: `Must equal the ${CSRF_COOKIE} cookie (double-submit); see GET /api/auth/csrf.`,
  });
}

export function buildOpenApiDocument(app: ApiApp): OpenApiDocument {
  return app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: API_TITLE,
      version: API_VERSION,
      description: 'Errors are application/problem+json. State-changing requests need the CSRF header.',
    },
    tags: TAGS,
  });
}
