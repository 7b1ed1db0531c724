import type { EditionSummary } from '../../api/benchmark.ts';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { formatInteger } from './format.ts';

interface EditionListProps {
  editions: EditionSummary[];
  selected: number | null;
  onSelect: (edition: number) => void;
}

/** Every edition with its status and counts; a draft or a published edition can be selected to work on. */
export function EditionList({ editions, selected, onSelect }: EditionListProps) {
  const { t, language } = useI18n();
  const count = (n: number) => formatInteger(n, language);
  return (
    <section aria-labelledby="manage-list-heading">
      <h2 id="manage-list-heading">{t('manage.listHeading')}</h2>
      {editions.length === 0 ? (
        <p>{t('manage.noEditions')}</p>
      ) : (
        <TableScroll label={t('manage.listCaption')}>
          <table className="data-table" data-testid="manage-editions">
            <caption>{t('manage.listCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('manage.label')}</th>
                <th scope="col">{t('manage.number')}</th>
                <th scope="col">{t('manage.publishedOn')}</th>
                <th scope="col">{t('manage.status')}</th>
                <th scope="col" className="num">
                  {t('manage.cities')}
                </th>
                <th scope="col" className="num">
                  {t('manage.ranked')}
                </th>
                <th scope="col" className="num">
                  {t('manage.factors')}
                </th>
                <th scope="col" className="num">
                  {t('manage.respondents')}
                </th>
                <th scope="col" className="num">
                  {t('manage.assessments')}
                </th>
                <th scope="col">{t('manage.select')}</th>
              </tr>
            </thead>
            <tbody>
              {editions.map((edition) => (
                <tr key={edition.number} aria-current={edition.number === selected ? 'true' : undefined}>
                  <th scope="row">{edition.label}</th>
                  <td>{edition.number}</td>
                  <td>{edition.publishedOn}</td>
                  <td>
                    <span className={`status-badge status-${edition.status}`} data-testid="edition-status">
                      {t(edition.status === 'draft' ? 'manage.status.draft' : 'manage.status.published')}
                    </span>
                  </td>
                  <td className="num">{count(edition.counts.cities)}</td>
                  <td className="num">{count(edition.counts.ranked)}</td>
                  <td className="num">{count(edition.counts.factors)}</td>
                  <td className="num">{count(edition.counts.respondents)}</td>
                  <td className="num">{count(edition.counts.assessments)}</td>
                  <td>
                    {edition.number === selected ? (
                      <span className="muted">{t('manage.selected')}</span>
                    ) : (
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        onClick={() => onSelect(edition.number)}
                        aria-label={`${t('manage.select')}: ${edition.label}`}
                      >
                        {t('manage.select')}
                      </button>
                    )}
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
