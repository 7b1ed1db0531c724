import { useMemo } from 'react';
import { LazyEChart } from '../../charts/LazyEChart.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { editionLabel } from '../../i18n/labels.ts';
import type { OverallPoint } from './historySeries.ts';
import { rankHistoryOption } from './rankHistoryOption.ts';

export function RankHistoryChart({ points, centreName }: { points: OverallPoint[]; centreName: string }) {
  const { t } = useI18n();
  const option = useMemo(
    () =>
      rankHistoryOption(points, {
        edition: (editionNumber) => editionLabel(t, editionNumber),
        rankAxis: t('benchmark.rankAxis'),
        source: t('column.source'),
      }),
    [points, t],
  );
  const summary = points
    .map((point) => `${editionLabel(t, point.rank.number)} ${point.rank.rank}`)
    .join(', ');
  return (
    <figure className="card chart-card">
      <figcaption>
        <h2>{t('benchmark.chartTitle')}</h2>
      </figcaption>
      <LazyEChart
        option={option}
        label={t('benchmark.chartSummary', { centre: centreName, points: summary })}
      />
      <p className="source-note">{t('benchmark.chartSourceNote')}</p>
    </figure>
  );
}
