import { useCallback, useEffect, useState } from 'react';
import type { Role } from '../../../../src/services/contract.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useApiData } from '../../components/useApiData.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { getSurvey, type SurveyDetail } from './api.ts';
import { localized, SignedIn, StatusBadge, SurveyNav } from './common.tsx';
import { DistributeSection } from './DistributeSection.tsx';
import { EditSection } from './EditSection.tsx';
import { OverviewSection } from './OverviewSection.tsx';
import { ResponsesSection } from './ResponsesSection.tsx';
import type { CollectionSection } from './surveyPaths.ts';

export interface SectionProps {
  slug: string;
  role: Role;
  survey: SurveyDetail;
  /** Reloads the survey (after a change) and resolves when done. */
  onChanged: (next?: SurveyDetail) => void;
}

/** /surveys/{id}[/section]: one survey's collection pages under a shared heading and nav. */
export function SurveyPage({ surveyId, section }: { surveyId: string; section: CollectionSection }) {
  const { t } = useI18n();
  return (
    <SignedIn heading={t(`surveys.section.${section}` as MessageKey)}>
      {({ slug, role }) => <LoadedSurvey slug={slug} role={role} surveyId={surveyId} section={section} />}
    </SignedIn>
  );
}

function LoadedSurvey({
  slug,
  role,
  surveyId,
  section,
}: {
  slug: string;
  role: Role;
  surveyId: string;
  section: CollectionSection;
}) {
  const { t, language } = useI18n();
  const [survey, reload] = useApiData(`survey:${slug}:${surveyId}`, () => getSurvey(slug, surveyId));
  // After a change, the fresh survey replaces the loaded one in place (no loading flash, so
  // the section keeps its "done" message); a refresh without a body re-reads it quietly.
  const [fresh, setFresh] = useState<SurveyDetail | null>(null);
  const onChanged = useCallback(
    (next?: SurveyDetail) => {
      if (next) setFresh(next);
      else void getSurvey(slug, surveyId).then(setFresh, () => reload());
    },
    [slug, surveyId, reload],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new load supersedes the in-place copy.
  useEffect(() => setFresh(null), [survey]);
  return (
    <article className="surveys survey-page">
      <SurveyNav surveyId={surveyId} section={section} />
      <Loaded value={survey} onRetry={reload}>
        {(loaded: SurveyDetail) => {
          const detail = fresh ?? loaded;
          const props: SectionProps = { slug, role, survey: detail, onChanged };
          const title = localized(detail.title, language);
          return (
            <>
              <PageHeading>
                {section === 'overview'
                  ? title
                  : `${title}: ${t(`surveys.section.${section}` as MessageKey)}`}
              </PageHeading>
              <p className="survey-meta">
                <StatusBadge status={detail.status} />
                {detail.illustrative ? (
                  <span className="badge-illustrative">{t('surveys.illustrative')}</span>
                ) : null}
              </p>
              {section === 'overview' ? <OverviewSection {...props} /> : null}
              {section === 'edit' ? <EditSection {...props} /> : null}
              {section === 'distribute' ? <DistributeSection {...props} /> : null}
              {section === 'responses' ? <ResponsesSection {...props} /> : null}
            </>
          );
        }}
      </Loaded>
    </article>
  );
}
