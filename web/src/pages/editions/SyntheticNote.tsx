import { useI18n } from '../../i18n/I18nProvider.tsx';

/**
 * The visible label every figure from synthetic demo data carries, with the API's provenance
 * string. Shown only when the API says the data is synthetic.
 */
export function SyntheticNote({ synthetic, provenance }: { synthetic?: boolean; provenance?: string }) {
  const { t } = useI18n();
  if (!synthetic && !provenance) return null;
  return (
    <p className="synthetic-note" data-testid="synthetic-note">
      {synthetic ? <strong className="synthetic-badge">{t('bench.synthetic')}</strong> : null}{' '}
      {provenance ? (
        <span className="provenance-text">
          {t('benchmark.provenance')}: {provenance}
        </span>
      ) : null}
    </p>
  );
}
