import { type CityDetail, getCityDetail, getEdition } from '../../api/benchmark.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { useApiData } from '../../components/useApiData.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { routeParam } from '../../router/routes.ts';
import { usePath } from '../../router/usePath.ts';
import { WhatIfPanel } from '../../whatif/WhatIfPanel.tsx';
import { formatInterval, formatScore, NO_VALUE } from '../editions/format.ts';
import { nameIn, regionLabel } from '../editions/names.ts';
import { SyntheticNote } from '../editions/SyntheticNote.tsx';
import { type BenchmarkBasics, useBenchmarkBasics } from '../editions/useBenchmarkBasics.ts';
import { AreaRadar } from './AreaRadar.tsx';
import { areaProfile } from './areaProfile.ts';
import { CityHistory } from './CityHistory.tsx';
import { Explanations } from './Explanations.tsx';

/** One city's model results (/benchmark/cities/:code): history, areas, explanations and what-if. */
export function CityPage() {
  const { t } = useI18n();
  const code = routeParam(usePath(), 'city') ?? '';
  const [basics, reloadBasics] = useBenchmarkBasics();
  const slug = basics.status === 'ready' ? basics.data.slug : null;
  const [detail, reloadDetail] = useApiData(`city:${slug}:${code}`, () =>
    slug ? getCityDetail(slug, code) : new Promise<CityDetail>(() => {}),
  );

  if (basics.status === 'error') return <ProblemMessage error={basics.error} onRetry={reloadBasics} />;
  if (detail.status === 'error') return <ProblemMessage error={detail.error} onRetry={reloadDetail} />;
  if (basics.status !== 'ready' || detail.status !== 'ready') {
    return (
      <article className="benchmark city-page">
        <PageHeading>{t('city.loadingHeading')}</PageHeading>
        <p role="status">{t('app.loading')}</p>
      </article>
    );
  }
  return <CityView basics={basics.data} detail={detail.data} />;
}

function CityView({ basics, detail }: { basics: BenchmarkBasics; detail: CityDetail }) {
  const { t, language } = useI18n();
  const cityName = nameIn(language, detail.city);
  const latestPoint = detail.history[detail.history.length - 1];
  const edition = latestPoint?.edition ?? basics.editions[0]?.number ?? 0;
  const editionLabel = latestPoint?.label ?? '';
  // City profiles carry no provenance of their own: the edition's is the one that applies.
  const summary = basics.editions.find((e) => e.number === edition);
  const [results] = useApiData(`edition:${basics.slug}:${edition}`, () => getEdition(basics.slug, edition));
  const peerCodes = new Set(detail.peers.map((p) => p.city));
  const latest = detail.latest;

  return (
    <article className="benchmark city-page">
      <PageHeading>{t('city.heading', { city: cityName })}</PageHeading>
      <p className="lead">
        {language === 'ko' ? detail.city.countryKo : detail.city.country} ·{' '}
        {regionLabel(t, detail.city.region)}
      </p>
      <SyntheticNote synthetic={summary?.synthetic} provenance={summary?.provenance} />
      <dl className="figures card" data-testid="city-figures">
        <div>
          <dt>{t('rankings.score')}</dt>
          <dd>{formatScore(latest.score)}</dd>
        </div>
        <div>
          <dt>{t('city.modelRank')}</dt>
          <dd>{latest.rank ?? t('city.associate')}</dd>
        </div>
        <div>
          <dt>{t('rankings.interval')}</dt>
          <dd>{latest.rank === null ? NO_VALUE : formatInterval(latest.rankP05, latest.rankP95)}</dd>
        </div>
        <div>
          <dt>{t('city.publishedRank')}</dt>
          <dd>{latest.publishedRank ?? NO_VALUE}</dd>
        </div>
        <div>
          <dt>{t('city.regionRank')}</dt>
          <dd>{latest.regionRank || NO_VALUE}</dd>
        </div>
      </dl>
      <p className="source-note">{t('city.figuresNote', { edition: editionLabel })}</p>
      <CityHistory points={detail.history} cityName={cityName} />
      {results.status === 'ready' ? (
        <AreaRadar
          cityName={cityName}
          profile={areaProfile(
            basics.framework.areas,
            latest,
            results.data.results.filter((r) => peerCodes.has(r.city)),
          )}
        />
      ) : null}
      <Explanations detail={detail} framework={basics.framework} cities={basics.cities} />
      <WhatIfPanel
        slug={basics.slug}
        edition={edition}
        editionLabel={editionLabel}
        cityCode={detail.city.code}
        cityName={cityName}
        framework={basics.framework}
      />
    </article>
  );
}
