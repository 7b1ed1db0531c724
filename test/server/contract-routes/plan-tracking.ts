/** Every plan-tracking route of docs/api-contract-plans.md, as OpenAPI path templates. */
export const PLAN_TRACKING_ROUTES: string[] = [];
