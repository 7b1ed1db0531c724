import { PlaceholderPage } from '../PlaceholderPage.tsx';

/** The surveys module: every page under /surveys (the sub-path is read here). */
export function SurveysModule() {
  return <PlaceholderPage module="surveys" />;
}
