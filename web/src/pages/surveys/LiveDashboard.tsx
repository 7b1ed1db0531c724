import { useEffect, useMemo, useRef, useState } from 'react';
import type { ApiError } from '../../api/problem.ts';
import { LazyEChart } from '../../charts/LazyEChart.tsx';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { localeOf } from '../../i18n/language.ts';
import { getStats, type SurveyStats } from './api.ts';
import { asApiError } from './common.tsx';
import { chartHeight, type GroupProgress, responseRate, responseRateOption } from './responseRate.ts';

export const POLL_MS = 5000;

/** Invited / started / submitted by group, re-read every 5 seconds while the page is open. */
export function LiveDashboard({
  slug,
  surveyId,
  onSubmittedChange,
}: {
  slug: string;
  surveyId: string;
  /** Called when the submitted total changes (the reminders list reloads then). */
  onSubmittedChange?: (submitted: number) => void;
}) {
  const { t, language } = useI18n();
  const [stats, setStats] = useState<SurveyStats | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    async function poll() {
      try {
        const next = await getStats(slug, surveyId);
        if (cancelled) return;
        setStats(next);
        setError(null);
        setUpdatedAt(new Date());
      } catch (caught) {
        if (!cancelled) setError(asApiError(caught));
      }
      // Hidden tabs poll too, but a slow answer never stacks requests: the next starts after this one.
      if (!cancelled) timer = setTimeout(poll, POLL_MS);
    }
    void poll();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [slug, surveyId]);

  const submittedTotal = stats?.total.submitted ?? null;
  const changed = useRef(onSubmittedChange);
  changed.current = onSubmittedChange;
  useEffect(() => {
    if (submittedTotal !== null) changed.current?.(submittedTotal);
  }, [submittedTotal]);

  const noGroup = t('surveys.dashboard.noGroup');
  const groups: GroupProgress[] = useMemo(
    () =>
      (stats?.groups ?? []).map((g) => ({
        group: g.group ?? '',
        invited: g.invited,
        started: g.started,
        submitted: g.submitted,
      })),
    [stats],
  );
  const option = useMemo(
    () =>
      responseRateOption(groups, {
        invited: t('surveys.dashboard.invited'),
        started: t('surveys.dashboard.started'),
        submitted: t('surveys.dashboard.submitted'),
        noGroup,
      }),
    [groups, t, noGroup],
  );
  const percent = (rate: number | null) =>
    rate === null
      ? '–'
      : new Intl.NumberFormat(localeOf(language), { style: 'percent', maximumFractionDigits: 0 }).format(
          rate,
        );
  const points = groups
    .map((g) => `${g.group || noGroup} ${g.invited}/${g.started}/${g.submitted}`)
    .join('; ');

  return (
    <section
      className="manage-step survey-panel"
      aria-labelledby="dashboard-heading"
      data-testid="live-dashboard"
    >
      <h2 id="dashboard-heading">{t('surveys.dashboard.heading')}</h2>
      {updatedAt ? (
        <p className="muted">
          {t('surveys.dashboard.live', {
            time: updatedAt.toLocaleTimeString(localeOf(language), {
              hour: '2-digit',
              minute: '2-digit',
              second: '2-digit',
            }),
          })}
        </p>
      ) : (
        <p role="status">{t('app.loading')}</p>
      )}
      {error ? <ProblemMessage error={error} /> : null}
      {stats && groups.length === 0 && stats.total.invited + stats.total.started === 0 ? (
        <p className="muted">{t('surveys.dashboard.empty')}</p>
      ) : null}
      {stats && groups.length > 0 ? (
        <div className="chart-box" style={{ height: chartHeight(groups.length) }}>
          <LazyEChart
            option={option}
            label={t('surveys.dashboard.chartLabel', { points })}
            className="chart-fill"
          />
        </div>
      ) : null}
      {stats ? (
        <TableScroll label={t('surveys.dashboard.caption')}>
          <table className="data-table" data-testid="dashboard-table">
            <caption>{t('surveys.dashboard.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('surveys.column.group')}</th>
                <th scope="col" className="numeric">
                  {t('surveys.dashboard.invited')}
                </th>
                <th scope="col" className="numeric">
                  {t('surveys.dashboard.started')}
                </th>
                <th scope="col" className="numeric">
                  {t('surveys.dashboard.submitted')}
                </th>
                <th scope="col" className="numeric">
                  {t('surveys.dashboard.rate')}
                </th>
              </tr>
            </thead>
            <tbody>
              {stats.groups.map((g) => (
                <tr key={g.group ?? ''}>
                  <th scope="row">{g.group ?? noGroup}</th>
                  <td className="numeric">{g.invited}</td>
                  <td className="numeric">{g.started}</td>
                  <td className="numeric">{g.submitted}</td>
                  <td className="numeric">
                    {percent(g.responseRate ?? responseRate(g.submitted, g.invited))}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr data-testid="dashboard-total">
                <th scope="row">{t('surveys.dashboard.total')}</th>
                <td className="numeric">{stats.total.invited}</td>
                <td className="numeric">{stats.total.started}</td>
                <td className="numeric" data-testid="dashboard-total-submitted">
                  {stats.total.submitted}
                </td>
                <td className="numeric">
                  {percent(
                    stats.total.responseRate ?? responseRate(stats.total.submitted, stats.total.invited),
                  )}
                </td>
              </tr>
            </tfoot>
          </table>
        </TableScroll>
      ) : null}
    </section>
  );
}
