import type { City, Framework, Named } from '../../api/benchmark.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { nameIn } from '../editions/names.ts';

function CodeTable({ items, caption }: { items: readonly Named[]; caption: string }) {
  const { t, language } = useI18n();
  return (
    <table className="data-table code-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('manage.code')}</th>
          <th scope="col">{t('manage.name')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.code}>
            <th scope="row">
              <code>{item.code}</code>
            </th>
            <td>{nameIn(language, item)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The codes an import may use (from /framework and /cities), in collapsible lists. */
export function CodeLists({ framework, cities }: { framework: Framework; cities: City[] }) {
  const { t } = useI18n();
  const lists = [
    { key: 'cities', title: t('manage.cityCodes', { n: cities.length }), items: cities },
    {
      key: 'factors',
      title: t('manage.factorCodes', { n: framework.factors.length }),
      items: framework.factors,
    },
    {
      key: 'dimensions',
      title: t('manage.dimensionCodes', { n: framework.dimensions.length }),
      items: framework.dimensions,
    },
  ];
  return (
    <section className="code-lists" aria-labelledby="manage-codes-heading">
      <h3 id="manage-codes-heading">{t('manage.codesHeading')}</h3>
      <p>{t('manage.codesIntro')}</p>
      {lists.map((list) => (
        <details key={list.key} data-testid={`codes-${list.key}`}>
          <summary>{list.title}</summary>
          <div className="code-list-body">
            <CodeTable items={list.items} caption={list.title} />
          </div>
        </details>
      ))}
    </section>
  );
}
