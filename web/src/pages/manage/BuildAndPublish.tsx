import { useRef, useState } from 'react';
import type { Role } from '../../../../src/services/contract.ts';
import { buildEdition, type EditionSummary, publishEdition } from '../../api/benchmark.ts';
import { ApiError } from '../../api/problem.ts';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Link } from '../../router/Link.tsx';
import { editionPath } from '../../router/routes.ts';
import { canPublish } from './roles.ts';
import { rankedAndAssociates } from './uploadReport.ts';

const asApiError = (caught: unknown) =>
  caught instanceof ApiError ? caught : new ApiError(0, { title: String(caught) });

interface BuildAndPublishProps {
  edition: EditionSummary;
  slug: string;
  role: Role;
  onChanged: () => Promise<void>;
}

/** "Build" (editor) and "Publish" (admin, after a confirmation that it freezes the edition). */
export function BuildAndPublish({ edition, slug, role, onChanged }: BuildAndPublishProps) {
  const { t } = useI18n();
  const [busy, setBusy] = useState<'build' | 'publish' | null>(null);
  const [built, setBuilt] = useState<{ ranked: number; associates: number } | null>(null);
  const [buildError, setBuildError] = useState<ApiError | null>(null);
  const [publishError, setPublishError] = useState<ApiError | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const isDraft = edition.status === 'draft';
  const label = edition.label;
  const rankingsLink = <Link href={editionPath(edition.number)}>{t('manage.viewRankings', { label })}</Link>;

  async function build() {
    setBusy('build');
    setBuilt(null);
    setBuildError(null);
    setPublishError(null);
    try {
      const detail = await buildEdition(slug, edition.number);
      setBuilt(rankedAndAssociates(detail.results));
      await onChanged();
    } catch (caught) {
      setBuildError(asApiError(caught));
    } finally {
      setBusy(null);
    }
  }

  async function publish() {
    dialog.current?.close();
    setBusy('publish');
    setPublishError(null);
    try {
      await publishEdition(slug, edition.number);
      await onChanged();
    } catch (caught) {
      setPublishError(asApiError(caught));
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      {isDraft ? (
        <section className="manage-step" aria-labelledby="manage-build-heading">
          <h3 id="manage-build-heading">{t('manage.buildHeading')}</h3>
          <p>{t('manage.buildIntro')}</p>
          <button type="button" className="button" disabled={busy !== null} onClick={build}>
            {busy === 'build' ? t('manage.building') : t('manage.build', { label })}
          </button>
          <div aria-live="polite">
            {built ? (
              <p className="notice notice-success" data-testid="build-result">
                {t('manage.built', { label, ...built })} {rankingsLink}
              </p>
            ) : null}
          </div>
          {buildError ? <ProblemMessage error={buildError} /> : null}
        </section>
      ) : null}
      <section className="manage-step" aria-labelledby="manage-publish-heading">
        <h3 id="manage-publish-heading">{t('manage.publishHeading')}</h3>
        {isDraft ? (
          <>
            <p>{t('manage.publishIntro')}</p>
            {canPublish(role) ? (
              <button
                type="button"
                className="button"
                disabled={busy !== null}
                onClick={() => dialog.current?.showModal()}
              >
                {busy === 'publish' ? t('manage.publishing') : t('manage.publish', { label })}
              </button>
            ) : (
              <p className="notice">{t('manage.publishAdminsOnly')}</p>
            )}
          </>
        ) : (
          <p className="notice notice-success" data-testid="publish-result" aria-live="polite">
            {t('manage.published', { label })} {rankingsLink}
          </p>
        )}
        {publishError ? <ProblemMessage error={publishError} /> : null}
      </section>
      <dialog
        ref={dialog}
        className="confirm-dialog"
        aria-labelledby="manage-confirm-heading"
        aria-describedby="manage-confirm-text"
      >
        <h2 id="manage-confirm-heading">{t('manage.confirmHeading', { label })}</h2>
        <p id="manage-confirm-text">{t('manage.confirmText', { label })}</p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={publish}>
            {t('manage.confirm')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => dialog.current?.close()}
            // biome-ignore lint/a11y/noAutofocus: the safe choice takes focus when the dialog opens.
            autoFocus
          >
            {t('manage.cancel')}
          </button>
        </div>
      </dialog>
    </>
  );
}
