import type {
  surveyInvitations,
  surveyLinks,
  surveyResponses,
  surveys,
  surveyVersions,
} from '../schema/index.ts';

export type SurveyRow = typeof surveys.$inferSelect;
export type NewSurvey = typeof surveys.$inferInsert;
export type SurveyVersionRow = typeof surveyVersions.$inferSelect;
export type SurveyInvitationRow = typeof surveyInvitations.$inferSelect;
export type NewSurveyInvitation = typeof surveyInvitations.$inferInsert;
export type SurveyLinkRow = typeof surveyLinks.$inferSelect;
export type SurveyResponseRow = typeof surveyResponses.$inferSelect;
