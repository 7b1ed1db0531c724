import { useMemo, useState } from 'react';
import { LazyEChart } from '../../charts/LazyEChart.tsx';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { useApiData } from '../../components/useApiData.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { compareBaseline, getBaselines, getRoadmap, saveBaseline } from './api.ts';
import { type PlanContext, useAction } from './common.tsx';
import type { BaselineChange, BaselineComparison, BaselineSummary, GanttView } from './contract.ts';
import { Field, InputField } from './Field.tsx';
import { derivedSpan, type GanttItem, ganttHeight, ganttOption, ganttRows } from './gantt.ts';
import { HORIZON_KEYS } from './PrioritiesSection.tsx';
import { bi, itemLabel } from './planItems.ts';
import { formatKrw, toKrw } from './tracking.ts';

const CHANGE_KEYS: Record<BaselineChange, MessageKey> = {
  unchanged: 'pt.road.change.unchanged',
  changed: 'pt.road.change.changed',
  added: 'pt.road.change.added',
  removed: 'pt.road.change.removed',
};

const todayIso = () => new Date().toISOString().slice(0, 10);

/** The roadmap: a Gantt chart by phase and year, with a saved baseline to compare against. */
export function RoadmapSection({ context }: { context: PlanContext }) {
  const { t } = useI18n();
  const { slug, planId } = context;
  const [attempt, setAttempt] = useState(0);
  const [data, reload] = useApiData(`roadmap:${slug}:${planId}:${attempt}`, async () => {
    const [gantt, baselines] = await Promise.all([getRoadmap(slug, planId), getBaselines(slug, planId)]);
    return { gantt, baselines };
  });
  if (data.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (data.status === 'error') return <ProblemMessage error={data.error} onRetry={reload} />;
  return (
    <RoadmapBody
      context={context}
      gantt={data.data.gantt}
      baselines={data.data.baselines}
      refresh={() => setAttempt((n) => n + 1)}
    />
  );
}

function RoadmapBody({
  context,
  gantt,
  baselines,
  refresh,
}: {
  context: PlanContext;
  gantt: GanttView;
  baselines: BaselineSummary[];
  refresh: () => void;
}) {
  const { t } = useI18n();
  const [baselineId, setBaselineId] = useState<string>(baselines[0]?.id ?? '');
  const [comparison, reloadComparison] = useApiData<BaselineComparison | null>(
    `baseline:${context.slug}:${context.planId}:${baselineId}`,
    () => (baselineId ? compareBaseline(context.slug, context.planId, baselineId) : Promise.resolve(null)),
  );
  const compared = comparison.status === 'ready' ? comparison.data : null;
  return (
    <>
      <section aria-labelledby="pt-road-heading">
        <h2 id="pt-road-heading">{t('pt.road.heading')}</h2>
        <div className="toolbar">
          <Field id="pt-baseline" label={t('pt.road.compareWith')} inline>
            <select id="pt-baseline" value={baselineId} onChange={(e) => setBaselineId(e.target.value)}>
              <option value="">{t('pt.road.noBaseline')}</option>
              {baselines.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name} ({b.createdAt.slice(0, 10)})
                </option>
              ))}
            </select>
          </Field>
        </div>
        <GanttChart context={context} gantt={gantt} comparison={compared} />
        {comparison.status === 'error' ? (
          <ProblemMessage error={comparison.error} onRetry={reloadComparison} />
        ) : null}
      </section>
      {compared ? <ComparisonTable context={context} comparison={compared} /> : null}
      {context.canEdit ? (
        <SaveBaseline
          context={context}
          onSaved={(saved) => {
            setBaselineId(saved.id);
            refresh();
          }}
        />
      ) : null}
    </>
  );
}

function GanttChart({
  context,
  gantt,
  comparison,
}: {
  context: PlanContext;
  gantt: GanttView;
  comparison: BaselineComparison | null;
}) {
  const { t, language } = useI18n();
  const baselineOf = useMemo(
    () => new Map((comparison?.rows ?? []).map((row) => [row.itemId, row.baseline])),
    [comparison],
  );
  const label = (itemId: string, fallback: string) =>
    context.itemsById.has(itemId) ? itemLabel(language, context.itemsById.get(itemId)) : fallback;
  let derived = 0;
  const items: GanttItem[] = gantt.rows.flatMap((row) => {
    const own = row.start && row.end ? { start: row.start, end: row.end } : null;
    const span =
      own ??
      derivedSpan(
        Object.keys(row.budgetByYear),
        row.milestones.map((m) => m.dueOn),
      );
    if (!span) return [];
    if (!own) derived++;
    const base = baselineOf.get(row.itemId);
    return [
      {
        id: row.itemId,
        label: label(row.itemId, bi(language, row.name)),
        group: row.horizon ?? 'none',
        start: span.start,
        end: span.end,
        baseline: base?.start && base.end ? { start: base.start, end: base.end } : null,
        illustrative: context.itemsById.get(row.itemId)?.illustrative ?? false,
        milestones: row.milestones.map((m) => ({
          label: bi(language, m.name),
          dueOn: m.dueOn,
          done: m.doneOn !== null,
        })),
      },
    ];
  });
  const undated = gantt.rows.length - items.length;
  const groups = [
    { key: 'short', label: t(HORIZON_KEYS.short) },
    { key: 'mid', label: t(HORIZON_KEYS.mid) },
    { key: 'long', label: t(HORIZON_KEYS.long) },
    { key: 'none', label: t('pt.horizon.none') },
  ];
  const labels = {
    milestone: t('pt.ms.name'),
    current: t('pt.road.current'),
    baseline: t('pt.road.baseline'),
    slipped: t('pt.road.slipped'),
    today: t('pt.road.today'),
    slipDays: t('pt.road.slipDays', { days: '{days}' }),
  };
  const rows = ganttRows(items, groups);
  // biome-ignore lint/correctness/useExhaustiveDependencies: items, groups and labels derive from these.
  const option = useMemo(
    () => ganttOption(items, groups, labels, { today: todayIso() }),
    [gantt, comparison, language],
  );
  if (items.length === 0) return <p className="notice">{t('pt.road.noDates')}</p>;
  const years = gantt.years;
  return (
    <>
      <div className="card chart-card" data-testid="gantt">
        <div className="pt-gantt-box" style={{ height: `${ganttHeight(rows.length)}px` }}>
          <LazyEChart
            className="chart pt-gantt"
            option={option}
            label={t('pt.road.chart', {
              count: items.length,
              from: years[0] ?? '',
              to: years[years.length - 1] ?? '',
            })}
          />
        </div>
      </div>
      {derived > 0 ? <p className="muted">{t('pt.road.derived', { count: derived })}</p> : null}
      {undated > 0 ? <p className="muted">{t('pt.road.undated', { count: undated })}</p> : null}
      <div className="table-scroll">
        <table className="data-table" data-testid="roadmap-table">
          <caption>{t('pt.road.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('pt.item')}</th>
              <th scope="col">{t('pt.rank.horizon')}</th>
              <th scope="col">{t('pt.road.start')}</th>
              <th scope="col">{t('pt.road.end')}</th>
              {comparison ? <th scope="col">{t('pt.road.baseline')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) =>
              row.kind === 'group' ? (
                <tr key={`g-${row.key}`} className="pt-group-row">
                  <th scope="rowgroup" colSpan={comparison ? 5 : 4}>
                    {row.label}
                  </th>
                </tr>
              ) : (
                <tr
                  key={row.item.id}
                  className={row.slip !== null && row.slip > 0 ? 'pt-slipped' : undefined}
                >
                  <th scope="row">{row.item.label}</th>
                  <td>{groups.find((g) => g.key === row.item.group)?.label}</td>
                  <td className="nowrap">{row.item.start}</td>
                  <td className="nowrap">{row.item.end}</td>
                  {comparison ? (
                    <td className="nowrap">
                      {row.item.baseline ? `${row.item.baseline.start} – ${row.item.baseline.end}` : '—'}
                      {row.slip !== null && row.slip > 0 ? (
                        <strong className="pt-slip"> {t('pt.road.slipDays', { days: row.slip })}</strong>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}

function ComparisonTable({ context, comparison }: { context: PlanContext; comparison: BaselineComparison }) {
  const { t, language } = useI18n();
  const changed = comparison.rows.filter((r) => r.change !== 'unchanged');
  const money = (text: string | null | undefined) => formatKrw(toKrw(text), language);
  const signed = (n: number | null) => (n === null ? '—' : n > 0 ? `+${n}` : String(n));
  return (
    <section aria-labelledby="pt-compare-heading">
      <h2 id="pt-compare-heading">{t('pt.road.compareCaption', { name: comparison.baseline.name })}</h2>
      <p>
        {(['unchanged', 'changed', 'added', 'removed'] as const)
          .map((k) => `${t(CHANGE_KEYS[k])} ${comparison.counts[k]}`)
          .join(' · ')}
      </p>
      <p>
        {t('pt.road.totals', {
          baseline: money(comparison.totals.baseline),
          current: money(comparison.totals.current),
          delta: money(comparison.totals.delta),
        })}
      </p>
      {changed.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table" data-testid="baseline-comparison">
            <caption className="visually-hidden">
              {t('pt.road.compareCaption', { name: comparison.baseline.name })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('pt.item')}</th>
                <th scope="col">{t('pt.road.change')}</th>
                <th scope="col" className="numeric">
                  {t('pt.road.startShift')}
                </th>
                <th scope="col" className="numeric">
                  {t('pt.road.endShift')}
                </th>
                <th scope="col" className="numeric">
                  {t('pt.road.budgetDelta')}
                </th>
              </tr>
            </thead>
            <tbody>
              {changed.map((row) => (
                <tr key={row.itemId}>
                  <th scope="row">
                    {context.itemsById.has(row.itemId)
                      ? itemLabel(language, context.itemsById.get(row.itemId))
                      : bi(language, row.name)}
                  </th>
                  <td>{t(CHANGE_KEYS[row.change])}</td>
                  <td className="numeric">{signed(row.startShiftDays)}</td>
                  <td className={`numeric${(row.endShiftDays ?? 0) > 0 ? ' pt-slip' : ''}`}>
                    {signed(row.endShiftDays)}
                  </td>
                  <td className="numeric">{money(row.budgetDelta)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

function SaveBaseline({ context, onSaved }: { context: PlanContext; onSaved: (b: BaselineSummary) => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const action = useAction();
  return (
    <section className="card" aria-labelledby="pt-save-baseline">
      <h2 id="pt-save-baseline">{t('pt.road.saveBaseline')}</h2>
      <form
        className="toolbar"
        onSubmit={async (event) => {
          event.preventDefault();
          const created = await action.run(() => saveBaseline(context.slug, context.planId, name.trim()));
          if (created) {
            setSaved(created.name);
            setName('');
            onSaved(created);
          }
        }}
      >
        <InputField
          id="pt-baseline-name"
          label={t('pt.road.baselineName')}
          inline
          value={name}
          onChange={setName}
          required
        />
        <button type="submit" className="button" disabled={action.busy || name.trim() === ''}>
          {action.busy ? t('pt.saving') : t('pt.save')}
        </button>
        {saved ? <span role="status">{t('pt.road.baselineSaved', { name: saved })}</span> : null}
      </form>
      {action.problem}
    </section>
  );
}
