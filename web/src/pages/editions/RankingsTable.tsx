import { useState } from 'react';
import type { Named } from '../../api/benchmark.ts';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Link } from '../../router/Link.tsx';
import { cityPath } from '../../router/routes.ts';
import { formatInterval, formatScore } from './format.ts';
import { nameIn, regionLabel } from './names.ts';
import { RankChange } from './RankChange.tsx';
import {
  DEFAULT_SORT,
  nextSort,
  type RankingRow,
  type SortKey,
  type SortState,
  sortRows,
  splitAssociates,
} from './rankingRows.ts';

interface RankingsTableProps {
  rows: RankingRow[];
  areas: Named[];
  /** The area the table ranks by; null = overall. */
  areaName: string | null;
  caption: string;
}

export function RankingsTable({ rows, areas, areaName, caption }: RankingsTableProps) {
  const { t, language } = useI18n();
  const [sort, setSort] = useState(DEFAULT_SORT);
  const primary = (row: RankingRow) => (language === 'ko' ? row.nameKo : row.nameEn);
  const { ranked, associates } = splitAssociates(sortRows(rows, sort, primary));
  const missing = <span className="missing">–</span>;

  const head = (
    <thead>
      <tr>
        <SortHeader
          sort={sort}
          onSort={setSort}
          column="rank"
          label={areaName ? t('rankings.areaRank', { area: areaName }) : t('column.rank')}
          numeric
        />
        <SortHeader sort={sort} onSort={setSort} column="name" label={t('rankings.city')} />
        <SortHeader sort={sort} onSort={setSort} column="region" label={t('rankings.region')} />
        <SortHeader sort={sort} onSort={setSort} column="score" label={t('rankings.score')} numeric />
        <SortHeader sort={sort} onSort={setSort} column="change" label={t('rankings.change')} numeric />
        <th scope="col" className="numeric">
          {t('rankings.interval')}
        </th>
        <th scope="col" className="numeric">
          {t('rankings.publishedRank')}
        </th>
        {areas.map((area) => (
          <th scope="col" className="numeric area-col" key={area.code}>
            {nameIn(language, area)}
          </th>
        ))}
      </tr>
    </thead>
  );

  const body = (list: RankingRow[]) => (
    <tbody>
      {list.map((row) => (
        <tr key={row.code} data-city={row.code}>
          <td className="numeric rank-cell">{row.rank ?? missing}</td>
          <th scope="row" className="city-cell">
            <Link href={cityPath(row.code)}>{primary(row)}</Link>
            <span className="other-name" lang={language === 'ko' ? 'en' : 'ko'}>
              {language === 'ko' ? row.nameEn : row.nameKo}
            </span>
          </th>
          <td className="nowrap">{regionLabel(t, row.region)}</td>
          <td className="numeric">{formatScore(row.score)}</td>
          <td className="numeric nowrap">
            <RankChange change={row.rankChange} />
          </td>
          <td className="numeric nowrap">
            {row.associate ? missing : formatInterval(row.rankP05, row.rankP95)}
          </td>
          <td className="numeric">{row.publishedRank ?? missing}</td>
          {areas.map((area) => (
            <td className="numeric" key={area.code}>
              {row.associate ? missing : (row.areaRanks[area.code] ?? missing)}
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  );

  return (
    <>
      <p className="result-count" role="status">
        {t('rankings.count', { ranked: ranked.length, associates: associates.length })}
      </p>
      <TableScroll label={caption}>
        <table className="data-table rankings-table" data-testid="rankings-table">
          <caption>{caption}</caption>
          {head}
          {body(ranked)}
        </table>
      </TableScroll>
      {associates.length > 0 ? (
        <section aria-labelledby="associates-heading">
          <h2 id="associates-heading">{t('rankings.associatesHeading')}</h2>
          <p>{t('rankings.associatesNote')}</p>
          <TableScroll label={t('rankings.associatesHeading')}>
            <table className="data-table rankings-table" data-testid="associates-table">
              <caption className="visually-hidden">{t('rankings.associatesHeading')}</caption>
              {head}
              {body(associates)}
            </table>
          </TableScroll>
        </section>
      ) : null}
    </>
  );
}

interface SortHeaderProps {
  column: SortKey;
  label: string;
  numeric?: boolean;
  sort: SortState;
  onSort: (next: SortState) => void;
}

/** A column header that sorts the table; aria-sort tells screen readers the current order. */
function SortHeader({ column, label, numeric, sort, onSort }: SortHeaderProps) {
  const active = sort.key === column;
  return (
    <th
      scope="col"
      className={numeric ? 'numeric' : undefined}
      aria-sort={active ? sort.direction : undefined}
    >
      <button type="button" className="sort-button" onClick={() => onSort(nextSort(sort, column))}>
        {label}
        <span aria-hidden="true" className="sort-mark">
          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
