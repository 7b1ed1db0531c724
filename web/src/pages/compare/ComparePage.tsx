import { useEffect, useMemo, useState } from 'react';
import { type CompareResult, getComparison } from '../../api/benchmark.ts';
import { LazyEChart } from '../../charts/LazyEChart.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { useApiData } from '../../components/useApiData.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Link } from '../../router/Link.tsx';
import { cityPath, ROUTES } from '../../router/routes.ts';
import { EditionPicker } from '../editions/EditionPicker.tsx';
import { byCode, nameIn, regionLabel } from '../editions/names.ts';
import { SyntheticNote } from '../editions/SyntheticNote.tsx';
import { type BenchmarkBasics, useBenchmarkBasics } from '../editions/useBenchmarkBasics.ts';
import { MoversTable } from './MoversTable.tsx';
import { biggestMovers, parseCompareQuery } from './movers.ts';
import { regionalOption } from './regionalOption.ts';

const MOVERS_SHOWN = 10;
const TOP_CHOICES = [10, 20, 30] as const;

/** What changed between two editions (/benchmark/compare?from=10&to=11). */
export function ComparePage() {
  const { t } = useI18n();
  const [basics, reload] = useBenchmarkBasics();
  return (
    <article className="benchmark compare-page">
      <PageHeading>{t('compare.heading')}</PageHeading>
      <p className="lead">{t('compare.intro')}</p>
      <Loaded value={basics} onRetry={reload}>
        {(data) => <CompareView basics={data} />}
      </Loaded>
    </article>
  );
}

function CompareView({ basics }: { basics: BenchmarkBasics }) {
  const { t } = useI18n();
  const [query, setQuery] = useState(() =>
    parseCompareQuery(window.location.search, {
      from: basics.editions[1]?.number ?? 0,
      to: basics.editions[0]?.number ?? 0,
      top: 20,
    }),
  );
  // The URL follows the choice, so a comparison can be bookmarked or shared.
  useEffect(() => {
    const search = new URLSearchParams({
      from: String(query.from),
      to: String(query.to),
      top: String(query.top),
    });
    window.history.replaceState(null, '', `${ROUTES.compare}?${search}`);
  }, [query]);
  const key = `compare:${basics.slug}:${query.from}:${query.to}:${query.top}`;
  const [result, reload] = useApiData(key, () => getComparison(basics.slug, query));

  if (basics.editions.length < 2) return <p>{t('compare.needTwo')}</p>;
  return (
    <>
      <div className="toolbar">
        <EditionPicker
          label={t('compare.from')}
          editions={basics.editions}
          value={query.from}
          onChange={(from) => setQuery({ ...query, from })}
        />
        <EditionPicker
          label={t('compare.to')}
          editions={basics.editions}
          value={query.to}
          onChange={(to) => setQuery({ ...query, to })}
        />
        <div className="field-inline">
          <label htmlFor="compare-top">{t('compare.top')}</label>
          <select
            id="compare-top"
            value={query.top}
            onChange={(event) => setQuery({ ...query, top: Number(event.target.value) })}
          >
            {TOP_CHOICES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
      </div>
      {result.status === 'loading' ? <p role="status">{t('app.loading')}</p> : null}
      {result.status === 'error' ? <ProblemMessage error={result.error} onRetry={reload} /> : null}
      {result.status === 'ready' ? (
        <CompareResults basics={basics} result={result.data} top={query.top} />
      ) : null}
    </>
  );
}

function CompareResults({
  basics,
  result,
  top,
}: {
  basics: BenchmarkBasics;
  result: CompareResult;
  top: number;
}) {
  const { t, language } = useI18n();
  const cities = byCode(basics.cities);
  const label = (n: number) => basics.editions.find((e) => e.number === n)?.label ?? String(n);
  const { gainers, fallers } = biggestMovers(result.movers, MOVERS_SHOWN);
  const option = useMemo(
    () =>
      regionalOption(result.regionalChange, { region: (r) => regionLabel(t, r), axis: t('compare.percent') }),
    [result.regionalChange, t],
  );
  const cityLinks = (codes: string[], testId: string) =>
    codes.length === 0 ? (
      <p>{t('compare.none')}</p>
    ) : (
      <ul className="peer-list" data-testid={testId}>
        {codes.map((code) => (
          <li key={code}>
            <Link href={cityPath(code)}>{nameIn(language, cities.get(code), code)}</Link>
          </li>
        ))}
      </ul>
    );
  const regionalSummary = result.regionalChange
    .map((r) => `${regionLabel(t, r.region)} ${r.meanScoreChangePct.toFixed(2)}%`)
    .join(', ');
  // The comparison carries no provenance of its own: the two editions' apply.
  const compared = basics.editions.filter((e) => e.number === result.from || e.number === result.to);
  const synthetic = compared.some((e) => e.synthetic);
  const provenance = [...new Set(compared.map((e) => e.provenance))].join(' ');

  return (
    <>
      <SyntheticNote synthetic={synthetic} provenance={provenance} />
      <div className="compare-grid">
        <MoversTable
          title={t('compare.gainers')}
          movers={gainers}
          cities={cities}
          fromLabel={label(result.from)}
          toLabel={label(result.to)}
          testId="gainers-table"
        />
        <MoversTable
          title={t('compare.fallers')}
          movers={fallers}
          cities={cities}
          fromLabel={label(result.from)}
          toLabel={label(result.to)}
          testId="fallers-table"
        />
        <section className="card" aria-labelledby="entrants-heading">
          <h2 id="entrants-heading">{t('compare.entrants')}</h2>
          {cityLinks(result.entrants, 'entrants')}
          <h2>{t('compare.leavers')}</h2>
          {cityLinks(result.leavers, 'leavers')}
          <h2>{t('compare.enteredTop', { n: top })}</h2>
          {cityLinks(result.enteredTop, 'entered-top')}
          <h2>{t('compare.leftTop', { n: top })}</h2>
          {cityLinks(result.leftTop, 'left-top')}
        </section>
        <section className="card" aria-labelledby="streaks-heading">
          <h2 id="streaks-heading">{t('compare.streaks', { n: top })}</h2>
          {result.streaks.length === 0 ? (
            <p>{t('compare.none')}</p>
          ) : (
            <ol className="peer-list" data-testid="streaks">
              {result.streaks.map((s) => (
                <li key={s.city}>
                  <Link href={cityPath(s.city)}>{nameIn(language, cities.get(s.city), s.city)}</Link>:{' '}
                  {t('compare.streakItem', { n: s.editions })}
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
      <figure className="card chart-card">
        <figcaption>
          <h2>{t('compare.regional')}</h2>
        </figcaption>
        <LazyEChart option={option} label={t('compare.regionalSummary', { points: regionalSummary })} />
      </figure>
    </>
  );
}
