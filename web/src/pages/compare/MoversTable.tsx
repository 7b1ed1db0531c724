import type { City } from '../../api/benchmark.ts';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Link } from '../../router/Link.tsx';
import { cityPath } from '../../router/routes.ts';
import { nameIn } from '../editions/names.ts';
import { RankChange } from '../editions/RankChange.tsx';
import type { Mover } from './movers.ts';

interface MoversTableProps {
  title: string;
  movers: Mover[];
  cities: Map<string, City>;
  fromLabel: string;
  toLabel: string;
  testId: string;
}

export function MoversTable({ title, movers, cities, fromLabel, toLabel, testId }: MoversTableProps) {
  const { t, language } = useI18n();
  return (
    <section className="card" aria-label={title}>
      <h2>{title}</h2>
      {movers.length === 0 ? (
        <p>{t('compare.none')}</p>
      ) : (
        <TableScroll label={title}>
          <table className="data-table" data-testid={testId}>
            <caption className="visually-hidden">
              {t('compare.moversCaption', { title, from: fromLabel, to: toLabel })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('rankings.city')}</th>
                <th scope="col" className="numeric">
                  {t('compare.fromRank', { edition: fromLabel })}
                </th>
                <th scope="col" className="numeric">
                  {t('compare.toRank', { edition: toLabel })}
                </th>
                <th scope="col" className="numeric">
                  {t('rankings.change')}
                </th>
                <th scope="col" className="numeric">
                  {t('compare.scoreChange')}
                </th>
              </tr>
            </thead>
            <tbody>
              {movers.map((m) => (
                <tr key={m.city}>
                  <th scope="row">
                    <Link href={cityPath(m.city)}>{nameIn(language, cities.get(m.city), m.city)}</Link>
                  </th>
                  <td className="numeric">{m.fromRank}</td>
                  <td className="numeric rank-cell">{m.toRank}</td>
                  <td className="numeric nowrap">
                    <RankChange change={m.rankChange} />
                  </td>
                  <td className="numeric">
                    {m.scoreChange > 0 ? '+' : ''}
                    {Math.round(m.scoreChange)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
