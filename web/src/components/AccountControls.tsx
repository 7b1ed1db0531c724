import { useState } from 'react';
import { ApiError } from '../api/problem.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { navigate } from '../router/history.ts';
import { Link } from '../router/Link.tsx';
import { ROUTES } from '../router/routes.ts';
import { useSession } from '../session/SessionProvider.tsx';
import { ProblemMessage } from './ProblemMessage.tsx';

/** Header corner: who is signed in and a sign-out button, or a sign-in link. */
export function AccountControls() {
  const { t } = useI18n();
  const { state, signOut } = useSession();
  const [error, setError] = useState<ApiError | null>(null);

  if (state.status === 'loading') return null;
  if (state.status !== 'signed-in') {
    return (
      <Link className="button button-secondary" href={ROUTES.signIn}>
        {t('auth.signIn')}
      </Link>
    );
  }

  async function handleSignOut() {
    setError(null);
    try {
      await signOut();
      navigate(`${ROUTES.signIn}?signedOut=1`);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, { title: String(caught) }));
    }
  }

  return (
    <div className="account">
      <span className="account-name">{t('auth.signedInAs', { name: state.session.user.name })}</span>
      <button type="button" className="button button-secondary" onClick={handleSignOut}>
        {t('auth.signOut')}
      </button>
      {error ? <ProblemMessage error={error} /> : null}
    </div>
  );
}
