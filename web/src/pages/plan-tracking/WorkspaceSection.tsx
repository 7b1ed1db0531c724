import { useState } from 'react';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { useApiData } from '../../components/useApiData.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { createNote, createSwot, deleteSwot, getSwot, getWorkspace, updateSwot } from './api.ts';
import { IllustrativeBadge, ItemChecklist, type PlanContext, useAction } from './common.tsx';
import {
  NOTE_KINDS,
  type NoteKind,
  type SwotBoard,
  type SwotQuadrant,
  type WorkspaceView,
} from './contract.ts';
import { InputField, SelectField, TextAreaField } from './Field.tsx';
import { bi, itemLabel } from './planItems.ts';
import { justificationsOf, SWOT_QUADRANTS, type SwotEntry, swotBoard } from './swot.ts';

const NOTE_KEYS: Record<NoteKind, MessageKey> = {
  environment: 'pt.ws.kind.environment',
  'as-is': 'pt.ws.kind.as-is',
  vision: 'pt.ws.kind.vision',
  proposal: 'pt.ws.kind.proposal',
};

export const QUADRANT_KEYS: Record<SwotQuadrant, MessageKey> = {
  strength: 'pt.swot.strength',
  weakness: 'pt.swot.weakness',
  opportunity: 'pt.swot.opportunity',
  threat: 'pt.swot.threat',
};

const QUADRANT_ONE_KEYS: Record<SwotQuadrant, MessageKey> = {
  strength: 'pt.swot.one.strength',
  weakness: 'pt.swot.one.weakness',
  opportunity: 'pt.swot.one.opportunity',
  threat: 'pt.swot.one.threat',
};

interface WorkspaceData {
  workspace: WorkspaceView;
  swot: SwotBoard;
}

/** The master-plan workspace: vision, analysis notes, proposals, the SWOT board and its traceability. */
export function WorkspaceSection({ context }: { context: PlanContext }) {
  const { t } = useI18n();
  const { slug, planId } = context;
  const [attempt, setAttempt] = useState(0);
  const [data, reload] = useApiData<WorkspaceData>(`workspace:${slug}:${planId}:${attempt}`, async () => {
    const [workspace, swot] = await Promise.all([getWorkspace(slug, planId), getSwot(slug, planId)]);
    return { workspace, swot };
  });
  if (data.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (data.status === 'error') return <ProblemMessage error={data.error} onRetry={reload} />;
  const refresh = () => setAttempt((n) => n + 1);
  return (
    <>
      <Notes context={context} workspace={data.data.workspace} refresh={refresh} />
      <Swot context={context} board={data.data.swot} refresh={refresh} />
    </>
  );
}

function Notes({
  context,
  workspace,
  refresh,
}: {
  context: PlanContext;
  workspace: WorkspaceView;
  refresh: () => void;
}) {
  const { t, language } = useI18n();
  const vision = bi(language, workspace.vision);
  return (
    <section aria-labelledby="pt-notes-heading">
      <div className="card pt-vision">
        <h2>{t('pt.ws.vision')}</h2>
        <p className="pt-vision-text">{vision || t('pt.ws.noVision')}</p>
      </div>
      <h2 id="pt-notes-heading">{t('pt.ws.notes')}</h2>
      {NOTE_KINDS.map((kind) => {
        const notes = workspace.notes.filter((n) => n.kind === kind);
        return (
          <section key={kind} className="pt-note-group" aria-labelledby={`pt-notes-${kind}`}>
            <h3 id={`pt-notes-${kind}`}>{t(NOTE_KEYS[kind])}</h3>
            {notes.length === 0 ? (
              <p className="muted">{t('pt.none')}</p>
            ) : (
              notes.map((note) => (
                <article key={note.id} className="pt-note">
                  <h4>
                    {bi(language, note.title)} <IllustrativeBadge show={note.illustrative} note={note.note} />
                  </h4>
                  {bi(language, note.body)
                    .split(/\n+/)
                    .map((paragraph, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one text, in order.
                      <p key={i}>{paragraph}</p>
                    ))}
                  {note.illustrative && note.note ? <p className="muted">{note.note}</p> : null}
                </article>
              ))
            )}
          </section>
        );
      })}
      {context.canEdit ? <NoteForm context={context} onAdded={refresh} /> : null}
    </section>
  );
}

function NoteForm({ context, onAdded }: { context: PlanContext; onAdded: () => void }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<NoteKind>('environment');
  const [titleEn, setTitleEn] = useState('');
  const [titleKo, setTitleKo] = useState('');
  const [bodyEn, setBodyEn] = useState('');
  const [bodyKo, setBodyKo] = useState('');
  const action = useAction();
  return (
    <details className="pt-form">
      <summary>{t('pt.ws.addNote')}</summary>
      <form
        className="form"
        onSubmit={async (event) => {
          event.preventDefault();
          const done = await action.run(() =>
            createNote(context.slug, context.planId, {
              kind,
              title: { en: titleEn, ko: titleKo },
              body: { en: bodyEn, ko: bodyKo },
            }),
          );
          if (done) onAdded();
        }}
      >
        <SelectField
          id="pt-note-kind"
          label={t('pt.ws.kind')}
          value={kind}
          onChange={setKind}
          options={NOTE_KINDS}
          optionLabel={(k) => t(NOTE_KEYS[k])}
        />
        <div className="form-grid">
          <InputField
            id="pt-note-title-en"
            label={t('pt.ws.titleEn')}
            value={titleEn}
            onChange={setTitleEn}
          />
          <InputField
            id="pt-note-title-ko"
            label={t('pt.ws.titleKo')}
            lang="ko"
            value={titleKo}
            onChange={setTitleKo}
          />
          <TextAreaField
            id="pt-note-body-en"
            label={t('pt.ws.bodyEn')}
            rows={4}
            value={bodyEn}
            onChange={setBodyEn}
          />
          <TextAreaField
            id="pt-note-body-ko"
            label={t('pt.ws.bodyKo')}
            lang="ko"
            rows={4}
            value={bodyKo}
            onChange={setBodyKo}
          />
        </div>
        {action.problem}
        <button type="submit" className="button" disabled={action.busy}>
          {action.busy ? t('pt.saving') : t('pt.add')}
        </button>
      </form>
    </details>
  );
}

function Swot({ context, board, refresh }: { context: PlanContext; board: SwotBoard; refresh: () => void }) {
  const { t, language } = useI18n();
  const entries: SwotEntry[] = board.items.map((item) => ({
    id: item.id,
    quadrant: item.quadrant,
    text: bi(language, item.text),
    linkedItemIds: item.itemIds,
    illustrative: item.illustrative,
  }));
  const notes = new Map(board.items.map((item) => [item.id, item]));
  const linkable = context.items.map((item) => ({ id: item.id, label: itemLabel(language, item) }));
  const cells = swotBoard(entries, linkable);
  const [editing, setEditing] = useState<string | null>(null);
  const action = useAction();
  return (
    <>
      <section aria-labelledby="pt-swot-heading">
        <h2 id="pt-swot-heading">{t('pt.swot.heading')}</h2>
        <p className="lead">{t('pt.swot.intro')}</p>
        <div className="pt-swot" data-testid="swot-board">
          {cells.map((cell) => (
            <section
              key={cell.quadrant}
              className={`pt-swot-cell pt-swot-${cell.quadrant}`}
              aria-labelledby={`pt-swot-${cell.quadrant}`}
            >
              <h3 id={`pt-swot-${cell.quadrant}`}>{t(QUADRANT_KEYS[cell.quadrant])}</h3>
              {cell.entries.length === 0 ? <p className="muted">{t('pt.none')}</p> : null}
              <ul>
                {cell.entries.map(({ entry, linked, missing }) => (
                  <li key={entry.id} id={`pt-swot-item-${entry.id}`}>
                    <span className="pt-swot-text">{entry.text}</span>{' '}
                    <IllustrativeBadge show={entry.illustrative ?? false} note={notes.get(entry.id)?.note} />
                    {linked.length > 0 ? (
                      <div className="pt-links">
                        <span className="muted">{t('pt.swot.justifies')}</span>{' '}
                        {linked.map((item, i) => (
                          <span key={item.id}>
                            {i > 0 ? ', ' : ''}
                            <a href={`#pt-trace-${item.id}`}>{item.label}</a>
                          </span>
                        ))}
                        {missing.length > 0 ? <span className="muted"> ({missing.join(', ')})</span> : null}
                      </div>
                    ) : (
                      <div className="muted">{t('pt.swot.noLinks')}</div>
                    )}
                    {context.canEdit ? (
                      <div className="pt-row-actions">
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => setEditing(editing === entry.id ? null : entry.id)}
                          aria-expanded={editing === entry.id}
                        >
                          {t('pt.swot.editLinks')}
                        </button>{' '}
                        <button
                          type="button"
                          className="link-button"
                          disabled={action.busy}
                          onClick={async () => {
                            const done = await action.run(async () => {
                              await deleteSwot(context.slug, context.planId, entry.id);
                              return true;
                            });
                            if (done) refresh();
                          }}
                        >
                          {t('pt.delete')}
                        </button>
                      </div>
                    ) : null}
                    {editing === entry.id && notes.get(entry.id) ? (
                      <LinkEditor
                        context={context}
                        initial={entry.linkedItemIds}
                        onSave={async (itemIds) => {
                          const item = notes.get(entry.id)!;
                          const done = await action.run(() =>
                            updateSwot(context.slug, context.planId, entry.id, {
                              quadrant: item.quadrant,
                              text: item.text,
                              itemIds,
                              illustrative: item.illustrative,
                              note: item.note,
                            }),
                          );
                          if (done) {
                            setEditing(null);
                            refresh();
                          }
                        }}
                      />
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
        {action.problem}
        {context.canEdit ? <SwotForm context={context} onAdded={refresh} /> : null}
      </section>
      <section aria-labelledby="pt-trace-heading">
        <h2 id="pt-trace-heading">{t('pt.trace.heading')}</h2>
        <p className="lead">{t('pt.trace.intro')}</p>
        <div className="table-scroll">
          <table className="data-table" data-testid="swot-trace">
            <caption className="visually-hidden">{t('pt.trace.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('pt.item')}</th>
                <th scope="col">{t('pt.trace.justifiedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {context.items.map((item) => {
                const reasons = justificationsOf(item.id, entries);
                return (
                  <tr key={item.id} id={`pt-trace-${item.id}`}>
                    <th scope="row" style={{ paddingInlineStart: `${0.5 + Math.max(0, item.depth - 1)}rem` }}>
                      {itemLabel(language, item)}
                    </th>
                    <td>
                      {reasons.length === 0 ? (
                        <span className="muted">{t('pt.trace.unjustified')}</span>
                      ) : (
                        <ul className="pt-inline-list">
                          {reasons.map((r) => (
                            <li key={r.id}>
                              <span className={`pt-quadrant-tag pt-swot-${r.quadrant}`}>
                                {t(QUADRANT_ONE_KEYS[r.quadrant])}
                              </span>{' '}
                              <a href={`#pt-swot-item-${r.id}`}>{r.text}</a>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}

function LinkEditor({
  context,
  initial,
  onSave,
}: {
  context: PlanContext;
  initial: readonly string[];
  onSave: (ids: string[]) => void;
}) {
  const { t, language } = useI18n();
  const [ids, setIds] = useState<string[]>([...initial]);
  return (
    <div className="pt-link-editor">
      <ItemChecklist
        items={context.items}
        selected={ids}
        onChange={setIds}
        legend={t('pt.swot.links')}
        language={language}
      />
      <button type="button" className="button" onClick={() => onSave(ids)}>
        {t('pt.save')}
      </button>
    </div>
  );
}

function SwotForm({ context, onAdded }: { context: PlanContext; onAdded: () => void }) {
  const { t, language } = useI18n();
  const [quadrant, setQuadrant] = useState<SwotQuadrant>('strength');
  const [en, setEn] = useState('');
  const [ko, setKo] = useState('');
  const [itemIds, setItemIds] = useState<string[]>([]);
  const action = useAction();
  return (
    <details className="pt-form">
      <summary>{t('pt.swot.add')}</summary>
      <form
        className="form"
        onSubmit={async (event) => {
          event.preventDefault();
          const done = await action.run(() =>
            createSwot(context.slug, context.planId, { quadrant, text: { en, ko }, itemIds }),
          );
          if (done) onAdded();
        }}
      >
        <SelectField
          id="pt-swot-quadrant"
          label={t('pt.swot.quadrant')}
          value={quadrant}
          onChange={setQuadrant}
          options={SWOT_QUADRANTS}
          optionLabel={(q) => t(QUADRANT_ONE_KEYS[q])}
        />
        <div className="form-grid">
          <InputField id="pt-swot-en" label={t('pt.swot.textEn')} value={en} onChange={setEn} />
          <InputField id="pt-swot-ko" label={t('pt.swot.textKo')} lang="ko" value={ko} onChange={setKo} />
        </div>
        <ItemChecklist
          items={context.items}
          selected={itemIds}
          onChange={setItemIds}
          legend={t('pt.swot.links')}
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
