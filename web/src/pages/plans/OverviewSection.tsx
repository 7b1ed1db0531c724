import { type ReactNode, useState } from 'react';
import {
  PLAN_STATUS_VALUES,
  type PlanDetail,
  type PlanStatus,
  type PlanView,
  PROJECT_TYPE_VALUES,
} from '../../../../src/services/contract-plans.ts';
import { FormField } from '../../components/FormField.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useServerForm } from '../../components/useServerForm.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { formatInteger } from '../manage/format.ts';
import { updatePlan } from './api.ts';
import { IllustrativeBadge } from './IllustrativeBadge.tsx';
import { formatAmount, formatAmountAsStated } from './money.ts';
import type { SectionProps } from './PlanFrame.tsx';
import {
  checkPeriod,
  illustrativeCount,
  kindKey,
  nameOf,
  periodText,
  statusClass,
  throwIfInvalid,
  yearOrNull,
} from './planView.ts';
import { useLevelName } from './useLevelName.ts';

/** A plan's overview: vision, period, status, key figures, counts by level and type, strategies. */
export function OverviewSection({ detail, slug, canEdit, refresh }: SectionProps) {
  const { t, language } = useI18n();
  const levelName = useLevelName();
  const { plan, items, rollup } = detail;
  const name = nameOf(plan, language);
  const vision = (language === 'ko' ? plan.visionKo || plan.visionEn : plan.visionEn || plan.visionKo).trim();
  const money = (text: string) => formatAmount(BigInt(text), language);
  const count = (n: number) => formatInteger(n, language);
  const marks = illustrativeCount(items);
  const [editing, setEditing] = useState(false);

  return (
    <>
      <PageHeading>{name}</PageHeading>
      {marks.illustrative > 0 ? (
        <p className="synthetic-note" data-testid="plan-illustrative-note">
          <IllustrativeBadge />{' '}
          {t('plans.illustrativeItems', { n: count(marks.illustrative), total: count(marks.total) })}.{' '}
          {t('plans.illustrativeNote')}
        </p>
      ) : null}
      {language === 'ko' && anyKoTranslated(items) ? (
        <p className="muted" data-testid="plan-ko-translated">
          {t('plans.koTranslatedNote')}
        </p>
      ) : null}
      <dl className="plan-facts">
        <div>
          <dt>{t('plans.overview.kind')}</dt>
          <dd>{t(kindKey(plan.kind))}</dd>
        </div>
        <div>
          <dt>{t('plans.overview.period')}</dt>
          <dd>{periodText(plan) || '–'}</dd>
        </div>
        <div>
          <dt>{t('plans.overview.status')}</dt>
          <dd>
            <span className={`status-badge ${statusClass(plan.status)}`}>
              {t(`plans.status.${plan.status}`)}
            </span>
          </dd>
        </div>
        <div className="plan-vision">
          <dt>{t('plans.overview.vision')}</dt>
          <dd>{vision || <span className="muted">{t('plans.overview.noVision')}</span>}</dd>
        </div>
      </dl>
      {canEdit ? (
        editing ? (
          <PlanEditForm
            plan={plan}
            slug={slug}
            onDone={async (saved) => {
              if (saved) await refresh();
              setEditing(false);
            }}
          />
        ) : (
          <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
            {t('plans.overview.edit')}
          </button>
        )
      ) : null}

      <section aria-labelledby="plan-figures-heading">
        <h2 id="plan-figures-heading">{t('plans.overview.figures')}</h2>
        <div className="figures plan-figures">
          <div className="card">
            <p className="muted">{t('plans.overview.stated')}</p>
            <p className="figure" data-testid="plan-stated">
              {money(rollup.envelopes.stated)}
            </p>
          </div>
          <div className="card">
            <p className="muted">{t('plans.overview.itemised')}</p>
            <p className="figure" data-testid="plan-itemised">
              {money(rollup.itemised.total)}
            </p>
          </div>
          <div className="card">
            <p className="muted">{t('plans.overview.unallocated')}</p>
            <p className="figure" data-testid="plan-unallocated">
              {money(rollup.envelopes.unallocated)}
            </p>
          </div>
        </div>
      </section>

      <LevelCounts detail={detail} />

      {items.length > 0 ? (
        <section aria-labelledby="plan-strategies-heading">
          <h2 id="plan-strategies-heading">{t('plans.overview.strategies')}</h2>
          <TableScroll label={t('plans.overview.strategiesCaption')}>
            <table className="data-table" data-testid="plan-strategies">
              <caption className="visually-hidden">{t('plans.overview.strategiesCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('plans.column.name')}</th>
                  {rollup.levels.slice(1).map((level) => (
                    <th key={level.level} scope="col" className="num">
                      {levelName(level.level)}
                    </th>
                  ))}
                  <th scope="col" className="num">
                    {t('plans.items.envelope')}
                  </th>
                  <th scope="col" className="num">
                    {t('plans.overview.itemised')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.id}>
                    <th scope="row">
                      {nameOf(item, language)}
                      {item.illustrative ? (
                        <>
                          {' '}
                          <IllustrativeBadge />
                        </>
                      ) : null}
                    </th>
                    {rollup.levels.slice(1).map((level) => (
                      <td key={level.level} className="num">
                        {count(item.rollup.descendantsByLevel[level.level] ?? 0)}
                      </td>
                    ))}
                    <td className="num">{item.envelope === null ? '–' : money(item.envelope)}</td>
                    <td className="num">{money(item.rollup.itemised)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      ) : null}

      <PlanSources plan={plan} />
    </>
  );
}

/** True when any item's Korean name is CityBench's translation rather than the source's wording. */
function anyKoTranslated(items: PlanDetail['items']): boolean {
  return items.some((item) => item.koTranslated || anyKoTranslated(item.children));
}

/** Items by level, and by project type within each level. */
function LevelCounts({ detail }: { detail: PlanDetail }) {
  const { t, language } = useI18n();
  const levelName = useLevelName();
  const count = (n: number) => formatInteger(n, language);
  const { levels } = detail.rollup;
  if (levels.length === 0) return null;
  return (
    <section aria-labelledby="plan-counts-heading">
      <h2 id="plan-counts-heading">{t('plans.overview.countsByLevel')}</h2>
      <TableScroll label={t('plans.overview.countsByLevel')}>
        <table className="data-table" data-testid="plan-level-counts">
          <caption className="visually-hidden">{t('plans.overview.countsByLevel')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plans.overview.level')}</th>
              <th scope="col" className="num">
                {t('plans.overview.count')}
              </th>
              {PROJECT_TYPE_VALUES.map((type) => (
                <th key={type} scope="col" className="num">
                  {t(`plans.type.${type}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {levels.map((level) => (
              <tr key={level.level} data-level={level.level}>
                <th scope="row">{levelName(level.level)}</th>
                <td className="num">{count(level.items)}</td>
                {PROJECT_TYPE_VALUES.map((type) => (
                  <td key={type} className="num">
                    {count(level.byType[type])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

/** Where the plan's facts come from, and the facts about it that are not items (seed wording kept). */
function PlanSources({ plan }: { plan: PlanView }) {
  const { t, language } = useI18n();
  const { details } = plan;
  const pick = (named: { en: string; ko: string }) => (language === 'ko' ? named.ko || named.en : named.en);
  const sources = (details.sources ?? []).filter((source) => source !== plan.provenance);
  const facts: Array<[string, ReactNode]> = [];
  if (details.legalBasis?.length)
    facts.push([t('plans.facts.legalBasis'), details.legalBasis.map(pick).join(' · ')]);
  if (details.predecessor)
    facts.push([
      t('plans.facts.predecessor'),
      `${details.predecessor.description} (${details.predecessor.from}–${details.predecessor.to})`,
    ]);
  if (details.nationalAlignment?.length)
    facts.push([t('plans.facts.nationalAlignment'), details.nationalAlignment.map(pick).join(' · ')]);
  for (const note of details.notes ?? []) facts.push([t('plans.facts.note'), note]);
  const { study } = details;
  const hasAnything =
    plan.provenance || sources.length > 0 || facts.length > 0 || study || (details.meetings?.length ?? 0) > 0;
  if (!hasAnything) return null;
  const list = (items: readonly string[] | undefined) =>
    items?.length ? (
      <ul>
        {items.map((entry) => (
          <li key={entry}>{entry}</li>
        ))}
      </ul>
    ) : null;
  return (
    <section
      className="provenance plan-sources"
      aria-labelledby="plan-sources-heading"
      data-testid="plan-sources"
    >
      <h2 id="plan-sources-heading">{t('plans.provenance')}</h2>
      {plan.provenance ? <p data-testid="plan-provenance">{plan.provenance}</p> : null}
      {sources.length > 0 ? list(sources) : null}
      {facts.length > 0 ? (
        <dl className="plan-details">
          {facts.map(([label, value], i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: facts are a fixed list built above; notes may repeat a label.
            <div key={i}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {study ? (
        <section aria-labelledby="plan-study-heading" data-testid="plan-study">
          <h3 id="plan-study-heading">{t('plans.facts.study')}</h3>
          <dl className="plan-details">
            <div>
              <dt>{t('plans.facts.studyTitle')}</dt>
              <dd>{study.title}</dd>
            </div>
            <div>
              <dt>{t('plans.facts.duration')}</dt>
              <dd>
                {`${study.from} – ${study.to} (${t('plans.overview.months', { n: study.months })})`}
                {study.durationNote ? <span className="muted"> {study.durationNote}</span> : null}
              </dd>
            </div>
            <div>
              <dt>{t('plans.facts.budget')}</dt>
              <dd data-testid="plan-study-budget">{formatAmountAsStated(BigInt(study.budget), language)}</dd>
            </div>
            {study.contractor ? (
              <div>
                <dt>{t('plans.facts.contractor')}</dt>
                <dd>
                  {[study.contractor.name, study.contractor.ceo, study.contractor.basedIn]
                    .filter(Boolean)
                    .join(' · ')}
                </dd>
              </div>
            ) : null}
          </dl>
          {study.scope.length > 0 ? (
            <>
              <h4>{t('plans.facts.scope')}</h4>
              {list(study.scope)}
            </>
          ) : null}
          {study.contents?.length ? (
            <>
              <h4>{t('plans.facts.contents')}</h4>
              {list(study.contents)}
            </>
          ) : null}
          {study.methods?.length ? (
            <>
              <h4>{t('plans.facts.methods')}</h4>
              {list(study.methods)}
            </>
          ) : null}
        </section>
      ) : null}
      {(details.meetings ?? []).map((meeting) => (
        <section key={`${meeting.date}-${meeting.title}`} className="plan-meeting">
          <h3>{meeting.title}</h3>
          <p>
            {meeting.date}
            {meeting.start ? ` ${meeting.start}` : ''}
            {meeting.venue ? `, ${meeting.venue}` : ''}
            {meeting.dateNote ? <span className="muted"> ({meeting.dateNote})</span> : null}
          </p>
          {meeting.participants ? <p>{meeting.participants}</p> : null}
          {meeting.agenda?.length ? (
            <TableScroll label={t('plans.facts.agenda', { meeting: meeting.title })}>
              <table className="data-table">
                <caption>{t('plans.facts.agenda', { meeting: meeting.title })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('plans.facts.time')}</th>
                    <th scope="col">{t('plans.facts.agendaContent')}</th>
                  </tr>
                </thead>
                <tbody>
                  {meeting.agenda.map((slot) => (
                    <tr key={slot.start}>
                      <td>{`${slot.start}–${slot.end} (${slot.minutes}’)`}</td>
                      <td>{slot.content}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          ) : null}
        </section>
      ))}
    </section>
  );
}

const EDIT_FIELDS = ['nameEn', 'nameKo', 'periodFrom', 'periodTo', 'visionEn', 'visionKo', 'status'] as const;

function PlanEditForm({
  plan,
  slug,
  onDone,
}: {
  plan: PlanView;
  slug: string;
  onDone: (saved: boolean) => Promise<void>;
}) {
  const { t } = useI18n();
  const initial = () => ({
    nameEn: plan.nameEn,
    nameKo: plan.nameKo,
    periodFrom: plan.periodFrom === null ? '' : String(plan.periodFrom),
    periodTo: plan.periodTo === null ? '' : String(plan.periodTo),
    visionEn: plan.visionEn,
    visionKo: plan.visionKo,
    status: plan.status,
  });
  const { values, update, submitting, error, errorsFor, handleSubmit } = useServerForm(initial, async (v) => {
    throwIfInvalid(checkPeriod(v.periodFrom, v.periodTo), t);
    await updatePlan(slug, plan.id, {
      nameEn: v.nameEn.trim(),
      nameKo: v.nameKo.trim(),
      periodFrom: yearOrNull(v.periodFrom),
      periodTo: yearOrNull(v.periodTo),
      visionEn: v.visionEn.trim(),
      visionKo: v.visionKo.trim(),
      status: v.status,
    });
    await onDone(true);
    return { result: true, next: v };
  });
  type TextField = Exclude<(typeof EDIT_FIELDS)[number], 'status'>;
  const labels: Record<TextField, string> = {
    nameEn: t('plans.field.nameEn'),
    nameKo: t('plans.field.nameKo'),
    periodFrom: t('plans.field.periodFrom'),
    periodTo: t('plans.field.periodTo'),
    visionEn: t('plans.field.visionEn'),
    visionKo: t('plans.field.visionKo'),
  };
  return (
    <form
      className="form plans-form"
      onSubmit={handleSubmit}
      aria-label={t('plans.overview.edit')}
      noValidate
    >
      {error ? <ProblemMessage error={error} fieldsShownInline={EDIT_FIELDS} /> : null}
      <div className="form-grid">
        {(Object.keys(labels) as TextField[]).map((field) => (
          <FormField key={field} id={`edit-plan-${field}`} label={labels[field]} errors={errorsFor(field)}>
            {({ id, describedBy, invalid }) =>
              field.startsWith('vision') ? (
                <textarea
                  id={id}
                  rows={2}
                  value={values[field]}
                  onChange={(event) => update(field, event.target.value)}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                />
              ) : (
                <input
                  id={id}
                  value={values[field]}
                  onChange={(event) => update(field, event.target.value)}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                />
              )
            }
          </FormField>
        ))}
        <FormField id="edit-plan-status" label={t('plans.field.status')} errors={errorsFor('status')}>
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
      </div>
      <div className="dialog-actions">
        <button type="submit" className="button" disabled={submitting}>
          {submitting ? t('plans.overview.saving') : t('plans.overview.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => void onDone(false)}>
          {t('plans.overview.cancel')}
        </button>
      </div>
    </form>
  );
}
