import type { ApiError } from '../api/problem.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

interface ProblemMessageProps {
  error: ApiError;
  onRetry?: () => void;
  /** Fields the form shows next to their inputs; errors for any other path (e.g. "body") are listed here. */
  fieldsShownInline?: readonly string[];
}

/** Shows a problem+json error as the server worded it (title, then detail). */
export function ProblemMessage({ error, onRetry, fieldsShownInline = [] }: ProblemMessageProps) {
  const { t } = useI18n();
  const title = error.isNetworkFailure ? t('error.network') : (error.problem.title ?? t('error.unexpected'));
  const detail = error.isNetworkFailure ? undefined : error.problem.detail;
  const otherFieldErrors = Object.entries(error.problem.errors ?? {}).filter(
    ([field]) => !fieldsShownInline.includes(field),
  );
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{title}</p>
      {detail && detail !== title ? <p>{detail}</p> : null}
      {otherFieldErrors.length > 0 ? (
        <ul>
          {otherFieldErrors.flatMap(([field, messages]) =>
            messages.map((message) => <li key={`${field}:${message}`}>{`${field}: ${message}`}</li>),
          )}
        </ul>
      ) : null}
      {onRetry ? (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('error.retry')}
        </button>
      ) : null}
    </div>
  );
}
