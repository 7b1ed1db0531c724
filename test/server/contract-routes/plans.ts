/** Every route of docs/api-contract-plans.md, as OpenAPI path templates. */
export const PLAN_ROUTES: string[] = [];
