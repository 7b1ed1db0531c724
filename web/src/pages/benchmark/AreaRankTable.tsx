import type { PublishedRank } from '../../../../src/services/contract.ts';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { areaLabel } from '../../i18n/labels.ts';

interface AreaRankTableProps {
  ranks: PublishedRank[];
  caption: string;
}

/**
 * One row per published area figure, each with its own source. No bars: areas may rank among
 * different sets of centres (the regional rank does), so bar lengths would imply a common scale.
 */
export function AreaRankTable({ ranks, caption }: AreaRankTableProps) {
  const { t } = useI18n();
  return (
    <TableScroll label={caption}>
      <table className="data-table" data-testid="area-rank-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('column.area')}</th>
            <th scope="col" className="numeric">
              {t('column.rank')}
            </th>
            <th scope="col">{t('column.source')}</th>
          </tr>
        </thead>
        <tbody>
          {ranks.map((rank) => (
            <tr key={`${rank.area}-${rank.source}`}>
              <th scope="row">{areaLabel(t, rank.area)}</th>
              <td className="numeric rank-cell">{rank.rank}</td>
              <td className="source">{rank.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
