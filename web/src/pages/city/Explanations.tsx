import type { City, CityDetail, Framework } from '../../api/benchmark.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Link } from '../../router/Link.tsx';
import { cityPath } from '../../router/routes.ts';
import { formatSigned } from '../editions/format.ts';
import { byCode, nameIn } from '../editions/names.ts';
import { type Contribution, strengthsAndWeaknesses } from './contributions.ts';

const SHOWN = 5;

/** Strengths, weaknesses (factor contributions from the API) and the nearest peers. */
export function Explanations({
  detail,
  framework,
  cities,
}: {
  detail: CityDetail;
  framework: Framework;
  cities: City[];
}) {
  const { t, language } = useI18n();
  const factors = byCode(framework.factors);
  const areas = byCode(framework.areas);
  const cityByCode = byCode(cities);
  const { strengths, weaknesses } = strengthsAndWeaknesses(detail.contributions, SHOWN);

  const list = (items: Contribution[], testId: string) =>
    items.length === 0 ? (
      <p>{t('city.noneFound')}</p>
    ) : (
      <ol className="contribution-list" data-testid={testId}>
        {items.map((c) => (
          <li key={c.factor}>
            <span className="factor-name">{nameIn(language, factors.get(c.factor), c.factor)}</span>{' '}
            <span className="factor-area">({nameIn(language, areas.get(c.area), c.area)})</span>{' '}
            <span className={c.delta > 0 ? 'change-up' : 'change-down'}>
              {t('city.points', { n: formatSigned(c.delta, 1) })}
            </span>
          </li>
        ))}
      </ol>
    );

  return (
    <div className="explanations">
      <section className="card" aria-labelledby="strengths-heading">
        <h2 id="strengths-heading">{t('city.strengths')}</h2>
        {list(strengths, 'strengths')}
      </section>
      <section className="card" aria-labelledby="weaknesses-heading">
        <h2 id="weaknesses-heading">{t('city.weaknesses')}</h2>
        {list(weaknesses, 'weaknesses')}
      </section>
      <section className="card" aria-labelledby="peers-heading">
        <h2 id="peers-heading">{t('city.peers')}</h2>
        <ol className="peer-list">
          {detail.peers.map((peer) => (
            <li key={peer.city}>
              <Link href={cityPath(peer.city)}>{nameIn(language, cityByCode.get(peer.city), peer.city)}</Link>{' '}
              <span className="distance">{t('city.distance', { d: peer.distance.toFixed(2) })}</span>
            </li>
          ))}
        </ol>
        <p className="source-note">{t('city.peersNote')}</p>
      </section>
      <p className="source-note explanation-note">{t('city.contributionNote')}</p>
    </div>
  );
}
