import { type FormEvent, useId, useRef, useState } from 'react';
import { uploadAssessments, uploadContentType, uploadFactorValues } from '../../api/benchmark.ts';
import { ApiError } from '../../api/problem.ts';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { UploadReportView } from './UploadReportView.tsx';
import { uploadReport } from './uploadReport.ts';

type Outcome =
  | { kind: 'imported'; n: number; name: string }
  | { kind: 'invalid'; name: string; error: ApiError }
  | { kind: 'failed'; error: ApiError }
  | { kind: 'wrongType'; name: string }
  | { kind: 'noFile' };

interface UploadPanelProps {
  kind: 'factor-values' | 'assessments';
  heading: string;
  columns: readonly string[];
  slug: string;
  edition: number;
  onImported: () => Promise<void>;
}

/** One file input for a draft's factor values or assessments, with its outcome: rows imported, or every bad row. */
export function UploadPanel({ kind, heading, columns, slug, edition, onImported }: UploadPanelProps) {
  const { t } = useI18n();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const headingId = `${id}-heading`;
  const helpId = `${id}-help`;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return setOutcome({ kind: 'noFile' });
    if (!uploadContentType(file.name)) return setOutcome({ kind: 'wrongType', name: file.name });
    setBusy(true);
    setOutcome(null);
    try {
      const upload = kind === 'factor-values' ? uploadFactorValues : uploadAssessments;
      const { imported } = await upload(slug, edition, file);
      setOutcome({ kind: 'imported', n: imported, name: file.name });
      await onImported();
    } catch (caught) {
      const error = caught instanceof ApiError ? caught : new ApiError(0, { title: String(caught) });
      setOutcome(
        error.status === 400 ? { kind: 'invalid', name: file.name, error } : { kind: 'failed', error },
      );
    } finally {
      setBusy(false);
    }
  }

  function handleChange() {
    const file = input.current?.files?.[0];
    setOutcome(file && !uploadContentType(file.name) ? { kind: 'wrongType', name: file.name } : null);
  }

  return (
    <form
      className="form upload-panel"
      onSubmit={handleSubmit}
      aria-labelledby={headingId}
      data-testid={`upload-${kind}`}
    >
      <h3 id={headingId}>{heading}</h3>
      <div id={helpId} className="upload-help">
        <p>
          {t('manage.columns')} <code>{columns.join(',')}</code>
        </p>
        <p className="muted">{t('manage.replaceNote')}</p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('manage.fileLabel')}</label>
        <input
          ref={input}
          id={`${id}-file`}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={helpId}
          onChange={handleChange}
        />
      </div>
      <button type="submit" className="button" disabled={busy}>
        {busy ? t('manage.uploading') : t('manage.upload')}
      </button>
      <div aria-live="polite">
        {outcome?.kind === 'imported' ? (
          <p className="notice notice-success" data-testid="upload-imported">
            {t('manage.imported', { n: outcome.n, name: outcome.name })}
          </p>
        ) : null}
        {outcome?.kind === 'noFile' ? <p className="notice notice-error">{t('manage.chooseFile')}</p> : null}
        {outcome?.kind === 'wrongType' ? (
          <p className="notice notice-error">{t('manage.wrongType', { name: outcome.name })}</p>
        ) : null}
      </div>
      {outcome?.kind === 'invalid' ? (
        <UploadReportView
          fileName={outcome.name}
          title={outcome.error.problem.detail ?? outcome.error.problem.title ?? ''}
          report={uploadReport(outcome.error.problem)}
        />
      ) : null}
      {outcome?.kind === 'failed' ? <ProblemMessage error={outcome.error} /> : null}
    </form>
  );
}
