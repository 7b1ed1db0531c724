/** The survey-insight repositories, for src/services/survey-insights (one import path for the area). */
export * from './benchmark-index.ts';
export * from './survey-insights-peers.ts';
export * from './survey-insights-responses.ts';
