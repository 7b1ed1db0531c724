import { createEdition, type EditionSummary } from '../../api/benchmark.ts';
import { FormField } from '../../components/FormField.tsx';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { useServerForm } from '../../components/useServerForm.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useOrgSlug } from '../editions/useOrgSlug.ts';

const FORM_FIELDS = ['number', 'label', 'publishedOn'] as const;

/** The next edition number after the newest one (1 when there is none). */
export function nextEditionNumber(editions: ReadonlyArray<{ number: number }>): number {
  return editions.reduce((max, e) => Math.max(max, e.number), 0) + 1;
}

/** POST /editions; the server's field errors appear under the field they name. */
export function NewEditionForm({
  editions,
  onCreated,
}: {
  editions: EditionSummary[];
  onCreated: (edition: EditionSummary) => Promise<void>;
}) {
  const { t } = useI18n();
  const slug = useOrgSlug();
  const { values, update, submitting, error, errorsFor, result, handleSubmit } = useServerForm(
    () => ({ number: String(nextEditionNumber(editions)), label: '', publishedOn: '' }),
    async (input) => {
      const edition = await createEdition(slug, {
        number: input.number.trim() === '' ? Number.NaN : Number(input.number),
        label: input.label,
        publishedOn: input.publishedOn,
      });
      await onCreated(edition);
      return {
        result: edition.label,
        next: { number: String(edition.number + 1), label: '', publishedOn: '' },
      };
    },
  );

  return (
    <form
      className="form manage-form"
      onSubmit={handleSubmit}
      aria-labelledby="new-edition-heading"
      noValidate
    >
      <h2 id="new-edition-heading">{t('manage.newHeading')}</h2>
      {error ? <ProblemMessage error={error} fieldsShownInline={FORM_FIELDS} /> : null}
      <div className="form-grid">
        <FormField id="new-edition-number" label={t('manage.number')} errors={errorsFor('number')}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="number"
              inputMode="numeric"
              min={1}
              step={1}
              required
              value={values.number}
              onChange={(event) => update('number', event.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            />
          )}
        </FormField>
        <FormField id="new-edition-label" label={t('manage.label')} errors={errorsFor('label')}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              required
              autoComplete="off"
              placeholder={`SCI ${values.number}`}
              value={values.label}
              onChange={(event) => update('label', event.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            />
          )}
        </FormField>
        <FormField
          id="new-edition-published-on"
          label={t('manage.publishedOn')}
          errors={errorsFor('publishedOn')}
        >
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="date"
              required
              value={values.publishedOn}
              onChange={(event) => update('publishedOn', event.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            />
          )}
        </FormField>
      </div>
      <button type="submit" className="button" disabled={submitting}>
        {submitting ? t('manage.creating') : t('manage.create')}
      </button>
      <p role="status" className="status-line">
        {result ? t('manage.created', { label: result }) : ''}
      </p>
    </form>
  );
}
