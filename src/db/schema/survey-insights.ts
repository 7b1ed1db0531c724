/** Tables of survey insights, e.g. the innovation-capacity peer pool (migration 0005_survey_insights). */
export {};
