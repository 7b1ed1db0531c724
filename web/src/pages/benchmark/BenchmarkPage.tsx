import type { PublishedHistory } from '../../../../src/services/contract.ts';
import { getPublishedHistory } from '../../api/endpoints.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useApiData } from '../../components/useApiData.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { centreLabel, editionLabel } from '../../i18n/labels.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { AreaRankTable } from './AreaRankTable.tsx';
import { latestAreaRanks, overallHistory } from './historySeries.ts';
import { OverallRankTable } from './OverallRankTable.tsx';
import { RankHistoryChart } from './RankHistoryChart.tsx';

/** Busan is the model user; a signed-in organisation sees its own city. */
const DEFAULT_CENTRE = 'Busan';

/** Benchmark landing page: the city's Smart Centres Index history as published. */
export function BenchmarkPage() {
  const { t } = useI18n();
  const { state: session } = useSession();
  const centre =
    session.status === 'signed-in' ? session.session.organisation.city || DEFAULT_CENTRE : DEFAULT_CENTRE;
  const centreName = centreLabel(t, centre);
  const [history, reload] = useApiData(`history:${centre}`, () => getPublishedHistory(centre));

  return (
    <article className="benchmark">
      <PageHeading>{t('benchmark.heading', { centre: centreName })}</PageHeading>
      <p className="lead">{t('benchmark.intro')}</p>
      <Loaded value={history} onRetry={reload}>
        {(data) => <HistoryView history={data} centreName={centreName} />}
      </Loaded>
    </article>
  );
}

function HistoryView({ history, centreName }: { history: PublishedHistory; centreName: string }) {
  const { t } = useI18n();
  const points = overallHistory(history);
  const areas = latestAreaRanks(history);
  if (points.length === 0 && !areas) return <p>{t('benchmark.noData', { centre: centreName })}</p>;
  return (
    <>
      {points.length > 0 ? (
        <section aria-label={t('benchmark.chartTitle')}>
          <RankHistoryChart points={points} centreName={centreName} />
          <OverallRankTable points={points} centreName={centreName} />
        </section>
      ) : null}
      {areas ? (
        <section aria-labelledby="areas-heading">
          <h2 id="areas-heading">
            {t('benchmark.areasHeading', { edition: editionLabel(t, areas.editionNumber) })}
          </h2>
          <AreaRankTable
            ranks={areas.ranks}
            caption={t('benchmark.areasCaption', {
              centre: centreName,
              edition: editionLabel(t, areas.editionNumber),
            })}
          />
        </section>
      ) : null}
      <p className="provenance">
        <strong>{t('benchmark.provenance')}:</strong> {history.provenance}
      </p>
    </>
  );
}
