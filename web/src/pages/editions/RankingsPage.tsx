import { useId, useState } from 'react';
import { getEdition } from '../../api/benchmark.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { useApiData } from '../../components/useApiData.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { navigate } from '../../router/history.ts';
import { Link } from '../../router/Link.tsx';
import { comparePath, editionPath, routeParam } from '../../router/routes.ts';
import { usePath } from '../../router/usePath.ts';
import { EditionPicker } from './EditionPicker.tsx';
import { nameIn, regionLabel } from './names.ts';
import { RankingsTable } from './RankingsTable.tsx';
import { buildRows, filterByRegion, regionsOf } from './rankingRows.ts';
import { SyntheticNote } from './SyntheticNote.tsx';
import { type BenchmarkBasics, useBenchmarkBasics } from './useBenchmarkBasics.ts';

/** The model's ranking of one edition (/benchmark/editions/:number; the newest without a number). */
export function RankingsPage() {
  const { t } = useI18n();
  const [basics, reload] = useBenchmarkBasics();
  return (
    <article className="benchmark rankings">
      <PageHeading>{t('rankings.heading')}</PageHeading>
      <p className="lead">{t('rankings.intro')}</p>
      <Loaded value={basics} onRetry={reload}>
        {(data) => <EditionRankings basics={data} />}
      </Loaded>
    </article>
  );
}

function EditionRankings({ basics }: { basics: BenchmarkBasics }) {
  const { t, language } = useI18n();
  const path = usePath();
  const requested = Number(routeParam(path, 'edition'));
  const edition = requested || basics.editions[0]?.number || 0;
  const [detail, reload] = useApiData(`edition:${basics.slug}:${edition}`, () =>
    getEdition(basics.slug, edition),
  );
  const [region, setRegion] = useState<string | null>(null);
  const [area, setArea] = useState<string | null>(null);
  const regionId = useId();
  const areaId = useId();

  if (basics.editions.length === 0) return <p>{t('rankings.noEditions')}</p>;
  const index = basics.editions.findIndex((e) => e.number === edition);
  const older = basics.editions[index + 1];
  const areaName = area
    ? nameIn(
        language,
        basics.framework.areas.find((a) => a.code === area),
        area,
      )
    : null;

  return (
    <>
      <div className="toolbar">
        <EditionPicker
          label={t('rankings.edition')}
          editions={basics.editions}
          value={edition}
          onChange={(next) => navigate(editionPath(next))}
        />
        <div className="field-inline">
          <label htmlFor={regionId}>{t('rankings.region')}</label>
          <select
            id={regionId}
            value={region ?? ''}
            onChange={(event) => setRegion(event.target.value || null)}
          >
            <option value="">{t('rankings.allRegions')}</option>
            {regionsOf(basics.cities).map((code) => (
              <option key={code} value={code}>
                {regionLabel(t, code)}
              </option>
            ))}
          </select>
        </div>
        <div className="field-inline">
          <label htmlFor={areaId}>{t('rankings.rankBy')}</label>
          <select id={areaId} value={area ?? ''} onChange={(event) => setArea(event.target.value || null)}>
            <option value="">{t('rankings.overall')}</option>
            {basics.framework.areas.map((a) => (
              <option key={a.code} value={a.code}>
                {nameIn(language, a)}
              </option>
            ))}
          </select>
        </div>
        {older ? (
          <Link className="toolbar-link" href={comparePath(older.number, edition)}>
            {t('rankings.compareLink', { from: older.label, to: basics.editions[index]?.label ?? '' })}
          </Link>
        ) : null}
      </div>
      {detail.status === 'loading' ? <p role="status">{t('app.loading')}</p> : null}
      {detail.status === 'error' ? <ProblemMessage error={detail.error} onRetry={reload} /> : null}
      {detail.status === 'ready' ? (
        <>
          <SyntheticNote
            synthetic={detail.data.edition.synthetic}
            provenance={detail.data.edition.provenance}
          />
          <RankingsTable
            rows={filterByRegion(buildRows(detail.data.results, basics.cities, area), region)}
            areas={basics.framework.areas}
            areaName={areaName}
            caption={t('rankings.caption', {
              edition: detail.data.edition.label,
              region: region ? regionLabel(t, region) : t('rankings.allRegions'),
              by: areaName ?? t('rankings.overall'),
            })}
          />
        </>
      ) : null}
    </>
  );
}
