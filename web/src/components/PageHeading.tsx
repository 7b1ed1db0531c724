import { useEffect } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';

/**
 * The page's h1. It also sets the document title, and can take focus (tabIndex -1) so the app
 * moves focus here after client-side navigation, as a full page load would.
 */
export function PageHeading({ children }: { children: string }) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${children} · ${t('app.name')}`;
  }, [children, t]);
  return (
    <h1 className="page-heading" tabIndex={-1}>
      {children}
    </h1>
  );
}
