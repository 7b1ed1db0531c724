import { TableScroll } from '../../components/TableScroll.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Link } from '../../router/Link.tsx';
import { cityPath } from '../../router/routes.ts';
import { formatScore } from '../editions/format.ts';
import { regionLabel } from '../editions/names.ts';
import type { MapPoint } from './mapOption.ts';

/** The map's cities as a table of links: the text equivalent of the scatter. */
export function MapTable({ points, caption }: { points: MapPoint[]; caption: string }) {
  const { t } = useI18n();
  return (
    <TableScroll label={caption}>
      <table className="data-table" data-testid="map-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t('column.rank')}
            </th>
            <th scope="col">{t('rankings.city')}</th>
            <th scope="col">{t('map.country')}</th>
            <th scope="col">{t('rankings.region')}</th>
            <th scope="col" className="numeric">
              {t('rankings.score')}
            </th>
            <th scope="col" className="numeric">
              {t('map.latitude')}
            </th>
            <th scope="col" className="numeric">
              {t('map.longitude')}
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.city.code}>
              <td className="numeric rank-cell">{p.result.rank ?? '–'}</td>
              <th scope="row">
                <Link href={cityPath(p.city.code)}>{p.name}</Link>
              </th>
              <td>{p.country}</td>
              <td>{regionLabel(t, p.city.region)}</td>
              <td className="numeric">{formatScore(p.result.score)}</td>
              <td className="numeric">{p.lat.toFixed(2)}</td>
              <td className="numeric">{p.lon.toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
