import {
  PLAN_KIND_VALUES,
  PLAN_STATUS_VALUES,
  type PlanInput,
  type PlanKind,
  type PlanStatus,
  type PlanSummary,
} from '../../../../src/services/contract-plans.ts';
import { FormField } from '../../components/FormField.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useApiData } from '../../components/useApiData.ts';
import { useServerForm } from '../../components/useServerForm.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { navigate } from '../../router/history.ts';
import { Link } from '../../router/Link.tsx';
import { useSession } from '../../session/SessionProvider.tsx';
import { useOrgSlug } from '../editions/useOrgSlug.ts';
import { formatInteger } from '../manage/format.ts';
import { createPlan, importNewPlan, listPlans } from './api.ts';
import { IllustrativeBadge } from './IllustrativeBadge.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { formatAmount } from './money.ts';
import { planPath } from './planPaths.ts';
import {
  canEditPlans,
  checkPeriod,
  kindKey,
  nameOf,
  periodText,
  statusClass,
  throwIfInvalid,
  yearOrNull,
} from './planView.ts';

/** /plans: the organisation's plans and, for editors, a form to start a new one. */
export function PlanListPage() {
  const { t, language } = useI18n();
  const slug = useOrgSlug();
  const { state } = useSession();
  const [plans, reload] = useApiData(`plans:${slug}`, () => listPlans(slug));
  const canEdit = state.status === 'signed-in' && canEditPlans(state.session.role);
  const organisation =
    state.status === 'signed-in'
      ? language === 'ko' && state.session.organisation.nameKo
        ? state.session.organisation.nameKo
        : state.session.organisation.name
      : slug;

  return (
    <article className="plans plans-list">
      <PageHeading>{t('plans.title')}</PageHeading>
      <p className="lead">{t('plans.intro')}</p>
      <Loaded value={plans} onRetry={reload}>
        {({ items }) => <PlanTable plans={items} organisation={organisation} />}
      </Loaded>
      {canEdit ? (
        <>
          <NewPlanForm slug={slug} />
          <ImportPanel
            id="plan-import-new"
            heading={t('plans.import.newHeading')}
            intro={t('plans.import.newIntro')}
            upload={(file) => importNewPlan(slug, file)}
            onImported={async (result) => navigate(planPath(result.plan.id))}
          />
        </>
      ) : (
        <p className="notice">{t('plans.editorsOnly')}</p>
      )}
    </article>
  );
}

function PlanTable({ plans, organisation }: { plans: PlanSummary[]; organisation: string }) {
  const { t, language } = useI18n();
  if (plans.length === 0) return <p>{t('plans.none')}</p>;
  const anyIllustrative = plans.some((p) => p.hasIllustrative);
  return (
    <section aria-labelledby="plans-list-heading">
      <h2 id="plans-list-heading">{t('plans.listHeading')}</h2>
      <TableScroll label={t('plans.listCaption', { organisation })}>
        <table className="data-table" data-testid="plans-table">
          <caption>{t('plans.listCaption', { organisation })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plans.column.name')}</th>
              <th scope="col">{t('plans.column.kind')}</th>
              <th scope="col">{t('plans.column.period')}</th>
              <th scope="col">{t('plans.column.status')}</th>
              <th scope="col" className="num">
                {t('plans.column.items')}
              </th>
              <th scope="col" className="num">
                {t('plans.overview.stated')}
              </th>
              <th scope="col" className="num">
                {t('plans.overview.itemised')}
              </th>
            </tr>
          </thead>
          <tbody>
            {plans.map((plan) => (
              <tr key={plan.id}>
                <th scope="row">
                  <Link href={planPath(plan.id)}>{nameOf(plan, language)}</Link>
                  {plan.hasIllustrative ? (
                    <>
                      {' '}
                      <IllustrativeBadge />
                    </>
                  ) : null}
                </th>
                <td>{t(kindKey(plan.kind))}</td>
                <td>{periodText(plan)}</td>
                <td>
                  <span className={`status-badge ${statusClass(plan.status)}`}>
                    {t(`plans.status.${plan.status}`)}
                  </span>
                </td>
                <td className="num">{formatInteger(plan.itemCount, language)}</td>
                <td className="num">{formatAmount(BigInt(plan.stated), language)}</td>
                <td className="num">{formatAmount(BigInt(plan.itemised), language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {anyIllustrative ? <p className="muted">{t('plans.illustrativeNote')}</p> : null}
    </section>
  );
}

interface NewPlanValues {
  kind: PlanKind;
  nameEn: string;
  nameKo: string;
  periodFrom: string;
  periodTo: string;
  visionEn: string;
  visionKo: string;
  status: PlanStatus;
}

const NEW_PLAN_FIELDS = [
  'kind',
  'nameEn',
  'nameKo',
  'periodFrom',
  'periodTo',
  'visionEn',
  'visionKo',
  'status',
] as const;

const emptyPlan = (): NewPlanValues => ({
  kind: 'growth_strategy',
  nameEn: '',
  nameKo: '',
  periodFrom: '',
  periodTo: '',
  visionEn: '',
  visionKo: '',
  status: 'draft',
});

/** The body of POST /plans from the form's values. */
export function planInputOf(values: NewPlanValues): PlanInput {
  return {
    kind: values.kind,
    nameEn: values.nameEn.trim(),
    nameKo: values.nameKo.trim(),
    periodFrom: yearOrNull(values.periodFrom),
    periodTo: yearOrNull(values.periodTo),
    visionEn: values.visionEn.trim(),
    visionKo: values.visionKo.trim(),
    status: values.status,
  };
}

function NewPlanForm({ slug }: { slug: string }) {
  const { t } = useI18n();
  const form = useServerForm(emptyPlan, async (values) => {
    throwIfInvalid(checkPeriod(values.periodFrom, values.periodTo), t);
    const plan = await createPlan(slug, planInputOf(values));
    navigate(planPath(plan.id, 'items'));
    return { result: plan, next: emptyPlan() };
  });
  const { values, update, submitting, error, errorsFor, handleSubmit } = form;

  const text = (field: 'nameEn' | 'nameKo' | 'periodFrom' | 'periodTo', label: string, numeric = false) => (
    <FormField id={`new-plan-${field}`} label={label} errors={errorsFor(field)}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          inputMode={numeric ? 'numeric' : undefined}
          autoComplete="off"
          value={values[field]}
          onChange={(event) => update(field, event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={invalid}
        />
      )}
    </FormField>
  );
  const area = (field: 'visionEn' | 'visionKo', label: string) => (
    <FormField id={`new-plan-${field}`} label={label} errors={errorsFor(field)}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          rows={2}
          value={values[field]}
          onChange={(event) => update(field, event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={invalid}
        />
      )}
    </FormField>
  );

  return (
    <form className="form plans-form" onSubmit={handleSubmit} aria-labelledby="new-plan-heading" noValidate>
      <h2 id="new-plan-heading">{t('plans.new.heading')}</h2>
      <p>{t('plans.new.intro')}</p>
      {error ? <ProblemMessage error={error} fieldsShownInline={NEW_PLAN_FIELDS} /> : null}
      <div className="form-grid">
        <FormField id="new-plan-kind" label={t('plans.field.kind')} errors={errorsFor('kind')}>
          {({ id, describedBy, invalid }) => (
            <select
              id={id}
              value={values.kind}
              onChange={(event) => update('kind', event.target.value as PlanKind)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            >
              {PLAN_KIND_VALUES.map((kind) => (
                <option key={kind} value={kind}>
                  {t(kindKey(kind))}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {text('nameEn', t('plans.field.nameEn'))}
        {text('nameKo', t('plans.field.nameKo'))}
        {text('periodFrom', t('plans.field.periodFrom'), true)}
        {text('periodTo', t('plans.field.periodTo'), true)}
        <FormField id="new-plan-status" label={t('plans.field.status')} errors={errorsFor('status')}>
          {({ id, describedBy, invalid }) => (
            <select
              id={id}
              value={values.status}
              onChange={(event) => update('status', event.target.value as PlanStatus)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            >
              {PLAN_STATUS_VALUES.map((status) => (
                <option key={status} value={status}>
                  {t(`plans.status.${status}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {area('visionEn', t('plans.field.visionEn'))}
        {area('visionKo', t('plans.field.visionKo'))}
      </div>
      <button type="submit" className="button" disabled={submitting}>
        {submitting ? t('plans.new.creating') : t('plans.new.create')}
      </button>
    </form>
  );
}
