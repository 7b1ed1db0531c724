import { useMemo } from 'react';
import { LazyEChart } from '../../charts/LazyEChart.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { nameIn } from '../editions/names.ts';
import type { AreaProfile } from './areaProfile.ts';
import { radarOption } from './radarOption.ts';

/** The city's area scores against the median of its nearest peers: radar chart plus table. */
export function AreaRadar({ profile, cityName }: { profile: AreaProfile[]; cityName: string }) {
  const { t, language } = useI18n();
  const option = useMemo(
    () =>
      radarOption(profile, {
        areaName: (p) => nameIn(language, p.area),
        city: cityName,
        peers: t('city.peerMedian'),
      }),
    [profile, language, cityName, t],
  );
  const summary = profile.map((p) => `${nameIn(language, p.area)} ${Math.round(p.score)}`).join(', ');
  return (
    <section aria-labelledby="areas-heading" className="card">
      <h2 id="areas-heading">{t('city.areasHeading')}</h2>
      <LazyEChart
        option={option}
        className="chart chart-square"
        label={t('city.areasSummary', { city: cityName, points: summary })}
      />
      <TableScroll label={t('city.areasHeading')}>
        <table className="data-table" data-testid="city-area-table">
          <caption className="visually-hidden">{t('city.areasHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('column.area')}</th>
              <th scope="col" className="numeric">
                {t('rankings.score')}
              </th>
              <th scope="col" className="numeric">
                {t('column.rank')}
              </th>
              <th scope="col" className="numeric">
                {t('city.peerMedian')}
              </th>
            </tr>
          </thead>
          <tbody>
            {profile.map((p) => (
              <tr key={p.area.code}>
                <th scope="row">{nameIn(language, p.area)}</th>
                <td className="numeric">{Math.round(p.score)}</td>
                <td className="numeric">{p.rank || '–'}</td>
                <td className="numeric">{Number.isFinite(p.peerMedian) ? Math.round(p.peerMedian) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
