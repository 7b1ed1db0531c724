import { type FormEvent, useState } from 'react';
import { ApiError } from '../api/problem.ts';
import { FormField } from '../components/FormField.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { ProblemMessage } from '../components/ProblemMessage.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { navigate } from '../router/history.ts';
import { ROUTES } from '../router/routes.ts';
import { useSession } from '../session/SessionProvider.tsx';

function returnPath(): string {
  const next = new URLSearchParams(window.location.search).get('next');
  // Only same-site paths: an open redirect would let a link send users elsewhere after sign-in.
  return next?.startsWith('/') && !next.startsWith('//') ? next : ROUTES.benchmark;
}

export function SignInPage() {
  const { t } = useI18n();
  const { state, signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const justSignedOut = new URLSearchParams(window.location.search).has('signedOut');

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      await signIn(email, password);
      navigate(returnPath(), { replace: true });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, { title: String(caught) }));
    } finally {
      setSubmitting(false);
    }
  }

  if (state.status === 'signed-in') {
    return (
      <section className="narrow">
        <PageHeading>{t('auth.heading')}</PageHeading>
        <p>{t('auth.alreadySignedIn', { name: state.session.user.name })}</p>
      </section>
    );
  }

  return (
    <section className="narrow">
      <PageHeading>{t('auth.heading')}</PageHeading>
      {justSignedOut && !error ? (
        <p className="notice" role="status">
          {t('auth.signedOut')}
        </p>
      ) : null}
      <p>{t('auth.intro')}</p>
      <form className="form card" onSubmit={handleSubmit}>
        {error ? <ProblemMessage error={error} fieldsShownInline={['email', 'password']} /> : null}
        <FormField id="sign-in-email" label={t('auth.email')} errors={error?.fieldErrors('email') ?? []}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              name="email"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            />
          )}
        </FormField>
        <FormField
          id="sign-in-password"
          label={t('auth.password')}
          errors={error?.fieldErrors('password') ?? []}
        >
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            />
          )}
        </FormField>
        <button type="submit" className="button" disabled={submitting}>
          {submitting ? t('auth.submitting') : t('auth.signIn')}
        </button>
      </form>
    </section>
  );
}
