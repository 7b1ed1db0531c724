import { type FormEvent, type InputHTMLAttributes, useMemo, useState } from 'react';
import type { ApiError } from '../../api/problem.ts';
import { FormField } from '../../components/FormField.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useApiData } from '../../components/useApiData.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import {
  addInvitations,
  createLink,
  type InvitationView,
  type IssuedInvitation,
  markReminded,
  pendingInvitations,
  respondUrl,
  setSurveyQuotas,
} from './api.ts';
import { asApiError, CopyButton, canEditSurveys, formatDate, stateKey, statusKey } from './common.tsx';
import {
  downloadText,
  formatGroupQuotas,
  parseGroupQuotas,
  parseInvitationCsv,
  toCsv,
} from './invitationCsv.ts';
import { LiveDashboard } from './LiveDashboard.tsx';
import type { SectionProps } from './SurveyPage.tsx';

/** Invitations (personal single-use links), open links with quotas, reminders and the live dashboard. */
export function DistributeSection(props: SectionProps) {
  const { t } = useI18n();
  const { survey, role } = props;
  // Bumped after invitations are created, so the reminders list reloads.
  const [generation, setGeneration] = useState(0);
  // ...and when the dashboard sees a new submission.
  const [submitted, setSubmitted] = useState<number | null>(null);
  const editable = canEditSurveys(role);
  return (
    <>
      {survey.status !== 'open' ? (
        <p className="notice">{t('surveys.distribute.notOpen', { status: t(statusKey(survey.status)) })}</p>
      ) : null}
      <LiveDashboard
        slug={props.slug}
        surveyId={survey.id}
        onSubmittedChange={(submitted) =>
          setSubmitted((before) => (before === submitted ? before : submitted))
        }
      />
      {editable ? <InvitationsPanel {...props} onIssued={() => setGeneration((n) => n + 1)} /> : null}
      <OpenLinksPanel {...props} editable={editable} />
      <QuotasPanel {...props} editable={editable} />
      <RemindersPanel
        slug={props.slug}
        surveyId={survey.id}
        generation={`${generation}:${submitted ?? ''}`}
        canRemind={editable}
      />
    </>
  );
}

/** The two header cells over a table's respond link and its copy button. */
function LinkHeaderCells() {
  const { t } = useI18n();
  return (
    <>
      <th scope="col">{t('surveys.column.link')}</th>
      <th scope="col">
        <span className="visually-hidden">{t('surveys.copy')}</span>
      </th>
    </>
  );
}

/** A respond link (an invitation's or an open link's) and the button that copies it. */
function LinkCells({ token, name }: { token: string; name: string }) {
  const { t } = useI18n();
  return (
    <>
      <td>
        <code className="respond-link">{respondUrl(token)}</code>
      </td>
      <td>
        <CopyButton text={respondUrl(token)} label={t('surveys.copyLinkFor', { name })} />
      </td>
    </>
  );
}

/** The attributes of a whole-number input (its `min` is the caller's). */
const WHOLE_NUMBER = { type: 'number', inputMode: 'numeric', step: 1 } as const;

/** A text or number input in a FormField, with the server's field errors under it. */
function InputField({
  id,
  label,
  errors,
  value,
  onChange,
  ...attributes
}: {
  id: string;
  label: string;
  errors: string[];
  value: string;
  onChange: (value: string) => void;
} & Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'autoComplete' | 'type' | 'inputMode' | 'min' | 'step' | 'readOnly'
>) {
  return (
    <FormField id={id} label={label} errors={errors}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          {...attributes}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={invalid}
        />
      )}
    </FormField>
  );
}

function InvitationsPanel({ slug, survey, onIssued }: SectionProps & { onIssued: () => void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [issued, setIssued] = useState<IssuedInvitation[] | null>(null);
  const parsed = useMemo(() => parseInvitationCsv(text), [text]);
  const ready = parsed.rows.length > 0 && parsed.errors.length === 0;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!ready) return;
    setBusy(true);
    setError(null);
    try {
      const result = await addInvitations(
        slug,
        survey.id,
        parsed.rows.map((row) => ({
          name: row.name,
          email: row.email || null,
          group: row.group || null,
          ...(row.locale ? { locale: row.locale } : {}),
        })),
      );
      setIssued(result.issued);
      setText('');
      onIssued();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  function downloadLinks(links: IssuedInvitation[]) {
    const csv = toCsv(
      ['name', 'email', 'group', 'locale', 'link'],
      links.map((i) => [i.name, i.email ?? '', i.group ?? '', i.locale, respondUrl(i.token)]),
    );
    downloadText(`survey-${survey.id}-links.csv`, csv);
  }

  return (
    <section className="manage-step survey-panel" aria-labelledby="invite-heading" data-testid="invitations">
      <h2 id="invite-heading">{t('surveys.invite.heading')}</h2>
      <p>{t('surveys.invite.intro')}</p>
      {issued ? (
        <div className="notice notice-success issued-links" data-testid="issued-links">
          <h3>{t('surveys.invite.linksHeading')}</h3>
          <p>
            <strong>{t('surveys.invite.linksOnce')}</strong>
          </p>
          <TableScroll label={t('surveys.invite.linksCaption')}>
            <table className="data-table">
              <caption>{t('surveys.invite.linksCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('surveys.column.name')}</th>
                  <th scope="col">{t('surveys.column.group')}</th>
                  <LinkHeaderCells />
                </tr>
              </thead>
              <tbody>
                {issued.map((invitation) => (
                  <tr key={invitation.id}>
                    <th scope="row">{invitation.name}</th>
                    <td>{invitation.group ?? ''}</td>
                    <LinkCells token={invitation.token} name={invitation.name} />
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => downloadLinks(issued)}>
              {t('surveys.invite.download')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setIssued(null)}>
              {t('surveys.invite.dismiss')}
            </button>
          </div>
        </div>
      ) : null}
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="invite-csv">{t('surveys.invite.csvLabel')}</label>
          <textarea
            id="invite-csv"
            rows={6}
            spellCheck={false}
            placeholder={'name,email,group\n김민수,minsu@example.kr,전문가'}
            value={text}
            onChange={(event) => setText(event.target.value)}
            aria-describedby="invite-csv-check"
            aria-invalid={parsed.errors.length > 0}
          />
        </div>
        <div className="field">
          <label htmlFor="invite-file">{t('surveys.invite.fileLabel')}</label>
          <input
            id="invite-file"
            type="file"
            accept=".csv,text/csv"
            onChange={async (event) => {
              const file = event.target.files?.[0];
              if (file) setText(await file.text());
            }}
          />
        </div>
        <div id="invite-csv-check" aria-live="polite">
          {parsed.errors.length > 0 ? (
            <ul className="field-errors">
              {parsed.errors.map((e) => (
                <li key={e.line}>
                  {t(`surveys.invite.lineProblem.${e.problem}` as MessageKey, { line: e.line })}
                </li>
              ))}
            </ul>
          ) : parsed.rows.length > 0 ? (
            <p className="status-line">{t('surveys.invite.preview', { rows: parsed.rows.length })}</p>
          ) : null}
        </div>
        {error ? <ProblemMessage error={error} /> : null}
        <button type="submit" className="button" disabled={busy || !ready}>
          {busy ? t('surveys.invite.submitting') : t('surveys.invite.submit', { rows: parsed.rows.length })}
        </button>
      </form>
    </section>
  );
}

function OpenLinksPanel({ slug, survey, onChanged, editable }: SectionProps & { editable: boolean }) {
  const { t } = useI18n();
  const [label, setLabel] = useState('');
  const [group, setGroup] = useState('');
  const [quota, setQuota] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await createLink(slug, survey.id, {
        ...(label.trim() ? { label: label.trim() } : {}),
        group: group.trim() || null,
        quota: quota.trim() === '' ? null : Number(quota),
      });
      setLabel('');
      setGroup('');
      setQuota('');
      onChanged();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  /** The props of the form's field for `name` (its id, label and server errors all follow the name). */
  const field = (name: 'label' | 'group' | 'quota', value: string, onChange: (value: string) => void) => ({
    id: `open-link-${name}`,
    label: t(`surveys.openLink.${name}`),
    errors: error?.fieldErrors(name) ?? [],
    value,
    onChange,
  });

  return (
    <section
      className="manage-step survey-panel"
      aria-labelledby="open-links-heading"
      data-testid="open-links"
    >
      <h2 id="open-links-heading">{t('surveys.openLink.heading')}</h2>
      <p>{t('surveys.openLink.intro')}</p>
      {survey.links.length === 0 ? (
        <p className="muted">{t('surveys.openLink.none')}</p>
      ) : (
        <TableScroll label={t('surveys.openLink.caption')}>
          <table className="data-table">
            <caption>{t('surveys.openLink.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('surveys.openLink.label')}</th>
                <th scope="col">{t('surveys.column.group')}</th>
                <th scope="col" className="numeric">
                  {t('surveys.column.quota')}
                </th>
                <LinkHeaderCells />
              </tr>
            </thead>
            <tbody>
              {survey.links.map((link) => (
                <tr key={link.id}>
                  <th scope="row">{link.label}</th>
                  <td>{link.group ?? ''}</td>
                  <td className="numeric">
                    {link.quota === null
                      ? t('surveys.openLink.usedNoQuota', { submitted: link.submitted })
                      : t('surveys.openLink.used', { submitted: link.submitted, quota: link.quota })}
                  </td>
                  <LinkCells token={link.token} name={link.label} />
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {editable ? (
        <form className="form" onSubmit={submit} noValidate>
          {error ? <ProblemMessage error={error} fieldsShownInline={['label', 'group', 'quota']} /> : null}
          <div className="form-grid">
            <InputField {...field('label', label, setLabel)} autoComplete="off" />
            <InputField {...field('group', group, setGroup)} autoComplete="off" />
            <InputField {...field('quota', quota, setQuota)} {...WHOLE_NUMBER} min={1} />
          </div>
          <button type="submit" className="button" disabled={busy}>
            {t('surveys.openLink.submit')}
          </button>
        </form>
      ) : null}
    </section>
  );
}

function QuotasPanel({ slug, survey, onChanged, editable }: SectionProps & { editable: boolean }) {
  const { t } = useI18n();
  const [total, setTotal] = useState(survey.quotas.total === null ? '' : String(survey.quotas.total));
  const [groups, setGroups] = useState(formatGroupQuotas(survey.quotas.byGroup));
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const parsed = useMemo(() => parseGroupQuotas(groups), [groups]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (parsed.badLines.length > 0) return;
    setBusy(true);
    setSaved(false);
    setError(null);
    try {
      const next = await setSurveyQuotas(slug, survey.id, {
        total: total.trim() === '' ? null : Number(total),
        byGroup: parsed.byGroup,
      });
      setSaved(true);
      onChanged(next);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="manage-step survey-panel" aria-labelledby="quotas-heading" data-testid="quotas">
      <h2 id="quotas-heading">{t('surveys.quotas.heading')}</h2>
      <p>{t('surveys.quotas.intro')}</p>
      <form className="form" onSubmit={submit} noValidate>
        {error ? <ProblemMessage error={error} fieldsShownInline={['total']} /> : null}
        <div className="form-grid">
          <InputField
            id="quota-total"
            label={t('surveys.quotas.total')}
            errors={error?.fieldErrors('total') ?? []}
            value={total}
            onChange={setTotal}
            {...WHOLE_NUMBER}
            min={0}
            readOnly={!editable}
          />
        </div>
        <div className="field">
          <label htmlFor="quota-groups">{t('surveys.quotas.byGroup')}</label>
          <textarea
            id="quota-groups"
            rows={3}
            value={groups}
            readOnly={!editable}
            placeholder={'시민 = 300\n전문가 = 40'}
            onChange={(event) => setGroups(event.target.value)}
            aria-invalid={parsed.badLines.length > 0}
            aria-describedby="quota-groups-check"
          />
        </div>
        <div id="quota-groups-check" aria-live="polite">
          {parsed.badLines.length > 0 ? (
            <ul className="field-errors">
              {parsed.badLines.map((line) => (
                <li key={line}>{t('surveys.quotas.badLine', { line })}</li>
              ))}
            </ul>
          ) : null}
        </div>
        {editable ? (
          <button type="submit" className="button" disabled={busy || parsed.badLines.length > 0}>
            {t('surveys.quotas.save')}
          </button>
        ) : null}
        <p role="status" className="status-line">
          {saved ? t('surveys.quotas.saved') : ''}
        </p>
      </form>
    </section>
  );
}

function RemindersPanel({
  slug,
  surveyId,
  generation,
  canRemind,
}: {
  canRemind: boolean;
  slug: string;
  surveyId: string;
  generation: string;
}) {
  const { t, language } = useI18n();
  const [pending, reload] = useApiData(`survey-reminders:${slug}:${surveyId}:${generation}`, () =>
    pendingInvitations(slug, surveyId),
  );
  const [reminded, setReminded] = useState<number | null>(null);
  const [remindError, setRemindError] = useState<ApiError | null>(null);

  async function remind() {
    setRemindError(null);
    try {
      const result = await markReminded(slug, surveyId);
      setReminded(result.reminded);
      reload();
    } catch (caught) {
      setRemindError(asApiError(caught));
    }
  }

  function download(items: InvitationView[]) {
    const csv = toCsv(
      ['name', 'email', 'group', 'locale', 'state', 'invited', 'reminded'],
      items.map((i) => [
        i.name,
        i.email ?? '',
        i.group ?? '',
        i.locale,
        i.state,
        i.createdAt,
        i.remindedAt ?? '',
      ]),
    );
    downloadText(`survey-${surveyId}-reminders.csv`, csv);
  }

  return (
    <section className="manage-step survey-panel" aria-labelledby="reminders-heading" data-testid="reminders">
      <h2 id="reminders-heading">{t('surveys.reminders.heading')}</h2>
      <p>{t('surveys.reminders.intro')}</p>
      <Loaded value={pending} onRetry={reload}>
        {(items: InvitationView[]) =>
          items.length === 0 ? (
            <p className="muted">{t('surveys.reminders.none')}</p>
          ) : (
            <>
              <TableScroll label={t('surveys.reminders.caption')}>
                <table className="data-table">
                  <caption>{t('surveys.reminders.caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('surveys.column.name')}</th>
                      <th scope="col">{t('surveys.column.email')}</th>
                      <th scope="col">{t('surveys.column.group')}</th>
                      <th scope="col">{t('surveys.column.invitationStatus')}</th>
                      <th scope="col">{t('surveys.column.invitedAt')}</th>
                      <th scope="col">{t('surveys.reminders.lastReminded')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((i) => (
                      <tr key={i.id}>
                        <th scope="row">{i.name}</th>
                        <td>{i.email ?? ''}</td>
                        <td>{i.group ?? ''}</td>
                        <td>{t(stateKey(i.state))}</td>
                        <td className="nowrap">{formatDate(i.createdAt, language)}</td>
                        <td className="nowrap">
                          {i.remindedAt
                            ? t('surveys.reminders.remindedValue', {
                                date: formatDate(i.remindedAt, language),
                                count: i.reminderCount,
                              })
                            : ''}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
              <div className="dialog-actions">
                <button type="button" className="button button-secondary" onClick={() => download(items)}>
                  {t('surveys.reminders.download')}
                </button>
                {canRemind ? (
                  <button type="button" className="button button-secondary" onClick={remind}>
                    {t('surveys.reminders.mark')}
                  </button>
                ) : null}
              </div>
              <p role="status" className="status-line">
                {reminded !== null ? t('surveys.reminders.marked', { count: reminded }) : ''}
              </p>
              {remindError ? <ProblemMessage error={remindError} /> : null}
            </>
          )
        }
      </Loaded>
    </section>
  );
}
