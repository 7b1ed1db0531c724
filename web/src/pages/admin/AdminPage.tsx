import { PageHeading } from '../../components/PageHeading.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Link } from '../../router/Link.tsx';
import { ROUTES } from '../../router/routes.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { AuditLog } from './AuditLog.tsx';
import { OrganisationVisibility } from './OrganisationVisibility.tsx';
import { UsersPanel } from './UsersPanel.tsx';

/** Admin role only; everyone else gets a polite explanation instead of a 403 page. */
export function AdminPage() {
  const { t, language } = useI18n();
  const { state } = useSession();

  if (state.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (state.status !== 'signed-in') {
    return (
      <section className="narrow">
        <PageHeading>{t('admin.heading')}</PageHeading>
        <p>
          {t('auth.required')}{' '}
          <Link href={`${ROUTES.signIn}?next=${encodeURIComponent(ROUTES.admin)}`}>{t('auth.signIn')}</Link>
        </p>
      </section>
    );
  }

  const { organisation } = state.session;
  const organisationName = language === 'ko' && organisation.nameKo ? organisation.nameKo : organisation.name;
  if (state.session.role !== 'admin') {
    return (
      <section className="narrow">
        <PageHeading>{t('admin.heading')}</PageHeading>
        <p className="notice">{t('admin.adminsOnly', { organisation: organisationName })}</p>
      </section>
    );
  }

  return (
    <div className="admin">
      <PageHeading>{t('admin.heading')}</PageHeading>
      <OrganisationVisibility organisationName={organisationName} />
      <UsersPanel organisationName={organisationName} />
      <AuditLog organisationName={organisationName} />
    </div>
  );
}
