/** Every survey-insights route of docs/api-contract-surveys.md, as OpenAPI path templates. */
export const SURVEY_INSIGHT_ROUTES: string[] = [];
