import type { Role } from '../../../../src/services/contract.ts';
import { createUser } from '../../api/endpoints.ts';
import { FormField } from '../../components/FormField.tsx';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { useServerForm } from '../../components/useServerForm.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ROLE_OPTIONS, roleKey } from './roles.ts';

const FORM_FIELDS = ['email', 'name', 'role', 'password'] as const;
const EMPTY = { email: '', name: '', role: 'viewer' as Role, password: '' };

/** POST /api/users; the server's field errors appear under the field they name. */
export function CreateUserForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useI18n();
  const { values, update, submitting, error, errorsFor, result, handleSubmit } = useServerForm(
    EMPTY,
    async (input) => {
      const member = await createUser(input);
      onCreated();
      return { result: member.email, next: EMPTY };
    },
  );

  return (
    <form className="form" onSubmit={handleSubmit} aria-labelledby="create-user-heading">
      <h3 id="create-user-heading">{t('users.createHeading')}</h3>
      {error ? <ProblemMessage error={error} fieldsShownInline={FORM_FIELDS} /> : null}
      <div className="form-grid">
        <FormField id="new-user-name" label={t('users.name')} errors={errorsFor('name')}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              required
              autoComplete="off"
              value={values.name}
              onChange={(event) => update('name', event.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            />
          )}
        </FormField>
        <FormField id="new-user-email" label={t('users.email')} errors={errorsFor('email')}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="email"
              required
              autoComplete="off"
              value={values.email}
              onChange={(event) => update('email', event.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            />
          )}
        </FormField>
        <FormField id="new-user-role" label={t('users.role')} errors={errorsFor('role')}>
          {({ id, describedBy, invalid }) => (
            <select
              id={id}
              value={values.role}
              onChange={(event) => update('role', event.target.value as Role)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            >
              {ROLE_OPTIONS.map((role) => (
                <option key={role} value={role}>
                  {t(roleKey(role))}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="new-user-password" label={t('users.password')} errors={errorsFor('password')}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="password"
              required
              autoComplete="new-password"
              value={values.password}
              onChange={(event) => update('password', event.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            />
          )}
        </FormField>
      </div>
      <button type="submit" className="button" disabled={submitting}>
        {submitting ? t('users.creating') : t('users.create')}
      </button>
      <p role="status" className="status-line">
        {result ? t('users.created.notice', { email: result }) : ''}
      </p>
    </form>
  );
}
