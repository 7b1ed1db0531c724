import { listUsers } from '../../api/endpoints.ts';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useApiData } from '../../components/useApiData.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { localeOf } from '../../i18n/language.ts';
import { CreateUserForm } from './CreateUserForm.tsx';
import { roleKey } from './roles.ts';

export function UsersPanel({ organisationName }: { organisationName: string }) {
  const { t, language } = useI18n();
  const [users, reload] = useApiData('users', listUsers);
  const dateFormat = new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium' });

  return (
    <section className="card" aria-labelledby="users-heading">
      <h2 id="users-heading">{t('users.heading')}</h2>
      {users.status === 'loading' ? <p role="status">{t('app.loading')}</p> : null}
      {users.status === 'error' ? <ProblemMessage error={users.error} onRetry={reload} /> : null}
      {users.status === 'ready' && users.data.items.length === 0 ? <p>{t('users.empty')}</p> : null}
      {users.status === 'ready' && users.data.items.length > 0 ? (
        <TableScroll label={t('users.caption', { organisation: organisationName })}>
          <table className="data-table" data-testid="users-table">
            <caption>{t('users.caption', { organisation: organisationName })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('users.name')}</th>
                <th scope="col">{t('users.email')}</th>
                <th scope="col">{t('users.role')}</th>
                <th scope="col">{t('users.created')}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.items.map((user) => (
                <tr key={user.id}>
                  <th scope="row">{user.name}</th>
                  <td>{user.email}</td>
                  <td>{t(roleKey(user.role))}</td>
                  <td className="nowrap">{dateFormat.format(new Date(user.createdAt))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      <CreateUserForm onCreated={reload} />
    </section>
  );
}
