import { PageHeading } from '../components/PageHeading.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';

/** Modules that are planned but not built: say so plainly instead of showing an empty screen. */
export function PlaceholderPage({ module }: { module: 'surveys' | 'plans' }) {
  const { t } = useI18n();
  const name = t(module === 'surveys' ? 'nav.surveys' : 'nav.plans');
  return (
    <section className="narrow">
      <PageHeading>{t('placeholder.heading', { module: name })}</PageHeading>
      <p>{t(module === 'surveys' ? 'placeholder.surveys' : 'placeholder.plans')}</p>
    </section>
  );
}
