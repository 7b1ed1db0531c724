/** The survey repositories, for src/services/surveys (one import path for the whole area). */
export * from './surveys-definitions.ts';
export * from './surveys-distribution.ts';
export * from './surveys-responses.ts';
export * from './surveys-rows.ts';
