import { useMemo } from 'react';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useApiData } from '../../components/useApiData.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { getAnalytics, type SurveyAnalytics } from './api.ts';
import { CrossTabPanel } from './CrossTabPanel.tsx';
import { barChartHeight, distributionOption } from './chartOptions.ts';
import { ExportPanel } from './ExportPanel.tsx';
import { FreeTextPanel } from './FreeTextPanel.tsx';
import { IllustrativeNote } from './OriginBadge.tsx';
import { QuestionBlock } from './QuestionBlock.tsx';
import { SizedChart } from './SizedChart.tsx';

/** /surveys/{id}/analytics: distributions per question, cross-tabs, free text and exports. */
export function AnalyticsPage({ slug, surveyId }: { slug: string; surveyId: string }) {
  const { t, language } = useI18n();
  const [analytics, reload] = useApiData(`analytics:${slug}:${surveyId}:${language}`, () =>
    getAnalytics(slug, surveyId, language),
  );
  if (analytics.status === 'ready') return <AnalyticsView slug={slug} analytics={analytics.data} />;
  return (
    <article className="survey-insights si-analytics">
      <PageHeading>{t('analytics.loadingHeading')}</PageHeading>
      {analytics.status === 'error' ? (
        <ProblemMessage error={analytics.error} onRetry={reload} />
      ) : (
        <p role="status">{t('app.loading')}</p>
      )}
    </article>
  );
}

function AnalyticsView({ slug, analytics }: { slug: string; analytics: SurveyAnalytics }) {
  const { t } = useI18n();
  const { survey, denominator } = analytics;
  const groupBars = useMemo(
    () => analytics.byGroup.map((g) => ({ label: g.group || t('analytics.noGroup'), count: g.count })),
    [analytics.byGroup, t],
  );
  const groupOption = useMemo(
    () => distributionOption(groupBars, denominator.responses, { count: t('analytics.count') }),
    [groupBars, denominator.responses, t],
  );
  return (
    <article className="survey-insights si-analytics" data-testid="survey-analytics">
      <PageHeading>{t('analytics.heading', { survey: survey.title })}</PageHeading>
      <p className="lead">{t('analytics.intro')}</p>
      {survey.synthetic ? (
        <IllustrativeNote text={t('surveyInsights.illustrativeNote')} provenance={survey.provenance} />
      ) : null}
      <dl className="figures card">
        <div>
          <dt>{t('analytics.responses')}</dt>
          <dd data-testid="analytics-denominator">{denominator.responses}</dd>
        </div>
        <div>
          <dt>{t('analytics.groups')}</dt>
          <dd>{analytics.byGroup.length}</dd>
        </div>
      </dl>
      <p className="source-note">{denominator.note}</p>
      {denominator.responses === 0 ? <p className="notice">{t('analytics.noResponses')}</p> : null}
      {analytics.byGroup.length > 1 ? (
        <section className="card" aria-labelledby="si-groups-heading">
          <h2 id="si-groups-heading">{t('analytics.groups')}</h2>
          <SizedChart
            height={barChartHeight(groupBars.length)}
            option={groupOption}
            label={t('analytics.distributionSummary', {
              question: t('analytics.groups'),
              points: groupBars.map((b) => `${b.label} ${b.count}`).join(', '),
            })}
          />
          <TableScroll label={t('analytics.groups')}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('analytics.groups')}</th>
                  <th scope="col" className="numeric">
                    {t('analytics.count')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {groupBars.map((g) => (
                  <tr key={g.label}>
                    <th scope="row">{g.label}</th>
                    <td className="numeric">{g.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      ) : null}
      <ExportPanel slug={slug} surveyId={survey.id} />
      <section aria-labelledby="si-questions-heading">
        <h2 id="si-questions-heading">{t('analytics.questionsHeading')}</h2>
        {analytics.questions.map((q) => (
          <QuestionBlock key={q.name} question={q} />
        ))}
      </section>
      <CrossTabPanel slug={slug} analytics={analytics} />
      <FreeTextPanel slug={slug} surveyId={survey.id} />
    </article>
  );
}
