import { usePath } from '../../router/usePath.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { InnovationProfilePage } from '../survey-insights/InnovationProfilePage.tsx';
import { SurveyInsightSection } from '../survey-insights/SurveyInsightSection.tsx';
import { SurveyListPage } from './SurveyListPage.tsx';
import { SurveyPage } from './SurveyPage.tsx';
import { parseSurveyPath } from './surveyPaths.ts';

/** The surveys module: every page under /surveys, each sent to the part that owns it. */
export function SurveysModule() {
  const parsed = parseSurveyPath(usePath());
  switch (parsed.kind) {
    case 'list':
      return <SurveyListPage />;
    case 'collection':
      return <SurveyPage key={parsed.surveyId} surveyId={parsed.surveyId} section={parsed.section} />;
    case 'innovationProfile':
      return <InnovationProfilePage />;
    case 'insight':
      return <SurveyInsightSection surveyId={parsed.surveyId} section={parsed.section} />;
    case 'unknown':
      return <NotFoundPage />;
  }
}
