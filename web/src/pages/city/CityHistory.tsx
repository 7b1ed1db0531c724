import { useMemo } from 'react';
import type { HistoryPoint } from '../../api/benchmark.ts';
import { LazyEChart } from '../../charts/LazyEChart.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { formatInterval, formatScore } from '../editions/format.ts';
import { historyOption } from './historyOption.ts';

/** Score and rank across editions: a line chart and the same figures as a table. */
export function CityHistory({ points, cityName }: { points: HistoryPoint[]; cityName: string }) {
  const { t } = useI18n();
  const option = useMemo(
    () =>
      historyOption(points, {
        modelRank: t('city.modelRank'),
        publishedRank: t('city.publishedRank'),
        score: t('rankings.score'),
        rankAxis: t('benchmark.rankAxis'),
        scoreAxis: t('city.scoreAxis'),
        interval: t('rankings.interval'),
      }),
    [points, t],
  );
  const summary = points.map((p) => `${p.label} ${p.rank ?? '–'}`).join(', ');
  const missing = <span className="missing">–</span>;
  return (
    <section aria-labelledby="history-heading">
      <figure className="card chart-card">
        <figcaption>
          <h2 id="history-heading">{t('city.historyHeading')}</h2>
        </figcaption>
        <LazyEChart option={option} label={t('city.historySummary', { city: cityName, points: summary })} />
      </figure>
      <TableScroll label={t('city.historyCaption', { city: cityName })}>
        <table className="data-table" data-testid="city-history-table">
          <caption>{t('city.historyCaption', { city: cityName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('column.edition')}</th>
              <th scope="col" className="numeric">
                {t('rankings.score')}
              </th>
              <th scope="col" className="numeric">
                {t('city.modelRank')}
              </th>
              <th scope="col" className="numeric">
                {t('rankings.interval')}
              </th>
              <th scope="col" className="numeric">
                {t('city.publishedRank')}
              </th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.edition} data-edition={p.edition}>
                <th scope="row">{p.label}</th>
                <td className="numeric">{formatScore(p.score)}</td>
                <td className="numeric rank-cell">{p.rank ?? missing}</td>
                <td className="numeric nowrap">
                  {p.rank === null ? missing : formatInterval(p.rankP05, p.rankP95)}
                </td>
                <td className="numeric">{p.publishedRank ?? missing}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
