import { useState } from 'react';
import { updateOrganisation } from '../../api/endpoints.ts';
import { ApiError } from '../../api/problem.ts';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useSession } from '../../session/SessionProvider.tsx';

/** Public/private switch for the organisation (PATCH /api/organisation). */
export function OrganisationVisibility({ organisationName }: { organisationName: string }) {
  const { t } = useI18n();
  const { state, replaceSession } = useSession();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  if (state.status !== 'signed-in') return null;
  const { session } = state;
  const isPublic = session.organisation.isPublic;

  async function toggle() {
    setSaving(true);
    setError(null);
    setSaved(false);
    try {
      const organisation = await updateOrganisation({ isPublic: !isPublic });
      replaceSession({ ...session, organisation });
      setSaved(true);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, { title: String(caught) }));
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="card" aria-labelledby="organisation-heading">
      <h2 id="organisation-heading">{t('admin.organisationHeading')}</h2>
      <p data-testid="organisation-visibility">
        {t(isPublic ? 'admin.visibilityPublic' : 'admin.visibilityPrivate', {
          organisation: organisationName,
        })}
      </p>
      {error ? <ProblemMessage error={error} /> : null}
      <button type="button" className="button" onClick={toggle} disabled={saving}>
        {saving ? t('admin.saving') : t(isPublic ? 'admin.makePrivate' : 'admin.makePublic')}
      </button>
      <p role="status" className="status-line">
        {saved ? t('admin.saved') : ''}
      </p>
    </section>
  );
}
