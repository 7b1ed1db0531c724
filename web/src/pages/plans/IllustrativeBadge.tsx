import { useI18n } from '../../i18n/I18nProvider.tsx';

/** The visible label of anything CityBench made up for the demo (a placeholder, an example). */
export function IllustrativeBadge() {
  const { t } = useI18n();
  return (
    <strong className="synthetic-badge illustrative-badge" data-testid="illustrative-badge">
      {t('plans.illustrative')}
    </strong>
  );
}
