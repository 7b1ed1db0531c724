/**
 * Strategic plans use cases (issue 5): the part of the Services contract for plans. Kept apart
 * from contract.ts so the plans module can grow without touching the shared file. Types only:
 * the web imports them too.
 */
export type PlanServices = Record<never, never>;
