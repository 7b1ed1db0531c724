import { useMemo, useRef, useState } from 'react';
import type { Role } from '../../../../src/services/contract.ts';
import { type EditionSummary, listEditions } from '../../api/benchmark.ts';
import { ApiError } from '../../api/problem.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useApiData } from '../../components/useApiData.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Link } from '../../router/Link.tsx';
import { ROUTES } from '../../router/routes.ts';
import { canManage } from '../manage/roles.ts';
import {
  getAnalytics,
  getIntoIndexPreview,
  type InsightSurveyRef,
  type IntoIndexPreview,
  type IntoIndexResult,
  importIntoIndex,
} from './api.ts';
import { perCityOption } from './chartOptions.ts';
import { formatDate } from './format.ts';
import { IllustrativeNote } from './OriginBadge.tsx';
import { pick } from './profileView.ts';
import { SizedChart } from './SizedChart.tsx';
import { DEFAULT_MIN_ASSESSMENTS } from './tables.ts';

const asApiError = (caught: unknown) =>
  caught instanceof ApiError ? caught : new ApiError(0, { title: String(caught) });

/** /surveys/{id}/into-index: preview a closed expert-assessment survey as an edition's assessments, then import. */
export function IntoIndexPage({ slug, surveyId, role }: { slug: string; surveyId: string; role: Role }) {
  const { t, language } = useI18n();
  const [basics, reload] = useApiData(`into-index-basics:${slug}:${surveyId}:${language}`, async () => {
    const [analytics, editions] = await Promise.all([
      getAnalytics(slug, surveyId, language),
      listEditions(slug),
    ]);
    return { survey: analytics.survey, editions: editions.items };
  });
  if (basics.status === 'ready') {
    return (
      <IntoIndexView slug={slug} role={role} survey={basics.data.survey} editions={basics.data.editions} />
    );
  }
  return (
    <article className="survey-insights si-into-index">
      <PageHeading>{t('intoIndex.loadingHeading')}</PageHeading>
      {basics.status === 'error' ? (
        <ProblemMessage error={basics.error} onRetry={reload} />
      ) : (
        <p role="status">{t('app.loading')}</p>
      )}
    </article>
  );
}

function Rules({ rules }: { rules: IntoIndexPreview['rules'] | null }) {
  const { t } = useI18n();
  const months = rules?.windowMonths ?? 24;
  const min = rules?.minAssessments ?? DEFAULT_MIN_ASSESSMENTS;
  return (
    <section className="card si-rules" aria-labelledby="si-rules-heading">
      <h2 id="si-rules-heading">{t('intoIndex.rulesHeading')}</h2>
      <ul>
        {rules === null || rules.excludeHomeCity ? <li>{t('intoIndex.ruleHome')}</li> : null}
        <li>{t('intoIndex.ruleWindow', { months })}</li>
        <li>{t('intoIndex.ruleMinimum', { min })}</li>
      </ul>
      <p className="source-note">{t('intoIndex.rulesSource')}</p>
    </section>
  );
}

function IntoIndexView({
  slug,
  role,
  survey,
  editions,
}: {
  slug: string;
  role: Role;
  survey: InsightSurveyRef;
  editions: EditionSummary[];
}) {
  const { t } = useI18n();
  const drafts = editions.filter((e) => e.status === 'draft');
  const [edition, setEdition] = useState<number | null>(drafts[0]?.number ?? null);
  const [copyFrom, setCopyFrom] = useState<number | null>(null);
  const [result, setResult] = useState<IntoIndexResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const [preview, reloadPreview] = useApiData(`into-index:${slug}:${survey.id}:${edition}`, () =>
    edition === null
      ? new Promise<IntoIndexPreview>(() => {})
      : getIntoIndexPreview(slug, survey.id, edition),
  );
  const chosen = drafts.find((d) => d.number === edition);
  const isExpert = survey.kind === 'expert_assessment';
  const closed = survey.status === 'closed';
  const editor = canManage(role);

  async function runImport() {
    dialog.current?.close();
    if (edition === null) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const done = await importIntoIndex(slug, survey.id, {
        edition,
        ...(copyFrom === null ? {} : { factorValuesFrom: copyFrom }),
      });
      setResult(done);
      reloadPreview();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <article className="survey-insights si-into-index" data-testid="into-index">
      <PageHeading>{t('intoIndex.heading', { survey: survey.title })}</PageHeading>
      <p className="lead">{t('intoIndex.intro')}</p>
      {survey.synthetic ? (
        <IllustrativeNote text={t('surveyInsights.illustrativeNote')} provenance={survey.provenance} />
      ) : null}
      {!isExpert ? <p className="notice">{t('intoIndex.notExpert')}</p> : null}
      <Rules rules={preview.status === 'ready' ? preview.data.rules : null} />
      {isExpert ? (
        <section className="card" aria-labelledby="si-edition-heading">
          <h2 id="si-edition-heading">{t('intoIndex.editionHeading')}</h2>
          {drafts.length === 0 ? (
            <p className="notice">
              {t('intoIndex.noDrafts')} <Link href={ROUTES.manage}>{t('intoIndex.manageLink')}</Link>
            </p>
          ) : (
            <div className="form-grid">
              <div className="field">
                <label htmlFor="si-edition">{t('intoIndex.edition')}</label>
                <select
                  id="si-edition"
                  value={edition ?? ''}
                  onChange={(e) => {
                    setEdition(Number(e.target.value));
                    setResult(null);
                  }}
                >
                  {drafts.map((d) => (
                    <option key={d.number} value={d.number}>
                      {d.label}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="si-copy-from">{t('intoIndex.copyFactors')}</label>
                <select
                  id="si-copy-from"
                  value={copyFrom ?? ''}
                  onChange={(e) => setCopyFrom(e.target.value === '' ? null : Number(e.target.value))}
                >
                  <option value="">{t('intoIndex.noCopy')}</option>
                  {editions
                    .filter((e) => e.number !== edition)
                    .map((e) => (
                      <option key={e.number} value={e.number}>
                        {e.label}
                      </option>
                    ))}
                </select>
              </div>
            </div>
          )}
        </section>
      ) : null}
      {isExpert && edition !== null && preview.status === 'loading' ? (
        <p role="status">{t('app.loading')}</p>
      ) : null}
      {isExpert && preview.status === 'error' ? (
        <ProblemMessage error={preview.error} onRetry={reloadPreview} />
      ) : null}
      {isExpert && preview.status === 'ready' ? <PreviewView preview={preview.data} /> : null}
      {isExpert && chosen ? (
        <section className="card si-import" aria-labelledby="si-import-heading">
          <h2 id="si-import-heading">{t('intoIndex.importHeading')}</h2>
          {!closed ? <p className="notice">{t('intoIndex.notClosed')}</p> : null}
          {!editor ? <p className="notice">{t('intoIndex.editorsOnly')}</p> : null}
          <p>{t('intoIndex.replaceWarning', { edition: chosen.label })}</p>
          <button
            type="button"
            className="button"
            disabled={!closed || !editor || busy || preview.status !== 'ready'}
            onClick={() => dialog.current?.showModal()}
          >
            {busy ? t('intoIndex.importing') : t('intoIndex.confirm', { edition: chosen.label })}
          </button>
          {error ? <ProblemMessage error={error} /> : null}
          {result ? (
            <div className="notice notice-success" role="status" data-testid="into-index-result">
              <p className="notice-title">
                {t('intoIndex.imported', { n: result.imported, edition: result.edition.label })}
              </p>
              {result.factorValuesFrom !== null ? (
                <p>
                  {t('intoIndex.factorsCopied', {
                    n: result.factorValuesCopied,
                    from: result.factorValuesFrom,
                  })}
                </p>
              ) : null}
              <p>
                {t('intoIndex.nextStep')} <Link href={ROUTES.manage}>{t('intoIndex.manageLink')}</Link>
              </p>
            </div>
          ) : null}
          <dialog ref={dialog} className="confirm-dialog" aria-labelledby="si-confirm-title">
            <h2 id="si-confirm-title">{t('intoIndex.confirmTitle')}</h2>
            <p>{t('intoIndex.replaceWarning', { edition: chosen.label })}</p>
            {preview.status === 'ready' ? (
              <p>
                {t('intoIndex.confirmCounts', {
                  n: preview.data.counts.assessments,
                  counted: preview.data.counts.counted,
                })}
              </p>
            ) : null}
            <div className="dialog-actions">
              <button type="button" className="button" onClick={runImport}>
                {t('intoIndex.confirm', { edition: chosen.label })}
              </button>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => dialog.current?.close()}
              >
                {t('intoIndex.cancel')}
              </button>
            </div>
          </dialog>
        </section>
      ) : null}
      <p>
        <Link href={ROUTES.manage}>{t('intoIndex.manageLink')}</Link>
      </p>
    </article>
  );
}

function PreviewView({ preview }: { preview: IntoIndexPreview }) {
  const { t, language } = useI18n();
  const { counts, rules } = preview;
  const min = rules.minAssessments;
  const bars = useMemo(
    () =>
      preview.cities.map((c) => ({
        label: pick(language, c.nameEn, c.nameKo),
        count: c.fromOthers,
        rated: c.status === 'rated',
      })),
    [preview.cities, language],
  );
  const option = useMemo(
    () => perCityOption(bars, min, { count: t('intoIndex.fromOthers'), minimum: t('intoIndex.minimum') }),
    [bars, min, t],
  );
  const figures: { label: string; value: number; testId: string }[] = [
    { label: t('intoIndex.responses'), value: counts.responses, testId: 'responses' },
    { label: t('intoIndex.usedResponses'), value: counts.usedResponses, testId: 'used-responses' },
    { label: t('intoIndex.assessments'), value: counts.assessments, testId: 'assessments' },
    { label: t('intoIndex.excludedHome'), value: counts.excludedHomeCity, testId: 'excluded-home' },
    {
      label: t('intoIndex.excludedWindow', { months: rules.windowMonths }),
      value: counts.outsideWindow,
      testId: 'outside-window',
    },
    { label: t('intoIndex.counted'), value: counts.counted, testId: 'counted' },
    { label: t('intoIndex.afterDate'), value: counts.afterEditionDate, testId: 'after-date' },
  ];
  return (
    <section
      className="card si-preview"
      aria-labelledby="si-preview-heading"
      data-testid="into-index-preview"
    >
      <h2 id="si-preview-heading">{t('intoIndex.previewHeading')}</h2>
      <p className="source-note">
        {preview.edition.label} ·{' '}
        {t('intoIndex.editionDate', { date: formatDate(language, preview.edition.publishedOn) })}
      </p>
      <dl className="figures si-preview-figures">
        {figures.map((f) => (
          <div key={f.testId}>
            <dt>{f.label}</dt>
            <dd data-testid={`into-index-${f.testId}`}>{f.value}</dd>
          </div>
        ))}
      </dl>
      <p className="source-note">{t('intoIndex.storedNote')}</p>
      <h3>{t('intoIndex.perCityHeading')}</h3>
      <p data-testid="into-index-standing">
        {t('intoIndex.perCitySummary', { rated: preview.rated, associate: preview.associates, min })}
      </p>
      {bars.length > 0 ? (
        <SizedChart
          height={Math.max(200, 60 + bars.length * 22)}
          option={option}
          label={t('intoIndex.chartSummary', { min })}
        />
      ) : null}
      <details className="si-city-details">
        <summary>{t('intoIndex.cityTable')}</summary>
        <TableScroll label={t('intoIndex.perCityHeading')}>
          <table className="data-table si-city-table" data-testid="into-index-cities">
            <thead>
              <tr>
                <th scope="col">{t('intoIndex.city')}</th>
                <th scope="col" className="numeric">
                  {t('intoIndex.count')}
                </th>
                <th scope="col" className="numeric">
                  {t('intoIndex.fromOthers')}
                </th>
                <th scope="col">{t('intoIndex.standing')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.cities.map((c) => (
                <tr key={c.code}>
                  <th scope="row">{pick(language, c.nameEn, c.nameKo)}</th>
                  <td className="numeric">{c.assessments}</td>
                  <td className="numeric">{c.fromOthers}</td>
                  <td>
                    {c.status === 'rated'
                      ? t('intoIndex.rated')
                      : t('intoIndex.associate', { short: Math.max(0, min - c.fromOthers) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
      {preview.skipped.length > 0 ? (
        <details className="si-skipped">
          <summary>{t('intoIndex.skippedHeading', { n: preview.skipped.length })}</summary>
          <ul>
            {preview.skipped.map((s) => (
              <li key={s.responseId}>
                <code>{s.responseId.slice(0, 8)}</code> {s.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
