/** Every survey-insights route of docs/api-contract-survey-insights.md, as OpenAPI path templates. */
export const SURVEY_INSIGHT_ROUTES: string[] = [
  'get /api/orgs/{slug}/surveys/{id}/analytics',
  'get /api/orgs/{slug}/surveys/{id}/analytics/crosstab',
  'get /api/orgs/{slug}/surveys/{id}/analytics/free-text',
  'get /api/orgs/{slug}/surveys/{id}/export',
  'get /api/orgs/{slug}/surveys/{id}/summary',
  'get /api/orgs/{slug}/surveys/{id}/into-index/preview',
  'post /api/orgs/{slug}/surveys/{id}/into-index',
  'get /api/orgs/{slug}/innovation-profile',
];
