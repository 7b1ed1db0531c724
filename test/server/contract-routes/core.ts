/** Every route of docs/api-contract.md, as OpenAPI path templates. */
export const CORE_ROUTES = [
  'get /api/health',
  'get /api/auth/csrf',
  'post /api/auth/sign-in',
  'get /api/auth/session',
  'post /api/auth/sign-out',
  'get /api/organisation',
  'patch /api/organisation',
  'get /api/public/organisations/{slug}',
  'get /api/users',
  'post /api/users',
  'patch /api/users/{id}',
  'delete /api/users/{id}',
  'get /api/audit',
  'get /api/published/history',
  'get /api/openapi.json',
  'get /api/docs',
];
