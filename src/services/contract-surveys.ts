/**
 * Survey use cases (issue 6): the part of the Services contract for surveys. Kept apart from
 * contract.ts so the surveys module can grow without touching the shared file. Types only:
 * the web imports them too.
 */
export type SurveyServices = Record<never, never>;
