import { type FormEvent, useRef, useState } from 'react';
import type { PlanImportResult } from '../../../../src/services/contract-plans.ts';
import { ApiError } from '../../api/problem.ts';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { UploadReportView } from '../manage/UploadReportView.tsx';
import { uploadReport } from '../manage/uploadReport.ts';
import { uploadContentType } from './api.ts';

type Outcome =
  | { kind: 'imported'; n: number; name: string }
  | { kind: 'invalid'; name: string; error: ApiError }
  | { kind: 'failed'; error: ApiError }
  | { kind: 'wrongType'; name: string }
  | { kind: 'noFile' };

interface ImportPanelProps {
  id: string;
  heading: string;
  intro: string;
  note?: string;
  upload: (file: File) => Promise<PlanImportResult>;
  onImported: (result: PlanImportResult) => Promise<void>;
}

/** A plan-table upload (.csv or .xlsx) with its outcome: items imported, or every bad row. */
export function ImportPanel({ id, heading, intro, note, upload, onImported }: ImportPanelProps) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return setOutcome({ kind: 'noFile' });
    if (!uploadContentType(file.name)) return setOutcome({ kind: 'wrongType', name: file.name });
    setBusy(true);
    setOutcome(null);
    try {
      const result = await upload(file);
      setOutcome({ kind: 'imported', n: result.items, name: file.name });
      await onImported(result);
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
      aria-labelledby={`${id}-heading`}
      data-testid={id}
    >
      <h2 id={`${id}-heading`}>{heading}</h2>
      <div id={`${id}-help`} className="upload-help">
        <p>{intro}</p>
        {note ? <p className="muted">{note}</p> : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('manage.fileLabel')}</label>
        <input
          ref={input}
          id={`${id}-file`}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={`${id}-help`}
          onChange={handleChange}
        />
      </div>
      <button type="submit" className="button" disabled={busy}>
        {busy ? t('manage.uploading') : t('manage.upload')}
      </button>
      <div aria-live="polite">
        {outcome?.kind === 'imported' ? (
          <p className="notice notice-success" data-testid="import-done">
            {t('plans.document.imported', { n: outcome.n, name: outcome.name })}
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
