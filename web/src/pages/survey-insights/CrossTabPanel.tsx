import { useMemo, useState } from 'react';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useApiData } from '../../components/useApiData.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import {
  BY_RESPONDENT_GROUP,
  crossTabGroupings,
  crossTabQuestions,
  defaultCrossTab,
  sharePercent,
} from './analyticsView.ts';
import { getCrossTab, type SurveyAnalytics, type SurveyCrossTab } from './api.ts';
import { crosstabHeatmapOption } from './chartOptions.ts';
import { SizedChart } from './SizedChart.tsx';
import { rowTotals } from './tables.ts';

/** One question's answers split by respondent group (or by another single-choice question). */
export function CrossTabPanel({ slug, analytics }: { slug: string; analytics: SurveyAnalytics }) {
  const { t, language } = useI18n();
  const initial = defaultCrossTab(analytics);
  const [question, setQuestion] = useState(initial?.question ?? '');
  const [by, setBy] = useState(initial?.by ?? BY_RESPONDENT_GROUP);
  const questions = crossTabQuestions(analytics);
  const groupings = crossTabGroupings(analytics, question);
  const byValue = groupings.some((g) => g.name === by) ? by : BY_RESPONDENT_GROUP;
  const surveyId = analytics.survey.id;
  const [table, reload] = useApiData(`crosstab:${slug}:${surveyId}:${question}:${byValue}:${language}`, () =>
    question
      ? getCrossTab(slug, surveyId, { question, by: byValue, lang: language })
      : new Promise<SurveyCrossTab>(() => {}),
  );
  if (!initial) return null;
  return (
    <section className="card si-crosstab" aria-labelledby="si-crosstab-heading" data-testid="crosstab">
      <h2 id="si-crosstab-heading">{t('analytics.crosstabHeading')}</h2>
      <p>{t('analytics.crosstabIntro')}</p>
      <div className="form-grid si-crosstab-form">
        <div className="field">
          <label htmlFor="si-crosstab-question">{t('analytics.crosstabQuestion')}</label>
          <select id="si-crosstab-question" value={question} onChange={(e) => setQuestion(e.target.value)}>
            {questions.map((q) => (
              <option key={q.name} value={q.name}>
                {q.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="si-crosstab-by">{t('analytics.crosstabBy')}</label>
          <select id="si-crosstab-by" value={byValue} onChange={(e) => setBy(e.target.value)}>
            {groupings.map((g) => (
              <option key={g.name} value={g.name}>
                {g.title ?? t('analytics.crosstabByGroup')}
              </option>
            ))}
          </select>
        </div>
      </div>
      {table.status === 'error' ? <ProblemMessage error={table.error} onRetry={reload} /> : null}
      {table.status === 'loading' ? <p role="status">{t('app.loading')}</p> : null}
      {table.status === 'ready' ? <CrossTabView table={table.data} /> : null}
    </section>
  );
}

function CrossTabView({ table }: { table: SurveyCrossTab }) {
  const { t } = useI18n();
  const noGroup = t('analytics.noGroup');
  const groupLabel = (label: string) => label || noGroup;
  const matrix = useMemo(
    () => ({
      rows: table.rows.map((r) => r.label),
      columns: table.columns.map((c) => c.label || noGroup),
      counts: table.counts,
    }),
    [table, noGroup],
  );
  const option = useMemo(
    () =>
      crosstabHeatmapOption(matrix, {
        rows: table.question.title,
        columns: table.by.title,
        count: t('analytics.count'),
      }),
    [matrix, table, t],
  );
  const totals = rowTotals(matrix);
  return (
    <>
      <SizedChart
        height={Math.max(220, 120 + table.rows.length * 40)}
        option={option}
        label={t('analytics.crosstabSummary', { question: table.question.title, by: table.by.title })}
      />
      <TableScroll
        label={t('analytics.crosstabSummary', { question: table.question.title, by: table.by.title })}
      >
        <table className="data-table si-crosstab-table" data-testid="crosstab-table">
          <thead>
            <tr>
              <th scope="col">{table.question.title}</th>
              {table.columns.map((c) => (
                <th key={c.value} scope="col" className="numeric">
                  {groupLabel(c.label)} <span className="muted">(n={c.responses})</span>
                </th>
              ))}
              <th scope="col" className="numeric">
                {t('analytics.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={row.value}>
                <th scope="row">{row.label}</th>
                {table.columns.map((c, ci) => (
                  <td key={c.value} className="numeric">
                    {table.counts[r]?.[ci] ?? 0}{' '}
                    <span className="muted">
                      ({c.responses > 0 ? sharePercent(table.shares[r]?.[ci] ?? 0) : '–'})
                    </span>
                  </td>
                ))}
                <td className="numeric">{totals[r]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
