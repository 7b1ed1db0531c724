import { PageHeading } from '../../components/PageHeading.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Link } from '../../router/Link.tsx';
import { ROUTES } from '../../router/routes.ts';
import { usePath } from '../../router/usePath.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { type InsightSection, innovationProfilePath, surveyPath } from '../surveys/surveyPaths.ts';
import { AnalyticsPage } from './AnalyticsPage.tsx';
import { IntoIndexPage } from './IntoIndexPage.tsx';

/** The insight sections of a survey: analytics and into-index. */
export function SurveyInsightSection({ surveyId, section }: { surveyId: string; section: InsightSection }) {
  const { t } = useI18n();
  const { state } = useSession();
  const path = usePath();
  if (state.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (state.status !== 'signed-in') {
    return (
      <section className="narrow">
        <PageHeading>
          {t(section === 'analytics' ? 'analytics.loadingHeading' : 'intoIndex.loadingHeading')}
        </PageHeading>
        <p>
          {t('surveyInsights.signInRequired')}{' '}
          <Link href={`${ROUTES.signIn}?next=${encodeURIComponent(path)}`}>{t('auth.signIn')}</Link>
        </p>
      </section>
    );
  }
  const { organisation, role } = state.session;
  return (
    <>
      <InsightNav surveyId={surveyId} section={section} />
      {section === 'analytics' ? (
        <AnalyticsPage slug={organisation.slug} surveyId={surveyId} />
      ) : (
        <IntoIndexPage slug={organisation.slug} surveyId={surveyId} role={role} />
      )}
    </>
  );
}

/** Links between the survey's pages, its insight sections and the innovation-capacity profile. */
export function InsightNav({ surveyId, section }: { surveyId: string; section: InsightSection }) {
  const { t } = useI18n();
  const current = (s: InsightSection) => (s === section ? 'page' : undefined);
  return (
    <nav className="sub-nav si-nav" aria-label={t('surveyInsights.nav')}>
      <ul>
        <li>
          <Link href={surveyPath(surveyId)}>{t('surveyInsights.backToSurvey')}</Link>
        </li>
        <li>
          <Link href={surveyPath(surveyId, 'analytics')} aria-current={current('analytics')}>
            {t('surveyInsights.analytics')}
          </Link>
        </li>
        <li>
          <Link href={surveyPath(surveyId, 'into-index')} aria-current={current('into-index')}>
            {t('surveyInsights.intoIndex')}
          </Link>
        </li>
        <li>
          <Link href={innovationProfilePath()}>{t('surveyInsights.profileLink')}</Link>
        </li>
      </ul>
    </nav>
  );
}
