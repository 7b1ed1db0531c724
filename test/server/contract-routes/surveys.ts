/** Every route of docs/api-contract-surveys.md, as OpenAPI path templates. */
export const SURVEY_ROUTES: string[] = [];
