import { useState } from 'react';
import { LazyEChart } from '../../charts/LazyEChart.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { useApiData } from '../../components/useApiData.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import {
  addCost,
  addProgress,
  createKpi,
  createMilestone,
  getEarnedValue,
  getTracking,
  reportPath,
  updateMilestone,
} from './api.ts';
import { IllustrativeBadge, type PlanContext, RagBadge, useAction } from './common.tsx';
import type { EarnedValueFigures, KpiDirection, KpiView, MilestoneView, TrackingView } from './contract.ts';
import { Field, InputField, ItemField, SelectField, TextAreaField } from './Field.tsx';
import { bi, itemLabel } from './planItems.ts';
import {
  formatIndex,
  formatKrw,
  indexTone,
  kpiOption,
  ragCounts,
  type SCurvePoint,
  sCurveDates,
  sCurveOption,
  toKrw,
} from './tracking.ts';

const FUNDING_SOURCES = ['national', 'municipal', 'private', 'other'] as const;

/** Funding sources read as in the portfolio pages (plans.source.*); anything else as stored. */
function sourceLabel(t: (key: MessageKey) => string, source: string): string {
  return (FUNDING_SOURCES as readonly string[]).includes(source)
    ? t(`plans.source.${source as (typeof FUNDING_SOURCES)[number]}`)
    : source;
}

const todayIso = () => new Date().toISOString().slice(0, 10);

const MILESTONE_KEYS: Record<MilestoneView['state'], MessageKey> = {
  done: 'pt.ms.state.done',
  late: 'pt.ms.state.late',
  open: 'pt.ms.state.open',
};

/** Tracking: KPI dashboard, milestones, progress, budget execution with earned value, the annual report. */
export function TrackingDashboard({ context }: { context: PlanContext }) {
  const { slug, planId } = context;
  const [attempt, setAttempt] = useState(0);
  const [data, reload] = useApiData(`tracking:${slug}:${planId}:${attempt}`, () => getTracking(slug, planId));
  const refresh = () => setAttempt((n) => n + 1);
  return (
    <Loaded value={data} onRetry={reload}>
      {(view) => (
        <>
          <KpiDashboard context={context} kpis={view.kpis} refresh={refresh} />
          <Milestones context={context} milestones={view.milestones} refresh={refresh} />
          <Progress context={context} view={view} refresh={refresh} />
          <EarnedValue context={context} view={view} refresh={refresh} key={`ev-${attempt}`} />
          <Report context={context} />
        </>
      )}
    </Loaded>
  );
}

function KpiDashboard({
  context,
  kpis,
  refresh,
}: {
  context: PlanContext;
  kpis: KpiView[];
  refresh: () => void;
}) {
  const { t, language } = useI18n();
  const [chosen, setChosen] = useState<string>(kpis[0]?.id ?? '');
  const counts = ragCounts(kpis.map((k) => k.latest?.status ?? null));
  const years = [...new Set(kpis.flatMap((k) => k.years.map((y) => y.year)))].sort((a, b) => a - b);
  const selected = kpis.find((k) => k.id === chosen) ?? kpis[0];
  return (
    <section aria-labelledby="pt-kpi-heading">
      <h2 id="pt-kpi-heading">{t('pt.kpi.heading')}</h2>
      {kpis.length === 0 ? (
        <p className="notice">{t('pt.kpi.none')}</p>
      ) : (
        <>
          <ul className="pt-rag-summary" aria-label={t('pt.kpi.summary', counts)}>
            <li>
              <RagBadge status="green" /> {counts.green}
            </li>
            <li>
              <RagBadge status="amber" /> {counts.amber}
            </li>
            <li>
              <RagBadge status="red" /> {counts.red}
            </li>
            <li>
              <RagBadge status={null} /> {counts.none}
            </li>
          </ul>
          <div className="table-scroll">
            <table className="data-table" data-testid="kpi-table">
              <caption>{t('pt.kpi.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('pt.kpi.name')}</th>
                  <th scope="col">{t('pt.item')}</th>
                  <th scope="col" className="numeric">
                    {t('pt.kpi.baseline')}
                  </th>
                  {years.map((y) => (
                    <th key={y} scope="col" className="numeric">
                      {y}
                      <br />
                      <span className="muted">
                        {t('pt.kpi.target')} / {t('pt.kpi.actual')}
                      </span>
                    </th>
                  ))}
                  <th scope="col">{t('pt.kpi.latest')}</th>
                </tr>
              </thead>
              <tbody>
                {kpis.map((kpi) => (
                  <tr key={kpi.id}>
                    <th scope="row">
                      <button type="button" className="link-button" onClick={() => setChosen(kpi.id)}>
                        {bi(language, kpi.name)}
                      </button>{' '}
                      {kpi.unit ? <span className="muted">({kpi.unit})</span> : null}{' '}
                      <IllustrativeBadge show={kpi.illustrative} note={kpi.note} />
                    </th>
                    <td>{itemLabel(language, context.itemsById.get(kpi.itemId), kpi.itemId)}</td>
                    <td className="numeric">
                      {kpi.baseline}
                      {kpi.baselineYear ? <span className="muted"> ({kpi.baselineYear})</span> : null}
                    </td>
                    {years.map((y) => {
                      const year = kpi.years.find((v) => v.year === y);
                      return (
                        <td key={y} className="numeric nowrap" data-status={year?.status ?? 'none'}>
                          {year ? `${year.target ?? '–'} / ${year.actual ?? '–'}` : '–'}
                          {year?.status ? (
                            <>
                              {' '}
                              <RagBadge status={year.status} />
                            </>
                          ) : null}
                        </td>
                      );
                    })}
                    <td>
                      <RagBadge status={kpi.latest?.status ?? null} />
                      {kpi.latest ? <span className="muted"> {kpi.latest.year}</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {selected ? (
            <div className="card chart-card">
              <h3>{bi(language, selected.name)}</h3>
              <LazyEChart
                className="chart pt-chart-small"
                option={kpiOption(selected, {
                  target: t('pt.kpi.targetValue'),
                  actual: t('pt.kpi.actualValue'),
                  baseline: t('pt.kpi.baseline'),
                })}
                label={`${bi(language, selected.name)}: ${selected.years
                  .map((y) => `${y.year} ${y.target ?? '–'} / ${y.actual ?? '–'}`)
                  .join(', ')}`}
              />
            </div>
          ) : null}
        </>
      )}
      {context.canEdit ? <KpiForm context={context} onAdded={refresh} /> : null}
    </section>
  );
}

function KpiForm({ context, onAdded }: { context: PlanContext; onAdded: () => void }) {
  const { t } = useI18n();
  const firstYear = context.periodFrom ?? new Date().getFullYear();
  const lastYear = context.periodTo ?? firstYear + 4;
  const [itemId, setItemId] = useState(context.items[0]?.id ?? '');
  const [nameEn, setNameEn] = useState('');
  const [nameKo, setNameKo] = useState('');
  const [unit, setUnit] = useState('');
  const [direction, setDirection] = useState<KpiDirection>('higher-is-better');
  const [baseline, setBaseline] = useState('0');
  const [targets, setTargets] = useState<Record<number, string>>({});
  const action = useAction();
  const years: number[] = [];
  for (let y = firstYear; y <= lastYear && years.length < 15; y++) years.push(y);
  return (
    <details className="pt-form">
      <summary>{t('pt.kpi.add')}</summary>
      <form
        className="form"
        onSubmit={async (event) => {
          event.preventDefault();
          const done = await action.run(() =>
            createKpi(context.slug, context.planId, itemId, {
              name: { en: nameEn, ko: nameKo },
              unit,
              direction,
              baseline: Number(baseline),
              years: years.map((year) => ({
                year,
                target: targets[year]?.trim() ? Number(targets[year]) : null,
                actual: null,
              })),
            }),
          );
          if (done) onAdded();
        }}
      >
        <ItemField id="pt-kpi-item" items={context.items} value={itemId} onChange={setItemId} />
        <div className="form-grid">
          <InputField id="pt-kpi-name-en" label={t('pt.kpi.nameEn')} value={nameEn} onChange={setNameEn} />
          <InputField
            id="pt-kpi-name-ko"
            label={t('pt.kpi.nameKo')}
            lang="ko"
            value={nameKo}
            onChange={setNameKo}
          />
          <InputField id="pt-kpi-unit" label={t('pt.kpi.unit')} value={unit} onChange={setUnit} />
          <SelectField<KpiDirection>
            id="pt-kpi-direction"
            label={t('pt.kpi.direction')}
            value={direction}
            onChange={setDirection}
            options={['higher-is-better', 'lower-is-better']}
            optionLabel={(d) => (d === 'higher-is-better' ? t('pt.kpi.higher') : t('pt.kpi.lower'))}
          />
          <InputField
            id="pt-kpi-baseline"
            label={t('pt.kpi.baseline')}
            type="number"
            step="any"
            value={baseline}
            onChange={setBaseline}
          />
          {years.map((year) => (
            <InputField
              key={year}
              id={`pt-kpi-target-${year}`}
              label={`${t('pt.kpi.targetValue')} ${year}`}
              type="number"
              step="any"
              value={targets[year] ?? ''}
              onChange={(value) => setTargets({ ...targets, [year]: value })}
            />
          ))}
        </div>
        {action.problem}
        <button type="submit" className="button" disabled={action.busy || !itemId}>
          {action.busy ? t('pt.saving') : t('pt.add')}
        </button>
      </form>
    </details>
  );
}

function Milestones({
  context,
  milestones,
  refresh,
}: {
  context: PlanContext;
  milestones: MilestoneView[];
  refresh: () => void;
}) {
  const { t, language } = useI18n();
  const action = useAction();
  const sorted = [...milestones].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return (
    <section aria-labelledby="pt-ms-heading">
      <h2 id="pt-ms-heading">{t('pt.ms.heading')}</h2>
      {sorted.length === 0 ? (
        <p className="muted">{t('pt.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="milestones">
            <caption className="visually-hidden">{t('pt.ms.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('pt.ms.name')}</th>
                <th scope="col">{t('pt.item')}</th>
                <th scope="col">{t('pt.ms.due')}</th>
                <th scope="col">{t('pt.ms.done')}</th>
                <th scope="col">{t('pt.ms.state')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((m) => (
                <tr key={m.id}>
                  <th scope="row">
                    {bi(language, m.name)} <IllustrativeBadge show={m.illustrative} note={m.note} />
                  </th>
                  <td>{itemLabel(language, context.itemsById.get(m.itemId), m.itemId)}</td>
                  <td className="nowrap">{m.dueOn}</td>
                  <td className="nowrap">
                    {m.doneOn ??
                      (context.canEdit ? (
                        <button
                          type="button"
                          className="link-button"
                          disabled={action.busy}
                          onClick={async () => {
                            const done = await action.run(() =>
                              updateMilestone(context.slug, context.planId, m.id, {
                                itemId: m.itemId,
                                name: m.name,
                                dueOn: m.dueOn,
                                doneOn: todayIso(),
                                illustrative: m.illustrative,
                                note: m.note,
                              }),
                            );
                            if (done) refresh();
                          }}
                        >
                          {t('pt.ms.markDone')}
                        </button>
                      ) : (
                        '—'
                      ))}
                  </td>
                  <td>
                    <span className={`pt-state pt-state-${m.state}`}>{t(MILESTONE_KEYS[m.state])}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {action.problem}
      {context.canEdit ? <MilestoneForm context={context} onAdded={refresh} /> : null}
    </section>
  );
}

function MilestoneForm({ context, onAdded }: { context: PlanContext; onAdded: () => void }) {
  const { t } = useI18n();
  const [itemId, setItemId] = useState(context.items[0]?.id ?? '');
  const [en, setEn] = useState('');
  const [ko, setKo] = useState('');
  const [dueOn, setDueOn] = useState('');
  const action = useAction();
  return (
    <details className="pt-form">
      <summary>{t('pt.ms.add')}</summary>
      <form
        className="form"
        onSubmit={async (event) => {
          event.preventDefault();
          const done = await action.run(() =>
            createMilestone(context.slug, context.planId, { itemId, name: { en, ko }, dueOn }),
          );
          if (done) onAdded();
        }}
      >
        <ItemField id="pt-ms-item" items={context.items} value={itemId} onChange={setItemId} />
        <div className="form-grid">
          <InputField id="pt-ms-en" label={t('pt.ms.nameEn')} value={en} onChange={setEn} />
          <InputField id="pt-ms-ko" label={t('pt.ms.nameKo')} lang="ko" value={ko} onChange={setKo} />
          <InputField
            id="pt-ms-due"
            label={t('pt.ms.due')}
            type="date"
            value={dueOn}
            onChange={setDueOn}
            required
          />
        </div>
        {action.problem}
        <button type="submit" className="button" disabled={action.busy || !itemId}>
          {action.busy ? t('pt.saving') : t('pt.add')}
        </button>
      </form>
    </details>
  );
}

function Progress({
  context,
  view,
  refresh,
}: {
  context: PlanContext;
  view: TrackingView;
  refresh: () => void;
}) {
  const { t, language } = useI18n();
  const updates = [...view.progress].sort((a, b) => b.reportedOn.localeCompare(a.reportedOn));
  const [itemId, setItemId] = useState(context.items[0]?.id ?? '');
  const [reportedOn, setReportedOn] = useState(todayIso());
  const [percent, setPercent] = useState('0');
  const [note, setNote] = useState('');
  const action = useAction();
  return (
    <section aria-labelledby="pt-pr-heading">
      <h2 id="pt-pr-heading">{t('pt.pr.heading')}</h2>
      {updates.length === 0 ? (
        <p className="muted">{t('pt.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="progress-updates">
            <caption className="visually-hidden">{t('pt.pr.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('pt.date')}</th>
                <th scope="col">{t('pt.item')}</th>
                <th scope="col" className="numeric">
                  {t('pt.pr.percent')}
                </th>
                <th scope="col">{t('pt.note')}</th>
                <th scope="col">{t('pt.pr.author')}</th>
              </tr>
            </thead>
            <tbody>
              {updates.map((u) => (
                <tr key={u.id}>
                  <th scope="row" className="nowrap">
                    {u.reportedOn}
                  </th>
                  <td>{itemLabel(language, context.itemsById.get(u.itemId), u.itemId)}</td>
                  <td className="numeric">
                    <span className="pt-meter" aria-hidden="true">
                      <span style={{ width: `${Math.min(100, Math.max(0, u.percentComplete))}%` }} />
                    </span>{' '}
                    {u.percentComplete} %
                  </td>
                  <td>{u.note || '—'}</td>
                  <td>{u.author ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {context.canEdit ? (
        <details className="pt-form">
          <summary>{t('pt.pr.add')}</summary>
          <form
            className="form"
            onSubmit={async (event) => {
              event.preventDefault();
              const done = await action.run(() =>
                addProgress(context.slug, context.planId, {
                  itemId,
                  reportedOn,
                  percentComplete: Number(percent),
                  note,
                }),
              );
              if (done) refresh();
            }}
          >
            <ItemField id="pt-pr-item" items={context.items} value={itemId} onChange={setItemId} />
            <div className="form-grid">
              <InputField
                id="pt-pr-date"
                label={t('pt.date')}
                type="date"
                value={reportedOn}
                onChange={setReportedOn}
              />
              <InputField
                id="pt-pr-percent"
                label={t('pt.pr.percent')}
                type="number"
                min={0}
                max={100}
                step={1}
                value={percent}
                onChange={setPercent}
              />
            </div>
            <TextAreaField id="pt-pr-note" label={t('pt.note')} rows={2} value={note} onChange={setNote} />
            {action.problem}
            <button type="submit" className="button" disabled={action.busy || !itemId}>
              {action.busy ? t('pt.saving') : t('pt.add')}
            </button>
          </form>
        </details>
      ) : null}
    </section>
  );
}

function EvFigures({ figures }: { figures: EarnedValueFigures }) {
  const { t, language } = useI18n();
  const money = (text: string | null) => formatKrw(toKrw(text), language);
  const spiTone = indexTone(figures.spi);
  const cpiTone = indexTone(figures.cpi);
  return (
    <dl className="figures card pt-evm" data-testid="evm-figures">
      <div>
        <dt>{t('pt.ev.bac')}</dt>
        <dd>{money(figures.bac)}</dd>
      </div>
      <div>
        <dt>{t('pt.ev.pv')}</dt>
        <dd>{money(figures.pv)}</dd>
      </div>
      <div>
        <dt>{t('pt.ev.ev')}</dt>
        <dd>{money(figures.ev)}</dd>
      </div>
      <div>
        <dt>{t('pt.ev.ac')}</dt>
        <dd>{money(figures.ac)}</dd>
      </div>
      <div>
        <dt>{t('pt.ev.spi')}</dt>
        <dd className={`pt-tone-${spiTone}`}>
          {formatIndex(figures.spi)}{' '}
          <small>
            {spiTone === 'none'
              ? t('pt.ev.undefined')
              : spiTone === 'good'
                ? t('pt.ev.ahead')
                : t('pt.ev.behind')}
          </small>
        </dd>
      </div>
      <div>
        <dt>{t('pt.ev.cpi')}</dt>
        <dd className={`pt-tone-${cpiTone}`}>
          {formatIndex(figures.cpi)}{' '}
          <small>
            {cpiTone === 'none'
              ? t('pt.ev.undefined')
              : cpiTone === 'good'
                ? t('pt.ev.under')
                : t('pt.ev.over')}
          </small>
        </dd>
      </div>
      <div>
        <dt>{t('pt.ev.sv')}</dt>
        <dd>{money(figures.sv)}</dd>
      </div>
      <div>
        <dt>{t('pt.ev.cv')}</dt>
        <dd>{money(figures.cv)}</dd>
      </div>
      <div>
        <dt>{t('pt.ev.eac')}</dt>
        <dd>{figures.eac === null ? t('pt.ev.undefined') : money(figures.eac)}</dd>
      </div>
      <div>
        <dt>{t('pt.ev.etc')}</dt>
        <dd>{figures.etc === null ? t('pt.ev.undefined') : money(figures.etc)}</dd>
      </div>
      <div>
        <dt>{t('pt.ev.vac')}</dt>
        <dd>{figures.vac === null ? t('pt.ev.undefined') : money(figures.vac)}</dd>
      </div>
    </dl>
  );
}

function EarnedValue({
  context,
  view,
  refresh,
}: {
  context: PlanContext;
  view: TrackingView;
  refresh: () => void;
}) {
  const { t, language } = useI18n();
  const { slug, planId } = context;
  const [asOf, setAsOf] = useState(todayIso());
  const [evm, reload] = useApiData(`evm:${slug}:${planId}:${asOf}`, () =>
    getEarnedValue(slug, planId, { asOf }),
  );
  const today = todayIso();
  const from = context.periodFrom ?? Number(today.slice(0, 4));
  const to = context.periodTo ?? from + 4;
  const [curve] = useApiData<SCurvePoint[]>(`scurve:${slug}:${planId}:${from}:${to}`, async () => {
    const dates = sCurveDates(from, to, today);
    const views = await Promise.all(dates.map((d) => getEarnedValue(slug, planId, { asOf: d.asOf })));
    return views.map((v, i) => {
      const date = dates[i];
      return {
        period: date?.period ?? '',
        pv: v.total.pv,
        ev: date?.reported ? v.total.ev : null,
        ac: date?.reported ? v.total.ac : null,
      };
    });
  });
  const money = (text: string | null) => formatKrw(toKrw(text), language);
  return (
    <section aria-labelledby="pt-ev-heading">
      <h2 id="pt-ev-heading">{t('pt.ev.heading')}</h2>
      <div className="toolbar">
        <InputField
          id="pt-ev-asof"
          label={t('pt.ev.asOf')}
          inline
          type="date"
          value={asOf}
          onChange={(value) => value && setAsOf(value)}
        />
      </div>
      <Loaded value={evm} onRetry={reload}>
        {(ev) => (
          <>
            <EvFigures figures={ev.total} />
            <p className="source-note">{t('pt.ev.method', { method: ev.method })}</p>
            {ev.items.length > 0 ? (
              <div className="table-scroll">
                <table className="data-table" data-testid="evm-items">
                  <caption>{t('pt.ev.itemsCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('pt.item')}</th>
                      <th scope="col" className="numeric">
                        {t('pt.ev.bac')}
                      </th>
                      <th scope="col" className="numeric">
                        PV
                      </th>
                      <th scope="col" className="numeric">
                        EV
                      </th>
                      <th scope="col" className="numeric">
                        AC
                      </th>
                      <th scope="col" className="numeric">
                        SPI
                      </th>
                      <th scope="col" className="numeric">
                        CPI
                      </th>
                      <th scope="col" className="numeric">
                        EAC
                      </th>
                      <th scope="col" className="numeric">
                        {t('pt.ev.complete')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {ev.items.map((item) => (
                      <tr key={item.itemId}>
                        <th scope="row">
                          {context.itemsById.has(item.itemId)
                            ? itemLabel(language, context.itemsById.get(item.itemId))
                            : bi(language, item.name)}
                        </th>
                        <td className="numeric nowrap">{money(item.bac)}</td>
                        <td className="numeric nowrap">{money(item.pv)}</td>
                        <td className="numeric nowrap">{money(item.ev)}</td>
                        <td className="numeric nowrap">{money(item.ac)}</td>
                        <td className={`numeric pt-tone-${indexTone(item.spi)}`}>{formatIndex(item.spi)}</td>
                        <td className={`numeric pt-tone-${indexTone(item.cpi)}`}>{formatIndex(item.cpi)}</td>
                        <td className="numeric nowrap">{item.eac === null ? '–' : money(item.eac)}</td>
                        <td className="numeric">{item.percentComplete} %</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
          </>
        )}
      </Loaded>
      {curve.status === 'ready' && curve.data.length > 1 ? (
        <div className="card chart-card">
          <h3>{t('pt.ev.curve')}</h3>
          <LazyEChart
            className="chart"
            option={sCurveOption(
              curve.data,
              { pv: 'PV', ev: 'EV', ac: 'AC', axis: t('pt.ev.axis') },
              language,
            )}
            label={t('pt.ev.curveLabel', {
              points: curve.data
                .map((p) => `${p.period} PV ${money(p.pv)}, EV ${money(p.ev)}, AC ${money(p.ac)}`)
                .join('; '),
            })}
          />
        </div>
      ) : null}
      <Costs context={context} view={view} refresh={refresh} />
    </section>
  );
}

function Costs({
  context,
  view,
  refresh,
}: {
  context: PlanContext;
  view: TrackingView;
  refresh: () => void;
}) {
  const { t, language } = useI18n();
  const [itemId, setItemId] = useState(context.items[0]?.id ?? '');
  const [spentOn, setSpentOn] = useState(todayIso());
  const [amount, setAmount] = useState('');
  const [source, setSource] = useState('municipal');
  const [note, setNote] = useState('');
  const action = useAction();
  const costs = [...view.costs].sort((a, b) => b.spentOn.localeCompare(a.spentOn));
  return (
    <>
      <h3>{t('pt.ev.costs')}</h3>
      {costs.length === 0 ? (
        <p className="muted">{t('pt.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="costs">
            <caption className="visually-hidden">{t('pt.ev.costs')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('pt.date')}</th>
                <th scope="col">{t('pt.item')}</th>
                <th scope="col" className="numeric">
                  {t('pt.ev.amount')}
                </th>
                <th scope="col">{t('pt.ev.source')}</th>
                <th scope="col">{t('pt.note')}</th>
              </tr>
            </thead>
            <tbody>
              {costs.map((c) => (
                <tr key={c.id}>
                  <th scope="row" className="nowrap">
                    {c.spentOn}
                  </th>
                  <td>{itemLabel(language, context.itemsById.get(c.itemId), c.itemId)}</td>
                  <td className="numeric nowrap">{formatKrw(toKrw(c.amount), language)}</td>
                  <td>{sourceLabel(t, c.source)}</td>
                  <td>{c.note || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {context.canEdit ? (
        <details className="pt-form">
          <summary>{t('pt.ev.addCost')}</summary>
          <form
            className="form"
            onSubmit={async (event) => {
              event.preventDefault();
              const done = await action.run(() =>
                addCost(context.slug, context.planId, {
                  itemId,
                  spentOn,
                  amount: amount.replace(/[,\s]/g, ''),
                  source,
                  note,
                }),
              );
              if (done) refresh();
            }}
          >
            <ItemField id="pt-cost-item" items={context.items} value={itemId} onChange={setItemId} />
            <div className="form-grid">
              <InputField
                id="pt-cost-date"
                label={t('pt.date')}
                type="date"
                value={spentOn}
                onChange={setSpentOn}
              />
              <InputField
                id="pt-cost-amount"
                label={t('pt.ev.amount')}
                inputMode="numeric"
                value={amount}
                onChange={setAmount}
                required
              />
              <SelectField
                id="pt-cost-source"
                label={t('pt.ev.source')}
                value={source}
                onChange={setSource}
                options={FUNDING_SOURCES}
                optionLabel={(s) => sourceLabel(t, s)}
              />
            </div>
            <InputField id="pt-cost-note" label={t('pt.note')} value={note} onChange={setNote} />
            {action.problem}
            <button type="submit" className="button" disabled={action.busy || !itemId}>
              {action.busy ? t('pt.saving') : t('pt.add')}
            </button>
          </form>
        </details>
      ) : null}
    </>
  );
}

function Report({ context }: { context: PlanContext }) {
  const { t, language } = useI18n();
  const thisYear = new Date().getFullYear();
  const first = context.periodFrom ?? thisYear;
  const last = context.periodTo ?? thisYear + 4;
  const years: number[] = [];
  for (let y = first; y <= last && years.length < 30; y++) years.push(y);
  const [year, setYear] = useState(() => Math.min(Math.max(thisYear + 1, first), last));
  return (
    <section className="card" aria-labelledby="pt-report-heading">
      <h2 id="pt-report-heading">{t('pt.report.heading')}</h2>
      <p>{t('pt.report.intro')}</p>
      <div className="toolbar">
        <Field id="pt-report-year" label={t('pt.report.year')} inline>
          <select id="pt-report-year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </Field>
        <a
          className="button"
          href={reportPath(context.slug, context.planId, { year, format: 'xlsx', lang: language })}
          download
        >
          {t('pt.report.xlsx')}
        </a>
        <a
          className="button button-secondary"
          href={reportPath(context.slug, context.planId, { year, format: 'html', lang: language })}
          target="_blank"
          rel="noreferrer"
        >
          {t('pt.report.html')}
        </a>
      </div>
    </section>
  );
}
