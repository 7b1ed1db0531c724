import { useId } from 'react';
import {
  FUNDING_SOURCE_VALUES,
  HORIZON_VALUES,
  PLAN_ITEM_STATUS_VALUES,
  type PlanFundingSource,
  type PlanHorizon,
  type PlanItemNode,
  type PlanItemStatus,
  type PlanProjectType,
  PROJECT_TYPE_VALUES,
} from '../../../../src/services/contract-plans.ts';
import { FormField } from '../../components/FormField.tsx';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { useServerForm } from '../../components/useServerForm.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { createItem, moveItem, updateItem } from './api.ts';
import { checkItem, type ItemFormValues, newBudgetLine } from './itemForm.ts';
import { formatAmount, parseAmountInput } from './money.ts';
import { invalidProblem, nameOf } from './planView.ts';
import { findItem, parentChoices } from './tree.ts';
import { useLevelName } from './useLevelName.ts';

export type EditorTarget =
  | { mode: 'create'; parentId: string | null; values: ItemFormValues }
  | { mode: 'edit'; item: PlanItemNode; values: ItemFormValues };

const INLINE_FIELDS = [
  'level',
  'nameEn',
  'nameKo',
  'descriptionEn',
  'descriptionKo',
  'projectType',
  'horizon',
  'status',
  'alignment',
  'leadDepartment',
  'partners',
  'anchorCompanies',
  'startDate',
  'endDate',
  'envelope',
  'illustrative',
  'note',
  'parentId',
];

interface ItemEditorProps {
  target: EditorTarget;
  slug: string;
  planId: string;
  items: PlanItemNode[];
  firstYear: number | null;
  onSaved: (name: string, created: boolean) => Promise<void>;
  onCancel: () => void;
}

/** The form of one item: every field, its budget lines by year and source, and its parent. */
export function ItemEditor({ target, slug, planId, items, firstYear, onSaved, onCancel }: ItemEditorProps) {
  const { t, language } = useI18n();
  const levelName = useLevelName();
  const formId = useId();
  const currentParent = target.mode === 'edit' ? target.item.parentId : target.parentId;
  const form = useServerForm(
    () => ({ ...target.values, parentId: currentParent ?? '' }),
    async (values) => {
      const checked = checkItem(values);
      if (!checked.ok) throw invalidProblem(checked.errors, t);
      const name = nameOf(checked.item, language);
      const parentId = values.parentId === '' ? null : values.parentId;
      if (target.mode === 'create') {
        await createItem(slug, planId, { ...checked.item, parentId });
        await onSaved(name, true);
      } else {
        await updateItem(slug, planId, target.item.id, checked.item);
        if (parentId !== target.item.parentId) await moveItem(slug, planId, target.item.id, { parentId });
        await onSaved(name, false);
      }
      return { result: name, next: values };
    },
  );
  const { values, update, submitting, error, errorsFor, handleSubmit } = form;
  const choices = target.mode === 'edit' ? parentChoices(items, target.item.id) : [];
  const heading =
    target.mode === 'edit'
      ? t('plans.items.editHeading', { name: nameOf(target.item, language) })
      : target.parentId === null
        ? t('plans.items.newHeading')
        : t('plans.items.newChildHeading', {
            name: nameOf(findItem(items, target.parentId) ?? { nameEn: '', nameKo: '' }, language),
          });
  const headingId = `${formId}-heading`;
  const inline = [
    ...INLINE_FIELDS,
    ...values.budget.flatMap((_, i) => ['year', 'source', 'amount'].map((f) => `budget.${i}.${f}`)),
  ];

  type TextField = 'level' | 'nameEn' | 'nameKo' | 'leadDepartment' | 'startDate' | 'endDate' | 'envelope';
  const input = (field: TextField, label: string, extra: { type?: string; help?: string } = {}) => (
    <FormField id={`${formId}-${field}`} label={label} errors={errorsFor(field)}>
      {({ id, describedBy, invalid }) => (
        <>
          <input
            id={id}
            type={extra.type ?? 'text'}
            autoComplete="off"
            value={values[field]}
            onChange={(event) => update(field, event.target.value)}
            aria-describedby={
              [describedBy, extra.help ? `${id}-help` : undefined].filter(Boolean).join(' ') || undefined
            }
            aria-invalid={invalid}
          />
          {extra.help ? (
            <p id={`${id}-help`} className="field-help muted">
              {extra.help}
            </p>
          ) : null}
        </>
      )}
    </FormField>
  );
  type AreaField = 'descriptionEn' | 'descriptionKo' | 'alignment' | 'partners' | 'anchorCompanies' | 'note';
  const area = (field: AreaField, label: string, help?: string) => (
    <FormField id={`${formId}-${field}`} label={label} errors={errorsFor(field)}>
      {({ id, describedBy, invalid }) => (
        <>
          <textarea
            id={id}
            rows={2}
            value={values[field]}
            onChange={(event) => update(field, event.target.value)}
            aria-describedby={
              [describedBy, help ? `${id}-help` : undefined].filter(Boolean).join(' ') || undefined
            }
            aria-invalid={invalid}
          />
          {help ? (
            <p id={`${id}-help`} className="field-help muted">
              {help}
            </p>
          ) : null}
        </>
      )}
    </FormField>
  );

  const setLine = (index: number, patch: Partial<ItemFormValues['budget'][number]>) =>
    update(
      'budget',
      values.budget.map((line, i) => (i === index ? { ...line, ...patch } : line)),
    );

  return (
    <form
      className="form plans-form item-editor"
      onSubmit={handleSubmit}
      aria-labelledby={headingId}
      noValidate
      data-testid="item-editor"
    >
      <h2 id={headingId}>{heading}</h2>
      {error ? <ProblemMessage error={error} fieldsShownInline={inline} /> : null}
      <div className="form-grid">
        {input('nameEn', t('plans.field.nameEn'))}
        {input('nameKo', t('plans.field.nameKo'))}
        {input('level', t('plans.field.level'))}
        {target.mode === 'edit' ? (
          <FormField id={`${formId}-parentId`} label={t('plans.field.parent')} errors={errorsFor('parentId')}>
            {({ id, describedBy, invalid }) => (
              <select
                id={id}
                value={values.parentId}
                onChange={(event) => update('parentId', event.target.value)}
                aria-describedby={describedBy}
                aria-invalid={invalid}
              >
                <option value="">{t('plans.topLevel')}</option>
                {choices.map((row) => (
                  <option key={row.item.id} value={row.item.id}>
                    {`${'\u2003'.repeat(row.depth)}${row.outline} ${nameOf(row.item, language)} (${levelName(row.item.level)})`}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        ) : null}
        <FormField
          id={`${formId}-projectType`}
          label={t('plans.field.projectType')}
          errors={errorsFor('projectType')}
        >
          {({ id, describedBy, invalid }) => (
            <select
              id={id}
              value={values.projectType}
              onChange={(event) => update('projectType', event.target.value as PlanProjectType | '')}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            >
              <option value="">{t('plans.field.none')}</option>
              {PROJECT_TYPE_VALUES.map((type) => (
                <option key={type} value={type}>
                  {t(`plans.type.${type}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={`${formId}-horizon`} label={t('plans.field.horizon')} errors={errorsFor('horizon')}>
          {({ id, describedBy, invalid }) => (
            <select
              id={id}
              value={values.horizon}
              onChange={(event) => update('horizon', event.target.value as PlanHorizon | '')}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            >
              <option value="">{t('plans.field.none')}</option>
              {HORIZON_VALUES.map((horizon) => (
                <option key={horizon} value={horizon}>
                  {t(`plans.horizon.${horizon}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={`${formId}-status`} label={t('plans.field.status')} errors={errorsFor('status')}>
          {({ id, describedBy, invalid }) => (
            <select
              id={id}
              value={values.status}
              onChange={(event) => update('status', event.target.value as PlanItemStatus)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            >
              {PLAN_ITEM_STATUS_VALUES.map((status) => (
                <option key={status} value={status}>
                  {t(`plans.itemStatus.${status}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {input('startDate', t('plans.field.start'), { type: 'date' })}
        {input('endDate', t('plans.field.end'), { type: 'date' })}
        {input('leadDepartment', t('plans.field.leadDepartment'))}
        {area('partners', t('plans.field.partners'), t('plans.field.listHelp'))}
        {area('anchorCompanies', t('plans.field.anchorCompanies'), t('plans.field.listHelp'))}
        {area('alignment', t('plans.field.alignment'), t('plans.field.alignmentHelp'))}
        {area('descriptionEn', t('plans.field.descriptionEn'))}
        {area('descriptionKo', t('plans.field.descriptionKo'))}
        {input('envelope', t('plans.field.envelope'), { help: t('plans.field.envelopeHelp') })}
        {area('note', t('plans.items.note'))}
        <div className="field field-check">
          <input
            id={`${formId}-illustrative`}
            type="checkbox"
            checked={values.illustrative}
            onChange={(event) => update('illustrative', event.target.checked)}
          />
          <label htmlFor={`${formId}-illustrative`}>{t('plans.field.illustrative')}</label>
        </div>
      </div>

      <fieldset className="budget-lines">
        <legend>{t('plans.items.budgetLines')}</legend>
        <p className="field-help muted">{t('plans.field.amountHelp')}</p>
        {values.budget.length === 0 ? <p className="muted">{t('plans.items.noLines')}</p> : null}
        {values.budget.map((line, i) => {
          const parsed = parseAmountInput(line.amount);
          return (
            <div key={line.key} className="budget-line" data-testid="budget-line">
              <FormField
                id={`${formId}-line-${line.key}-year`}
                label={t('plans.field.year')}
                errors={errorsFor(`budget.${i}.year`)}
              >
                {({ id, describedBy, invalid }) => (
                  <input
                    id={id}
                    inputMode="numeric"
                    size={6}
                    value={line.year}
                    onChange={(event) => setLine(i, { year: event.target.value })}
                    aria-describedby={describedBy}
                    aria-invalid={invalid}
                  />
                )}
              </FormField>
              <FormField
                id={`${formId}-line-${line.key}-source`}
                label={t('plans.field.source')}
                errors={errorsFor(`budget.${i}.source`)}
              >
                {({ id, describedBy, invalid }) => (
                  <select
                    id={id}
                    value={line.source}
                    onChange={(event) => setLine(i, { source: event.target.value as PlanFundingSource })}
                    aria-describedby={describedBy}
                    aria-invalid={invalid}
                  >
                    {FUNDING_SOURCE_VALUES.map((source) => (
                      <option key={source} value={source}>
                        {t(`plans.source.${source}`)}
                      </option>
                    ))}
                  </select>
                )}
              </FormField>
              <FormField
                id={`${formId}-line-${line.key}-amount`}
                label={t('plans.field.amount')}
                errors={errorsFor(`budget.${i}.amount`)}
              >
                {({ id, describedBy, invalid }) => (
                  <>
                    <input
                      id={id}
                      autoComplete="off"
                      value={line.amount}
                      onChange={(event) => setLine(i, { amount: event.target.value })}
                      aria-describedby={describedBy}
                      aria-invalid={invalid}
                    />
                    <output className="muted amount-preview" htmlFor={id}>
                      {parsed.ok ? formatAmount(parsed.amount, language) : ''}
                    </output>
                  </>
                )}
              </FormField>
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() =>
                  update(
                    'budget',
                    values.budget.filter((_, k) => k !== i),
                  )
                }
              >
                {t('plans.items.removeLine', { n: i + 1 })}
              </button>
            </div>
          );
        })}
        <button
          type="button"
          className="button button-secondary"
          onClick={() => update('budget', [...values.budget, newBudgetLine(firstYear)])}
        >
          {t('plans.items.addLine')}
        </button>
      </fieldset>

      <div className="dialog-actions">
        <button type="submit" className="button" disabled={submitting}>
          {submitting ? t('plans.items.saving') : t('plans.items.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('plans.items.cancel')}
        </button>
      </div>
    </form>
  );
}
