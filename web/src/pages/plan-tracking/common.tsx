import { useState } from 'react';
import type { KpiStatus } from '../../../../src/engine/planning/kpi.ts';
import type { Role } from '../../../../src/services/contract.ts';
import { ApiError } from '../../api/problem.ts';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { FlatItem } from './planItems.ts';

/** What every tracking section gets from the page. */
export interface PlanContext {
  slug: string;
  planId: string;
  items: FlatItem[];
  itemsById: Map<string, FlatItem>;
  canEdit: boolean;
  /** The plan's period (years), when stated. */
  periodFrom: number | null;
  periodTo: number | null;
}

/** Editors and administrators change plans; analysts and viewers read them. */
export const canEditPlans = (role: Role): boolean => role === 'editor' || role === 'admin';

/** The visible label on every row CityBench invented for the demo, with its note as a tooltip. */
export function IllustrativeBadge({ show, note }: { show: boolean; note?: string }) {
  const { t } = useI18n();
  if (!show) return null;
  return (
    <span className="synthetic-badge pt-illustrative" title={note || undefined}>
      {t('pt.illustrative')}
    </span>
  );
}

/** Red/amber/green as colour and word, so it reads without colour too. */
export function RagBadge({ status }: { status: KpiStatus | null }) {
  const { t } = useI18n();
  const text =
    status === 'red'
      ? t('pt.kpi.red')
      : status === 'amber'
        ? t('pt.kpi.amber')
        : status === 'green'
          ? t('pt.kpi.green')
          : t('pt.kpi.unrated');
  return (
    <span className={`pt-rag pt-rag-${status ?? 'none'}`} data-status={status ?? 'none'}>
      {text}
    </span>
  );
}

/** State of one write action: busy flag, the server's problem, and a run wrapper. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  async function run<T>(action: () => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    setError(null);
    try {
      return await action();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, { title: String(caught) }));
      return undefined;
    } finally {
      setBusy(false);
    }
  }
  const problem = error ? <ProblemMessage error={error} /> : null;
  return { busy, error, problem, run };
}

/** Checkbox list of plan items (for links from SWOT items, meeting records, …). */
export function ItemChecklist({
  items,
  selected,
  onChange,
  legend,
  language,
}: {
  items: FlatItem[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  legend: string;
  language: 'en' | 'ko';
}) {
  return (
    <fieldset className="pt-checklist">
      <legend>{legend}</legend>
      {items.map((item) => (
        <label key={item.id} style={{ paddingInlineStart: `${Math.max(0, item.depth - 1)}rem` }}>
          <input
            type="checkbox"
            checked={selected.includes(item.id)}
            onChange={(event) =>
              onChange(
                event.target.checked ? [...selected, item.id] : selected.filter((id) => id !== item.id),
              )
            }
          />{' '}
          {item.code ? `${item.code} ` : ''}
          {language === 'ko' ? item.nameKo || item.nameEn : item.nameEn || item.nameKo}
        </label>
      ))}
    </fieldset>
  );
}

/** A select of plan items, indented by depth. */
export function ItemSelect({
  id,
  items,
  value,
  onChange,
  language,
  emptyLabel,
}: {
  id: string;
  items: FlatItem[];
  value: string;
  onChange: (id: string) => void;
  language: 'en' | 'ko';
  emptyLabel?: string;
}) {
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
      {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
      {items.map((item) => (
        <option key={item.id} value={item.id}>
          {`${'\u00a0\u00a0'.repeat(Math.max(0, item.depth - 1))}${item.code ? `${item.code} ` : ''}${
            language === 'ko' ? item.nameKo || item.nameEn : item.nameEn || item.nameKo
          }`}
        </option>
      ))}
    </select>
  );
}
