/**
 * Paths of the surveys module. Collection sections belong to pages/surveys, insight sections and
 * the innovation-capacity profile to pages/survey-insights; SurveysModule sends each path to its owner.
 */
export const COLLECTION_SECTIONS = ['overview', 'edit', 'distribute', 'responses'] as const;
export const INSIGHT_SECTIONS = ['analytics', 'into-index'] as const;
export type CollectionSection = (typeof COLLECTION_SECTIONS)[number];
export type InsightSection = (typeof INSIGHT_SECTIONS)[number];
export type SurveySection = CollectionSection | InsightSection;

/** The innovation-capacity profile page (not tied to one survey). */
export const INNOVATION_PROFILE_SEGMENT = 'innovation-profile';

export type SurveyPath =
  | { kind: 'list' }
  | { kind: 'innovationProfile' }
  | { kind: 'collection'; surveyId: string; section: CollectionSection }
  | { kind: 'insight'; surveyId: string; section: InsightSection }
  | { kind: 'unknown' };

const isIn = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

export function parseSurveyPath(path: string): SurveyPath {
  const parts = path.replace(/\/+$/, '').split('/').filter(Boolean);
  if (parts[0] !== 'surveys') return { kind: 'unknown' };
  const [, surveyId, section = 'overview', ...rest] = parts;
  if (surveyId === undefined) return { kind: 'list' };
  if (rest.length > 0) return { kind: 'unknown' };
  if (surveyId === INNOVATION_PROFILE_SEGMENT)
    return parts.length === 2 ? { kind: 'innovationProfile' } : { kind: 'unknown' };
  if (isIn(COLLECTION_SECTIONS, section)) return { kind: 'collection', surveyId, section };
  if (isIn(INSIGHT_SECTIONS, section)) return { kind: 'insight', surveyId, section };
  return { kind: 'unknown' };
}

export const surveysPath = () => '/surveys';
export const innovationProfilePath = () => `/surveys/${INNOVATION_PROFILE_SEGMENT}`;
export const surveyPath = (surveyId: string, section: SurveySection = 'overview') =>
  section === 'overview'
    ? `/surveys/${encodeURIComponent(surveyId)}`
    : `/surveys/${encodeURIComponent(surveyId)}/${section}`;
export const respondPath = (token: string) => `/respond/${encodeURIComponent(token)}`;
