import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { PeerOrigin } from './api.ts';
import { ORIGIN_KEYS } from './profileView.ts';

/** Where a peer figure comes from, always visible beside it: published, illustrative or own survey. */
export function OriginBadge({ origin }: { origin: PeerOrigin }) {
  const { t } = useI18n();
  return <span className={`si-origin si-origin-${origin}`}>{t(ORIGIN_KEYS[origin])}</span>;
}

/** The visible label of generated or invented demo data, with its provenance. */
export function IllustrativeNote({ text, provenance }: { text: string; provenance?: string }) {
  const { t } = useI18n();
  return (
    <p className="synthetic-note" data-testid="illustrative-note">
      <strong className="synthetic-badge">{t('surveyInsights.illustrative')}</strong> {text}
      {provenance ? (
        <span className="provenance-text">
          {' '}
          {t('profile.provenance')}: {provenance}
        </span>
      ) : null}
    </p>
  );
}
