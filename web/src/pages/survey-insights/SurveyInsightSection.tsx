import { PlaceholderPage } from '../PlaceholderPage.tsx';
import type { InsightSection } from '../surveys/surveyPaths.ts';

/** The insight sections of a survey: analytics and into-index. */
export function SurveyInsightSection(_props: { surveyId: string; section: InsightSection }) {
  return <PlaceholderPage module="surveys" />;
}
