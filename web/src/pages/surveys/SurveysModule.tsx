import { usePath } from '../../router/usePath.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { PlaceholderPage } from '../PlaceholderPage.tsx';
import { InnovationProfilePage } from '../survey-insights/InnovationProfilePage.tsx';
import { SurveyInsightSection } from '../survey-insights/SurveyInsightSection.tsx';
import { parseSurveyPath } from './surveyPaths.ts';

/** The surveys module: every page under /surveys, each sent to the part that owns it. */
export function SurveysModule() {
  const parsed = parseSurveyPath(usePath());
  switch (parsed.kind) {
    case 'list':
    case 'collection':
      return <PlaceholderPage module="surveys" />;
    case 'innovationProfile':
      return <InnovationProfilePage />;
    case 'insight':
      return <SurveyInsightSection surveyId={parsed.surveyId} section={parsed.section} />;
    case 'unknown':
      return <NotFoundPage />;
  }
}
