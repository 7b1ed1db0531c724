/** Every route of docs/api-contract-plans.md, as OpenAPI path templates. */
export const PLAN_ROUTES: string[] = [
  'get /api/orgs/{slug}/plans',
  'post /api/orgs/{slug}/plans',
  'post /api/orgs/{slug}/plans/import',
  'get /api/orgs/{slug}/plans/{planId}',
  'patch /api/orgs/{slug}/plans/{planId}',
  'delete /api/orgs/{slug}/plans/{planId}',
  'get /api/orgs/{slug}/plans/{planId}/rollup',
  'get /api/orgs/{slug}/plans/{planId}/export',
  'post /api/orgs/{slug}/plans/{planId}/import',
  'get /api/orgs/{slug}/plans/{planId}/document',
  'post /api/orgs/{slug}/plans/{planId}/items',
  'get /api/orgs/{slug}/plans/{planId}/items/{itemId}',
  'patch /api/orgs/{slug}/plans/{planId}/items/{itemId}',
  'delete /api/orgs/{slug}/plans/{planId}/items/{itemId}',
  'post /api/orgs/{slug}/plans/{planId}/items/{itemId}/move',
];
