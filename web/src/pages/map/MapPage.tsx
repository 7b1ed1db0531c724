import { useMemo, useState } from 'react';
import { getEdition } from '../../api/benchmark.ts';
import { LazyEChart } from '../../charts/LazyEChart.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { useApiData } from '../../components/useApiData.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { navigate } from '../../router/history.ts';
import { cityPath } from '../../router/routes.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { EditionPicker } from '../editions/EditionPicker.tsx';
import { nameIn } from '../editions/names.ts';
import { SyntheticNote } from '../editions/SyntheticNote.tsx';
import { type BenchmarkBasics, useBenchmarkBasics } from '../editions/useBenchmarkBasics.ts';
import { MapTable } from './MapTable.tsx';
import { mapOption, mapPoints } from './mapOption.ts';

/** The organisation's own city is labelled on the map; Busan for signed-out visitors. */
const DEFAULT_CITY = 'Busan';

/** City scores on a longitude/latitude scatter (/benchmark/map). */
export function MapPage() {
  const { t } = useI18n();
  const [basics, reload] = useBenchmarkBasics();
  return (
    <article className="benchmark map-page">
      <PageHeading>{t('map.heading')}</PageHeading>
      <p className="lead">{t('map.intro')}</p>
      <Loaded value={basics} onRetry={reload}>
        {(data) => <MapView basics={data} />}
      </Loaded>
    </article>
  );
}

function MapView({ basics }: { basics: BenchmarkBasics }) {
  const { t, language } = useI18n();
  const { state: session } = useSession();
  const [edition, setEdition] = useState(basics.editions[0]?.number ?? 0);
  const [detail, reload] = useApiData(`edition:${basics.slug}:${edition}`, () =>
    getEdition(basics.slug, edition),
  );
  const ownCity = session.status === 'signed-in' ? session.session.organisation.city : DEFAULT_CITY;
  const highlight = basics.cities.find((city) => city.nameEn === ownCity)?.code ?? null;
  const results = detail.status === 'ready' ? detail.data.results : null;
  const points = useMemo(
    () =>
      results
        ? mapPoints(basics.cities, results, (city) => ({
            name: nameIn(language, city),
            country: language === 'ko' ? city.countryKo : city.country,
          }))
        : [],
    [basics.cities, results, language],
  );
  const option = useMemo(
    () =>
      mapOption(
        points,
        {
          longitude: t('map.longitude'),
          latitude: t('map.latitude'),
          score: t('rankings.score'),
          rank: t('column.rank'),
          notRanked: t('whatif.unranked'),
        },
        highlight,
      ),
    [points, t, highlight],
  );

  if (basics.editions.length === 0) return <p>{t('rankings.noEditions')}</p>;
  return (
    <>
      <div className="toolbar">
        <EditionPicker
          label={t('rankings.edition')}
          editions={basics.editions}
          value={edition}
          onChange={setEdition}
        />
      </div>
      {detail.status === 'loading' ? <p role="status">{t('app.loading')}</p> : null}
      {detail.status === 'error' ? <ProblemMessage error={detail.error} onRetry={reload} /> : null}
      {detail.status === 'ready' ? (
        <>
          <SyntheticNote
            synthetic={detail.data.edition.synthetic}
            provenance={detail.data.edition.provenance}
          />
          <figure className="card chart-card">
            <LazyEChart
              option={option}
              className="chart chart-map"
              label={t('map.summary', { n: points.length })}
              onItemClick={(index) => {
                const point = points[index];
                if (point) navigate(cityPath(point.city.code));
              }}
            />
          </figure>
          <MapTable points={points} caption={t('map.tableCaption', { edition: detail.data.edition.label })} />
        </>
      ) : null}
    </>
  );
}
