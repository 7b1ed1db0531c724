import { TableScroll } from '../../components/TableScroll.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { editionLabel } from '../../i18n/labels.ts';
import type { OverallPoint } from './historySeries.ts';

export function OverallRankTable({ points, centreName }: { points: OverallPoint[]; centreName: string }) {
  const { t } = useI18n();
  const missing = <span className="missing">{t('value.missing')}</span>;
  return (
    <TableScroll label={t('benchmark.tableCaption', { centre: centreName })}>
      <table className="data-table" data-testid="overall-rank-table">
        <caption>{t('benchmark.tableCaption', { centre: centreName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('column.edition')}</th>
            <th scope="col">{t('column.published')}</th>
            <th scope="col" className="numeric">
              {t('column.rank')}
            </th>
            <th scope="col" className="numeric">
              {t('column.centresRanked')}
            </th>
            <th scope="col" className="numeric">
              {t('column.rating')}
            </th>
            <th scope="col">{t('column.source')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map(({ rank, edition }) => (
            <tr key={`${rank.edition}-${rank.source}`} data-edition={rank.edition}>
              <th scope="row">{editionLabel(t, rank.number)}</th>
              <td className="nowrap">{edition?.published ?? missing}</td>
              <td className="numeric rank-cell">{rank.rank}</td>
              <td className="numeric">{edition?.centresRanked ?? missing}</td>
              <td className="numeric">{rank.rating ?? missing}</td>
              <td className="source">{rank.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
