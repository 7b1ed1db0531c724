import { useRef, useState } from 'react';
import type { ApiError } from '../../api/problem.ts';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { publishSurvey, setSurveyStatus } from './api.ts';
import { asApiError, canEditSurveys, formatDate, formatDateTime, kindKey, statusKey } from './common.tsx';
import type { SectionProps } from './SurveyPage.tsx';

type Action = 'publish' | 'open' | 'close';

/** Status, versions, counts; publish (freeze the draft), open and close, each after a confirmation. */
export function OverviewSection({ slug, role, survey, onChanged }: SectionProps) {
  const { t, language } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, setPending] = useState<Action | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ action: Action; version: number } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const draftVersion = survey.draft?.version ?? null;
  const versions = [...survey.versions].sort((a, b) => b.version - a.version);

  function ask(action: Action) {
    setPending(action);
    setDone(null);
    setError(null);
    dialog.current?.showModal();
  }

  async function confirm() {
    dialog.current?.close();
    if (!pending) return;
    const action = pending;
    setBusy(true);
    try {
      const version = draftVersion ?? survey.latestVersion;
      const next =
        action === 'publish'
          ? await publishSurvey(slug, survey.id)
          : await setSurveyStatus(slug, survey.id, action === 'open' ? 'open' : 'closed');
      setDone({ action, version });
      onChanged(next);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  const editable = canEditSurveys(role);
  const version = draftVersion ?? survey.latestVersion;

  return (
    <>
      <dl className="survey-facts">
        <div>
          <dt>{t('surveys.overview.status')}</dt>
          <dd>{t(statusKey(survey.status))}</dd>
        </div>
        <div>
          <dt>{t('surveys.overview.kind')}</dt>
          <dd>{t(kindKey(survey.kind))}</dd>
        </div>
        <div>
          <dt>{t('surveys.overview.created')}</dt>
          <dd>{formatDate(survey.createdAt, language)}</dd>
        </div>
        <div>
          <dt>{t('surveys.overview.counts')}</dt>
          <dd data-testid="survey-counts">
            {t('surveys.overview.countsValue', {
              submitted: survey.counts.submitted,
              started: Math.max(0, survey.counts.started - survey.counts.submitted),
            })}
          </dd>
        </div>
      </dl>

      <section className="manage-step" aria-labelledby="survey-actions-heading">
        <h2 id="survey-actions-heading">{t('surveys.overview.actionsHeading')}</h2>
        <p>{t('surveys.overview.actionsIntro')}</p>
        {editable ? (
          <div className="dialog-actions">
            {draftVersion !== null ? (
              <button type="button" className="button" disabled={busy} onClick={() => ask('publish')}>
                {t('surveys.action.publish', { version: draftVersion })}
              </button>
            ) : null}
            {survey.status !== 'open' && survey.publishedVersion !== null ? (
              <button type="button" className="button" disabled={busy} onClick={() => ask('open')}>
                {t('surveys.action.open')}
              </button>
            ) : null}
            {survey.status === 'open' ? (
              <button
                type="button"
                className="button button-secondary"
                disabled={busy}
                onClick={() => ask('close')}
              >
                {t('surveys.action.close')}
              </button>
            ) : null}
          </div>
        ) : (
          <p className="notice">{t('surveys.create.editorsOnly')}</p>
        )}
        <div aria-live="polite">
          {busy ? <p role="status">{t('surveys.action.working')}</p> : null}
          {done ? (
            <p className="notice notice-success" data-testid="survey-action-result">
              {t(`surveys.action.done.${done.action}`, { version: done.version })}
            </p>
          ) : null}
        </div>
        {error ? <ProblemMessage error={error} /> : null}
      </section>

      <section className="manage-step" aria-labelledby="survey-versions-heading">
        <h2 id="survey-versions-heading">{t('surveys.overview.versionsHeading')}</h2>
        <TableScroll label={t('surveys.overview.versionsCaption')}>
          <table className="data-table" data-testid="survey-versions">
            <caption>{t('surveys.overview.versionsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="numeric">
                  {t('surveys.overview.versionColumn')}
                </th>
                <th scope="col">{t('surveys.overview.versionState')}</th>
                <th scope="col">{t('surveys.overview.created')}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.id}>
                  <th scope="row" className="numeric">
                    {v.version}
                  </th>
                  <td>
                    {v.publishedAt
                      ? t('surveys.overview.versionPublished', {
                          date: formatDateTime(v.publishedAt, language),
                        })
                      : t('surveys.overview.versionDraft')}
                  </td>
                  <td className="nowrap">{formatDateTime(v.createdAt, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      <dialog
        ref={dialog}
        className="confirm-dialog"
        aria-labelledby="survey-confirm-heading"
        aria-describedby="survey-confirm-text"
      >
        {pending ? (
          <>
            <h2 id="survey-confirm-heading">{t(`surveys.confirm.${pending}.heading`, { version })}</h2>
            <p id="survey-confirm-text">{t(`surveys.confirm.${pending}.text`)}</p>
          </>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={confirm}>
            {t('surveys.confirm.yes')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => dialog.current?.close()}
            // biome-ignore lint/a11y/noAutofocus: the safe choice takes focus when the dialog opens.
            autoFocus
          >
            {t('surveys.confirm.cancel')}
          </button>
        </div>
      </dialog>
    </>
  );
}
