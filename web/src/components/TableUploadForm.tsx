import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import { uploadContentType } from '../api/http.ts';
import { ApiError } from '../api/problem.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { UploadReportView } from '../pages/manage/UploadReportView.tsx';
import { uploadReport } from '../pages/manage/uploadReport.ts';
import { ProblemMessage } from './ProblemMessage.tsx';

type Outcome =
  | { kind: 'imported'; n: number; name: string }
  | { kind: 'invalid'; name: string; error: ApiError }
  | { kind: 'failed'; error: ApiError }
  | { kind: 'wrongType'; name: string }
  | { kind: 'noFile' };

interface TableUploadFormProps<T> {
  /** Prefix of the heading, help and file input ids. */
  id: string;
  testId: string;
  heading: string;
  headingLevel: 'h2' | 'h3';
  /** What the file should hold; the file input is described by it. */
  help: ReactNode;
  /** The data-testid and text of the notice after a successful import. */
  importedTestId: string;
  importedText: (n: number, name: string) => string;
  upload: (file: File) => Promise<T>;
  /** How many rows or items the upload's result says were imported. */
  importedCount: (result: T) => number;
  onImported: (result: T) => Promise<void>;
}

/**
 * One file input for a .csv or .xlsx table, with its outcome: rows imported, or every bad row
 * (a 400 answer's report).
 */
export function TableUploadForm<T>({
  id,
  testId,
  heading,
  headingLevel: Heading,
  help,
  importedTestId,
  importedText,
  upload,
  importedCount,
  onImported,
}: TableUploadFormProps<T>) {
  const { t } = useI18n();
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
      const result = await upload(file);
      setOutcome({ kind: 'imported', n: importedCount(result), name: file.name });
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
      aria-labelledby={headingId}
      data-testid={testId}
    >
      <Heading id={headingId}>{heading}</Heading>
      <div id={helpId} className="upload-help">
        {help}
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
          <p className="notice notice-success" data-testid={importedTestId}>
            {importedText(outcome.n, outcome.name)}
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
