import { useRef, useState } from 'react';
import type { PlanItemNode } from '../../../../src/services/contract-plans.ts';
import { ApiError } from '../../api/problem.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { deleteItem, moveItem } from './api.ts';
import { IllustrativeBadge } from './IllustrativeBadge.tsx';
import { type EditorTarget, ItemEditor } from './ItemEditor.tsx';
import { childLevel, emptyItemValues, valuesOfItem } from './itemForm.ts';
import { formatAmount } from './money.ts';
import type { SectionProps } from './PlanFrame.tsx';
import { nameOf } from './planView.ts';
import { descendantIds, flattenTree, type TreeRow } from './tree.ts';
import { useLevelName } from './useLevelName.ts';

const asApiError = (caught: unknown) =>
  caught instanceof ApiError ? caught : new ApiError(0, { title: String(caught) });

/** The editable tree and table of a plan's items. */
export function ItemsSection({ detail, slug, canEdit, refresh }: SectionProps) {
  const { t, language } = useI18n();
  const levelName = useLevelName();
  const { plan, items } = detail;
  const rows = flattenTree(items);
  const [editor, setEditor] = useState<EditorTarget | null>(null);
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [toDelete, setToDelete] = useState<TreeRow<PlanItemNode> | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const planName = nameOf(plan, language);
  const money = (text: string) => formatAmount(BigInt(text), language);

  const openEditor = (target: EditorTarget) => {
    setNotice('');
    setFailure(null);
    setEditor(target);
  };

  async function run(action: () => Promise<unknown>, done: string) {
    setBusy(true);
    setFailure(null);
    setNotice('');
    try {
      await action();
      await refresh();
      setNotice(done);
    } catch (caught) {
      setFailure(asApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  const move = (row: TreeRow<PlanItemNode>, delta: -1 | 1) =>
    run(
      () => moveItem(slug, plan.id, row.item.id, { parentId: row.parentId, position: row.index + delta }),
      t('plans.items.saved', { name: nameOf(row.item, language) }),
    );

  async function confirmDelete() {
    dialog.current?.close();
    const row = toDelete;
    setToDelete(null);
    if (!row) return;
    if (
      editor?.mode === 'edit' &&
      (editor.item.id === row.item.id || descendantIds(row.item).has(editor.item.id))
    )
      setEditor(null);
    await run(
      () => deleteItem(slug, plan.id, row.item.id),
      t('plans.items.deleted', { name: nameOf(row.item, language) }),
    );
  }

  const firstYear = plan.periodFrom;

  return (
    <>
      <PageHeading>{`${t('plans.section.items')}: ${planName}`}</PageHeading>
      <p className="lead">{t('plans.items.intro')}</p>
      {canEdit ? null : <p className="notice">{t('plans.items.readOnly')}</p>}
      {rows.some((r) => r.item.illustrative) ? <p className="muted">{t('plans.illustrativeNote')}</p> : null}
      <p role="status" className="status-line" data-testid="items-status">
        {notice}
      </p>
      {failure ? <ProblemMessage error={failure} /> : null}
      {canEdit && editor === null ? (
        <button
          type="button"
          className="button"
          onClick={() =>
            openEditor({ mode: 'create', parentId: null, values: emptyItemValues(childLevel(null)) })
          }
        >
          {t('plans.items.addTop')}
        </button>
      ) : null}
      {editor ? (
        <ItemEditor
          key={editor.mode === 'edit' ? `edit-${editor.item.id}` : `new-${editor.parentId ?? 'top'}`}
          target={editor}
          slug={slug}
          planId={plan.id}
          items={items}
          firstYear={firstYear}
          onSaved={async (name, created) => {
            await refresh();
            setEditor(null);
            setNotice(t(created ? 'plans.items.created' : 'plans.items.saved', { name }));
          }}
          onCancel={() => setEditor(null)}
        />
      ) : null}

      {rows.length === 0 ? (
        <p>{t('plans.items.none')}</p>
      ) : (
        <TableScroll label={t('plans.items.caption', { plan: planName })}>
          <table className="data-table plan-items" data-testid="plan-items">
            <caption className="visually-hidden">{t('plans.items.caption', { plan: planName })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plans.items.outline')}</th>
                <th scope="col">{t('plans.column.name')}</th>
                <th scope="col">{t('plans.items.level')}</th>
                <th scope="col">{t('plans.items.type')}</th>
                <th scope="col">{t('plans.items.horizon')}</th>
                <th scope="col">{t('plans.column.status')}</th>
                <th scope="col">{t('plans.items.lead')}</th>
                <th scope="col" className="num">
                  {t('plans.items.envelope')}
                </th>
                <th scope="col" className="num">
                  {t('plans.items.amount')}
                </th>
                {canEdit ? <th scope="col">{t('plans.items.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const { item } = row;
                const name = nameOf(item, language);
                return (
                  <tr key={item.id} data-item-id={item.id} data-depth={row.depth}>
                    <td className="outline">{row.outline}</td>
                    <th scope="row" className={`item-name depth-${Math.min(row.depth, 5)}`}>
                      <span className="item-name-text">{name}</span>
                      {item.illustrative ? (
                        <>
                          {' '}
                          <IllustrativeBadge />
                        </>
                      ) : null}
                    </th>
                    <td>{levelName(item.level)}</td>
                    <td>{item.projectType ? t(`plans.type.${item.projectType}`) : ''}</td>
                    <td>{item.horizon ? t(`plans.horizon.${item.horizon}`) : ''}</td>
                    <td>{t(`plans.itemStatus.${item.status}`)}</td>
                    <td>{item.leadDepartment}</td>
                    <td className="num">{item.envelope === null ? '' : money(item.envelope)}</td>
                    <td className="num" data-testid="item-itemised">
                      {money(item.rollup.itemised)}
                    </td>
                    {canEdit ? (
                      <td className="item-actions">
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          disabled={busy}
                          aria-label={t('plans.items.addChildTo', { name })}
                          onClick={() =>
                            openEditor({
                              mode: 'create',
                              parentId: item.id,
                              values: emptyItemValues(childLevel(item.level)),
                            })
                          }
                        >
                          {t('plans.items.addChild')}
                        </button>
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          disabled={busy}
                          aria-label={t('plans.items.editName', { name })}
                          onClick={() => openEditor({ mode: 'edit', item, values: valuesOfItem(item) })}
                        >
                          {t('plans.items.edit')}
                        </button>
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          disabled={busy || row.index === 0}
                          aria-label={t('plans.items.moveUpName', { name })}
                          title={t('plans.items.moveUp')}
                          onClick={() => void move(row, -1)}
                        >
                          ↑
                        </button>
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          disabled={busy || row.index === row.siblings - 1}
                          aria-label={t('plans.items.moveDownName', { name })}
                          title={t('plans.items.moveDown')}
                          onClick={() => void move(row, 1)}
                        >
                          ↓
                        </button>
                        <button
                          type="button"
                          className="button button-secondary button-small button-danger"
                          disabled={busy}
                          aria-label={t('plans.items.deleteName', { name })}
                          onClick={() => {
                            setToDelete(row);
                            dialog.current?.showModal();
                          }}
                        >
                          {t('plans.items.delete')}
                        </button>
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}

      <dialog
        ref={dialog}
        className="confirm-dialog"
        aria-labelledby="plans-delete-heading"
        aria-describedby="plans-delete-text"
        onClose={() => setToDelete(null)}
      >
        {toDelete ? (
          <>
            <h2 id="plans-delete-heading">
              {t('plans.items.confirmDeleteHeading', { name: nameOf(toDelete.item, language) })}
            </h2>
            <p id="plans-delete-text">
              {toDelete.hasChildren
                ? t('plans.items.confirmDeleteText', {
                    name: nameOf(toDelete.item, language),
                    n: descendantIds(toDelete.item).size,
                  })
                : t('plans.items.confirmDeleteLeaf', { name: nameOf(toDelete.item, language) })}
            </p>
          </>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="button button-danger" onClick={() => void confirmDelete()}>
            {t('plans.items.confirmDelete')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => dialog.current?.close()}
            // biome-ignore lint/a11y/noAutofocus: the safe choice takes focus when the dialog opens.
            autoFocus
          >
            {t('plans.items.cancel')}
          </button>
        </div>
      </dialog>
    </>
  );
}
