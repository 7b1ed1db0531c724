import { useState } from 'react';
import { Loaded } from '../../components/Loaded.tsx';
import { useApiData } from '../../components/useApiData.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { formatSlot, slotMinutes } from './agenda.ts';
import { addMeetingRecord, createMeeting, getMeeting, getMeetings } from './api.ts';
import { IllustrativeBadge, ItemChecklist, type PlanContext, useAction } from './common.tsx';
import {
  MEETING_KINDS,
  MEETING_RECORD_KINDS,
  type MeetingKind,
  type MeetingRecordKind,
  type MeetingView,
} from './contract.ts';
import { InputField, SelectField, TextAreaField } from './Field.tsx';
import { bi, itemLabel } from './planItems.ts';

const KIND_KEYS: Record<MeetingKind, MessageKey> = {
  briefing: 'pt.mt.kind.briefing',
  kickoff: 'pt.mt.kind.kickoff',
  meeting: 'pt.mt.kind.meeting',
  workshop: 'pt.mt.kind.workshop',
  review: 'pt.mt.kind.review',
};

const RECORD_KEYS: Record<MeetingRecordKind, MessageKey> = {
  feedback: 'pt.mt.record.feedback',
  decision: 'pt.mt.record.decision',
  action: 'pt.mt.record.action',
  question: 'pt.mt.record.question',
};

/** Briefings and meetings about the plan: timed agenda, participants, feedback and decisions. */
export function MeetingsSection({ context }: { context: PlanContext }) {
  const { t, language } = useI18n();
  const { slug, planId } = context;
  const [list, reload] = useApiData(`meetings:${slug}:${planId}`, () => getMeetings(slug, planId));
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <section aria-labelledby="pt-meetings-heading">
      <h2 id="pt-meetings-heading">{t('pt.mt.heading')}</h2>
      {context.canEdit ? (
        <MeetingForm
          context={context}
          onCreated={(meeting) => {
            setChosen(meeting.id);
            reload();
          }}
        />
      ) : null}
      <Loaded value={list} onRetry={reload}>
        {(items) => {
          if (items.length === 0) return <p className="notice">{t('pt.mt.none')}</p>;
          const selected = items.find((m) => m.id === chosen) ?? items[0]!;
          return (
            <>
              <div className="table-scroll">
                <table className="data-table" data-testid="meeting-list">
                  <caption>{t('pt.mt.listCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('pt.mt.title')}</th>
                      <th scope="col">{t('pt.mt.when')}</th>
                      <th scope="col">{t('pt.mt.venue')}</th>
                      <th scope="col">{t('pt.mt.records')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((m) => (
                      <tr key={m.id} aria-current={m.id === selected.id ? 'true' : undefined}>
                        <th scope="row">
                          <button type="button" className="link-button" onClick={() => setChosen(m.id)}>
                            {bi(language, m.title)}
                          </button>{' '}
                          <span className="muted">{t(KIND_KEYS[m.kind])}</span>{' '}
                          <IllustrativeBadge show={m.illustrative} note={m.note} />
                        </th>
                        <td className="nowrap">
                          {m.heldOn}
                          {m.startsAt ? ` ${m.startsAt}` : ''}
                        </td>
                        <td>{bi(language, m.venue)}</td>
                        <td className="numeric">{m.records}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <MeetingDetail key={selected.id} context={context} meetingId={selected.id} onChanged={reload} />
            </>
          );
        }}
      </Loaded>
    </section>
  );
}

function MeetingDetail({
  context,
  meetingId,
  onChanged,
}: {
  context: PlanContext;
  meetingId: string;
  onChanged: () => void;
}) {
  const { slug, planId } = context;
  const [meeting, reload] = useApiData(`meeting:${slug}:${planId}:${meetingId}`, () =>
    getMeeting(slug, planId, meetingId),
  );
  const [override, setOverride] = useState<MeetingView | null>(null);
  return (
    <Loaded value={meeting} onRetry={reload}>
      {(loaded) => (
        <MeetingCard
          context={context}
          meeting={override ?? loaded}
          onUpdated={(next) => {
            setOverride(next);
            onChanged();
          }}
        />
      )}
    </Loaded>
  );
}

function MeetingCard({
  context,
  meeting,
  onUpdated,
}: {
  context: PlanContext;
  meeting: MeetingView;
  onUpdated: (meeting: MeetingView) => void;
}) {
  const { t, language } = useI18n();
  const title = bi(language, meeting.title);
  const { participants } = meeting;
  return (
    <section className="card pt-meeting" aria-labelledby="pt-meeting-title" data-testid="meeting-detail">
      <h3 id="pt-meeting-title">
        {title} <IllustrativeBadge show={meeting.illustrative} note={meeting.note} />
      </h3>
      <dl className="pt-facts">
        <div>
          <dt>{t('pt.mt.when')}</dt>
          <dd>
            {meeting.heldOn}
            {meeting.startsAt ? ` ${meeting.startsAt}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('pt.mt.venue')}</dt>
          <dd>{bi(language, meeting.venue)}</dd>
        </div>
        {bi(language, meeting.purpose) ? (
          <div>
            <dt>{t('pt.mt.purpose')}</dt>
            <dd>{bi(language, meeting.purpose)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('pt.mt.participants')}</dt>
          <dd>
            {participants.count !== null
              ? t(participants.approximate ? 'pt.mt.countApprox' : 'pt.mt.count', {
                  count: participants.count,
                })
              : null}
            {participants.groups.length > 0
              ? ` (${participants.groups.map((g) => bi(language, g)).join(', ')})`
              : null}
            {participants.people.length > 0 ? (
              <ul className="pt-people">
                {participants.people.map((p) => (
                  <li key={`${p.name}-${p.affiliation}`}>
                    {p.name}
                    {p.affiliation ? `, ${p.affiliation}` : ''}
                    {p.role ? ` (${p.role})` : ''}
                  </li>
                ))}
              </ul>
            ) : null}
          </dd>
        </div>
      </dl>
      {meeting.illustrative && meeting.note ? <p className="synthetic-note">{meeting.note}</p> : null}

      <h4>{t('pt.mt.agenda')}</h4>
      {meeting.agenda.length === 0 ? (
        <p className="muted">{t('pt.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="meeting-agenda">
            <caption>{t('pt.mt.agendaCaption', { title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('pt.mt.time')}</th>
                <th scope="col">{t('pt.mt.content')}</th>
                <th scope="col">{t('pt.mt.presenter')}</th>
                <th scope="col">{t('pt.mt.notes')}</th>
              </tr>
            </thead>
            <tbody>
              {meeting.agenda.map((slot) => (
                <tr key={slot.position}>
                  <th scope="row" className="nowrap">
                    {formatSlot(slot.start, slot.end)}
                  </th>
                  <td>{bi(language, slot.title)}</td>
                  <td>{slot.presenter || '—'}</td>
                  <td>{slot.notes || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {meeting.agenda.length > 0 ? (
        <p className="muted">
          {t('pt.mt.agendaTotal', { minutes: meeting.agendaMinutes })}{' '}
          {meeting.agendaContiguous ? null : t('pt.mt.agendaGaps')}
        </p>
      ) : null}

      <h4>{t('pt.mt.records')}</h4>
      {meeting.recordList.length === 0 ? (
        <p className="muted">{t('pt.mt.noRecords')}</p>
      ) : (
        <ul className="pt-records">
          {meeting.recordList.map((record) => (
            <li key={record.id}>
              <strong>{t(RECORD_KEYS[record.kind])}</strong>: {bi(language, record.text)}
              {record.itemIds.length > 0 ? (
                <span className="muted">
                  {' '}
                  {t('pt.mt.concerns')}{' '}
                  {record.itemIds.map((id) => itemLabel(language, context.itemsById.get(id), id)).join('; ')}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {context.canEdit ? <RecordForm context={context} meetingId={meeting.id} onAdded={onUpdated} /> : null}
    </section>
  );
}

function RecordForm({
  context,
  meetingId,
  onAdded,
}: {
  context: PlanContext;
  meetingId: string;
  onAdded: (meeting: MeetingView) => void;
}) {
  const { t, language } = useI18n();
  const [kind, setKind] = useState<MeetingRecordKind>('feedback');
  const [en, setEn] = useState('');
  const [ko, setKo] = useState('');
  const [itemIds, setItemIds] = useState<string[]>([]);
  const action = useAction();
  return (
    <details className="pt-form">
      <summary>{t('pt.mt.addRecord')}</summary>
      <form
        className="form"
        onSubmit={async (event) => {
          event.preventDefault();
          const next = await action.run(() =>
            addMeetingRecord(context.slug, context.planId, meetingId, { kind, text: { en, ko }, itemIds }),
          );
          if (next) {
            setEn('');
            setKo('');
            setItemIds([]);
            onAdded(next);
          }
        }}
      >
        <SelectField
          id="pt-record-kind"
          label={t('pt.mt.recordKind')}
          value={kind}
          onChange={setKind}
          options={MEETING_RECORD_KINDS}
          optionLabel={(k) => t(RECORD_KEYS[k])}
        />
        <TextAreaField id="pt-record-en" label={t('pt.mt.textEn')} value={en} onChange={setEn} rows={2} />
        <TextAreaField
          id="pt-record-ko"
          label={t('pt.mt.textKo')}
          value={ko}
          onChange={setKo}
          rows={2}
          lang="ko"
        />
        <ItemChecklist
          items={context.items}
          selected={itemIds}
          onChange={setItemIds}
          legend={t('pt.mt.linkItems')}
          language={language}
        />
        {action.problem}
        <button type="submit" className="button" disabled={action.busy}>
          {action.busy ? t('pt.saving') : t('pt.add')}
        </button>
      </form>
    </details>
  );
}

interface SlotDraft {
  start: string;
  end: string;
  en: string;
  ko: string;
}

const emptySlot = (): SlotDraft => ({ start: '', end: '', en: '', ko: '' });

/** A new meeting: when, where, why, who, and its timed agenda (minutes are derived). */
function MeetingForm({
  context,
  onCreated,
}: {
  context: PlanContext;
  onCreated: (meeting: MeetingView) => void;
}) {
  const { t } = useI18n();
  const [kind, setKind] = useState<MeetingKind>('meeting');
  const [titleEn, setTitleEn] = useState('');
  const [titleKo, setTitleKo] = useState('');
  const [heldOn, setHeldOn] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [venueEn, setVenueEn] = useState('');
  const [venueKo, setVenueKo] = useState('');
  const [count, setCount] = useState('');
  const [slots, setSlots] = useState<SlotDraft[]>([emptySlot()]);
  const action = useAction();
  const setSlot = (index: number, patch: Partial<SlotDraft>) =>
    setSlots((current) => current.map((slot, i) => (i === index ? { ...slot, ...patch } : slot)));
  return (
    <details className="pt-form">
      <summary>{t('pt.mt.add')}</summary>
      <form
        className="form"
        onSubmit={async (event) => {
          event.preventDefault();
          const agenda = slots
            .filter((slot) => slot.start && slot.end)
            .map((slot) => ({ start: slot.start, end: slot.end, title: { en: slot.en, ko: slot.ko } }));
          const created = await action.run(() =>
            createMeeting(context.slug, context.planId, {
              kind,
              title: { en: titleEn, ko: titleKo },
              heldOn,
              startsAt: startsAt || null,
              venue: { en: venueEn, ko: venueKo },
              participants: {
                count: count.trim() === '' ? null : Number(count),
                approximate: false,
                groups: [],
                people: [],
              },
              agenda,
            }),
          );
          if (created) onCreated(created);
        }}
      >
        <div className="form-grid">
          <SelectField
            id="pt-mt-kind"
            label={t('pt.mt.kind')}
            value={kind}
            onChange={setKind}
            options={MEETING_KINDS}
            optionLabel={(k) => t(KIND_KEYS[k])}
          />
          <InputField
            id="pt-mt-date"
            label={t('pt.date')}
            type="date"
            value={heldOn}
            onChange={setHeldOn}
            required
          />
          <InputField
            id="pt-mt-start"
            label={t('pt.mt.startsAt')}
            type="time"
            value={startsAt}
            onChange={setStartsAt}
          />
          <InputField
            id="pt-mt-count"
            label={t('pt.mt.participants')}
            type="number"
            min={0}
            value={count}
            onChange={setCount}
          />
          <InputField
            id="pt-mt-title-en"
            label={t('pt.mt.titleEn')}
            value={titleEn}
            onChange={setTitleEn}
            required
          />
          <InputField
            id="pt-mt-title-ko"
            label={t('pt.mt.titleKo')}
            lang="ko"
            value={titleKo}
            onChange={setTitleKo}
          />
          <InputField id="pt-mt-venue-en" label={t('pt.mt.venueEn')} value={venueEn} onChange={setVenueEn} />
          <InputField
            id="pt-mt-venue-ko"
            label={t('pt.mt.venueKo')}
            lang="ko"
            value={venueKo}
            onChange={setVenueKo}
          />
        </div>
        <fieldset className="pt-agenda-editor">
          <legend>{t('pt.mt.agenda')}</legend>
          {slots.map((slot, i) => {
            const minutes = slotMinutes(slot.start, slot.end);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: agenda rows are edited in place, in order.
              <div className="toolbar" key={i}>
                <input
                  type="time"
                  aria-label={`${t('pt.mt.slotStart')} ${i + 1}`}
                  value={slot.start}
                  onChange={(e) => setSlot(i, { start: e.target.value })}
                />
                <input
                  type="time"
                  aria-label={`${t('pt.mt.slotEnd')} ${i + 1}`}
                  value={slot.end}
                  onChange={(e) => setSlot(i, { end: e.target.value })}
                />
                <span className="muted">{minutes === null ? '' : `${minutes}’`}</span>
                <input
                  aria-label={`${t('pt.mt.textEn')} ${i + 1}`}
                  value={slot.en}
                  onChange={(e) => setSlot(i, { en: e.target.value })}
                />
                <input
                  lang="ko"
                  aria-label={`${t('pt.mt.textKo')} ${i + 1}`}
                  value={slot.ko}
                  onChange={(e) => setSlot(i, { ko: e.target.value })}
                />
              </div>
            );
          })}
          <button
            type="button"
            className="button button-secondary"
            onClick={() =>
              setSlots((current) => [
                ...current,
                { ...emptySlot(), start: current[current.length - 1]?.end ?? '' },
              ])
            }
          >
            {t('pt.mt.addSlot')}
          </button>
        </fieldset>
        {action.problem}
        <button type="submit" className="button" disabled={action.busy}>
          {action.busy ? t('pt.saving') : t('pt.add')}
        </button>
      </form>
    </details>
  );
}
