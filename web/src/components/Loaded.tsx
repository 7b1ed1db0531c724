import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ProblemMessage } from './ProblemMessage.tsx';
import type { Loadable } from './useApiData.ts';

/** Renders a loading line, the problem with a retry button, or `children` with the loaded data. */
export function Loaded<T>({
  value,
  onRetry,
  children,
}: {
  value: Loadable<T>;
  onRetry: () => void;
  children: (data: T) => ReactNode;
}) {
  const { t } = useI18n();
  if (value.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (value.status === 'error') return <ProblemMessage error={value.error} onRetry={onRetry} />;
  return <>{children(value.data)}</>;
}
