import { useState } from 'react';
import { LazyEChart } from '../../charts/LazyEChart.tsx';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { useApiData } from '../../components/useApiData.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { AhpEditor } from './AhpEditor.tsx';
import { weightPercents } from './ahpMatrix.ts';
import { applyAhpWeights, assignHorizons, getAhp, getCriteria, getPriorities, saveScores } from './api.ts';
import { IllustrativeBadge, type PlanContext, useAction } from './common.tsx';
import type { AhpView, CriteriaView, Horizon, PrioritiesView } from './contract.ts';
import { InputField } from './Field.tsx';
import { bi, itemLabel } from './planItems.ts';
import { rankingOption } from './priorityCharts.ts';

export const HORIZON_KEYS: Record<Horizon, MessageKey> = {
  short: 'pt.horizon.short',
  mid: 'pt.horizon.mid',
  long: 'pt.horizon.long',
};

interface PriorityData {
  criteria: CriteriaView;
  ahp: AhpView;
  priorities: PrioritiesView;
}

/** Weighted scoring and AHP: criteria and weights, expert matrices, the ranked task list, horizons. */
export function PrioritiesSection({ context }: { context: PlanContext }) {
  const { t } = useI18n();
  const { slug, planId } = context;
  const [attempt, setAttempt] = useState(0);
  const [data, reload] = useApiData<PriorityData>(`priorities:${slug}:${planId}:${attempt}`, async () => {
    const [criteria, ahp, priorities] = await Promise.all([
      getCriteria(slug, planId),
      getAhp(slug, planId),
      getPriorities(slug, planId),
    ]);
    return { criteria, ahp, priorities };
  });
  if (data.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (data.status === 'error') return <ProblemMessage error={data.error} onRetry={reload} />;
  return <PrioritiesBody context={context} data={data.data} refresh={() => setAttempt((n) => n + 1)} />;
}

function PrioritiesBody({
  context,
  data,
  refresh,
}: {
  context: PlanContext;
  data: PriorityData;
  refresh: () => void;
}) {
  const { t, language } = useI18n();
  const [ahp, setAhp] = useState(data.ahp);
  const criteria = data.criteria.criteria;
  const weightSum = criteria.reduce((s, c) => s + c.weight, 0);
  const percents = weightSum > 0 ? weightPercents(criteria.map((c) => c.weight / weightSum)) : [];
  const apply = useAction();
  return (
    <>
      <section aria-labelledby="pt-criteria-heading">
        <h2 id="pt-criteria-heading">{t('pt.crit.heading')}</h2>
        {criteria.length === 0 ? (
          <p className="notice">{t('pt.crit.none')}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table" data-testid="criteria-table">
              <caption>{t(`pt.crit.weightsFrom.${data.priorities.weightsFrom}`)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('pt.crit.name')}</th>
                  <th scope="col">{t('pt.crit.code')}</th>
                  <th scope="col" className="numeric">
                    {t('pt.crit.weight')}
                  </th>
                  <th scope="col">{t('pt.crit.direction')}</th>
                  <th scope="col">{t('pt.crit.scale')}</th>
                </tr>
              </thead>
              <tbody>
                {criteria.map((c, i) => (
                  <tr key={c.id}>
                    <th scope="row">
                      {bi(language, c.name)} <IllustrativeBadge show={c.illustrative} note={c.note} />
                    </th>
                    <td>
                      <code>{c.code}</code>
                    </td>
                    <td className="numeric">{percents[i]?.toFixed(1)} %</td>
                    <td>{t(c.direction === 'cost' ? 'pt.crit.cost' : 'pt.crit.benefit')}</td>
                    <td className="nowrap">
                      {c.scaleMin}–{c.scaleMax}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="pt-ahp-heading" className="card">
        <h2 id="pt-ahp-heading">{t('pt.ahp.heading')}</h2>
        <AhpEditor context={context} ahp={ahp} criteria={criteria} onSaved={setAhp} />
        {ahp.matrices.length > 0 ? (
          <div className="table-scroll">
            <table className="data-table" data-testid="ahp-matrices">
              <caption>{t('pt.ahp.stored')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('pt.ahp.expert')}</th>
                  <th scope="col" className="numeric">
                    CR
                  </th>
                  <th scope="col">{t('pt.ahp.weights')}</th>
                  <th scope="col">{t('pt.ahp.updated')}</th>
                </tr>
              </thead>
              <tbody>
                {ahp.matrices.map((m) => (
                  <tr key={m.id}>
                    <th scope="row">{m.expert}</th>
                    <td className={`numeric${m.result.inconsistent ? ' pt-tone-bad' : ''}`}>
                      {m.result.cr.toFixed(3)}
                      {m.result.inconsistent ? ` (${t('pt.ahp.over')})` : ''}
                    </td>
                    <td>
                      {m.current
                        ? m.criteria
                            .map((code, i) => {
                              const c = criteria.find((x) => x.code === code);
                              return `${c ? bi(language, c.name) : code} ${((m.result.weights[i] ?? 0) * 100).toFixed(1)} %`;
                            })
                            .join(' · ')
                        : t('pt.ahp.stale')}
                    </td>
                    <td className="nowrap">{m.updatedAt.slice(0, 10)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        <h3>{ahp.group ? t('pt.ahp.group', { count: ahp.group.experts }) : t('pt.ahp.heading')}</h3>
        {ahp.group ? (
          <>
            <p>
              {ahp.criteria
                .map((code, i) => {
                  const c = criteria.find((x) => x.code === code);
                  const w = ahp.group?.result.weights[i] ?? 0;
                  return `${c ? bi(language, c.name) : code} ${(w * 100).toFixed(1)} %`;
                })
                .join(' · ')}{' '}
              (CR {ahp.group.result.cr.toFixed(3)})
            </p>
            {context.canEdit ? (
              <button
                type="button"
                className="button button-secondary"
                disabled={apply.busy}
                onClick={async () => {
                  const done = await apply.run(() => applyAhpWeights(context.slug, context.planId));
                  if (done) refresh();
                }}
              >
                {t('pt.ahp.apply')}
              </button>
            ) : null}
            {apply.problem}
          </>
        ) : (
          <p className="muted">{t('pt.ahp.noGroup')}</p>
        )}
      </section>

      <Ranking context={context} data={data} refresh={refresh} />
      {criteria.length > 0 ? (
        <ScoreGrid context={context} criteriaView={data.criteria} refresh={refresh} />
      ) : null}
    </>
  );
}

function Ranking({
  context,
  data,
  refresh,
}: {
  context: PlanContext;
  data: PriorityData;
  refresh: () => void;
}) {
  const { t, language } = useI18n();
  const { ranked, incomplete } = data.priorities;
  const criteria = data.criteria.criteria;
  const [shortMax, setShortMax] = useState(() => String(Math.max(1, Math.round(ranked.length / 3))));
  const [midMax, setMidMax] = useState(() => String(Math.max(1, Math.round((2 * ranked.length) / 3))));
  const [assigned, setAssigned] = useState<number | null>(null);
  const action = useAction();
  const label = (id: string) => itemLabel(language, context.itemsById.get(id), id);
  return (
    <section aria-labelledby="pt-rank-heading">
      <h2 id="pt-rank-heading">{t('pt.rank.heading')}</h2>
      {ranked.length === 0 ? (
        <p className="notice">{t('pt.rank.none')}</p>
      ) : (
        <>
          <LazyEChart
            className="chart"
            option={rankingOption(
              ranked.map((r) => ({ label: label(r.itemId), contributions: r.contributions })),
              criteria.map((c) => ({ code: c.code, name: bi(language, c.name) || c.code })),
            )}
            label={t('pt.rank.caption')}
          />
          <div className="table-scroll">
            <table className="data-table" data-testid="ranked-items">
              <caption>{t('pt.rank.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="rank-cell">
                    {t('pt.rank.rank')}
                  </th>
                  <th scope="col">{t('pt.item')}</th>
                  <th scope="col" className="numeric">
                    {t('pt.rank.total')}
                  </th>
                  <th scope="col">{t('pt.rank.horizon')}</th>
                </tr>
              </thead>
              <tbody>
                {ranked.map((r) => (
                  <tr key={r.itemId}>
                    <td className="rank-cell">
                      {r.rank}
                      {r.tied ? ` (${t('pt.rank.tied')})` : ''}
                    </td>
                    <th scope="row">{label(r.itemId)}</th>
                    <td className="numeric">{r.total.toFixed(3)}</td>
                    <td>{r.horizon ? t(HORIZON_KEYS[r.horizon]) : t('pt.horizon.none')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {incomplete.length > 0 ? (
        <p className="muted">{t('pt.rank.incomplete', { items: incomplete.map(label).join('; ') })}</p>
      ) : null}
      {context.canEdit && ranked.length > 0 ? (
        <form
          className="toolbar"
          onSubmit={async (event) => {
            event.preventDefault();
            const result = await action.run(() =>
              assignHorizons(context.slug, context.planId, {
                by: 'rank',
                shortMaxRank: Number(shortMax),
                midMaxRank: Number(midMax),
              }),
            );
            if (result) {
              setAssigned(result.assignments.length);
              refresh();
            }
          }}
        >
          <InputField
            id="pt-short-max"
            label={t('pt.rank.shortMax')}
            inline
            type="number"
            min={0}
            value={shortMax}
            onChange={setShortMax}
          />
          <InputField
            id="pt-mid-max"
            label={t('pt.rank.midMax')}
            inline
            type="number"
            min={0}
            value={midMax}
            onChange={setMidMax}
          />
          <button type="submit" className="button" disabled={action.busy}>
            {t('pt.rank.assign')}
          </button>
          {assigned !== null ? <span role="status">{t('pt.rank.assigned', { count: assigned })}</span> : null}
        </form>
      ) : null}
      {action.problem}
    </section>
  );
}

function ScoreGrid({
  context,
  criteriaView,
  refresh,
}: {
  context: PlanContext;
  criteriaView: CriteriaView;
  refresh: () => void;
}) {
  const { t, language } = useI18n();
  const { criteria, scores } = criteriaView;
  const key = (itemId: string, code: string) => `${itemId}|${code}`;
  const initial = new Map(scores.map((s) => [key(s.itemId, s.criterion), String(s.score)]));
  const [edits, setEdits] = useState<Map<string, string>>(new Map());
  const action = useAction();
  // Items that have a score, plus (for editors) every item, so new ones can be scored.
  const scored = new Set(scores.map((s) => s.itemId));
  const rows = context.canEdit ? context.items : context.items.filter((i) => scored.has(i.id));
  if (rows.length === 0) return null;
  const value = (itemId: string, code: string) =>
    edits.get(key(itemId, code)) ?? initial.get(key(itemId, code)) ?? '';
  return (
    <section aria-labelledby="pt-scores-heading">
      <h2 id="pt-scores-heading">{t('pt.scores.heading')}</h2>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          const cells = [...edits].map(([k, v]) => {
            const [itemId = '', criterion = ''] = k.split('|');
            return { itemId, criterion, score: v.trim() === '' ? null : Number(v) };
          });
          const done = await action.run(() => saveScores(context.slug, context.planId, cells));
          if (done) {
            setEdits(new Map());
            refresh();
          }
        }}
      >
        <div className="table-scroll">
          <table className="data-table pt-score-grid">
            <caption>{t('pt.scores.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('pt.item')}</th>
                {criteria.map((c) => (
                  <th key={c.id} scope="col" className="numeric">
                    {bi(language, c.name) || c.code}{' '}
                    <span className="muted">
                      ({c.scaleMin}–{c.scaleMax})
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((item) => (
                <tr key={item.id}>
                  <th scope="row">{itemLabel(language, item)}</th>
                  {criteria.map((c) => (
                    <td key={c.id} className="numeric">
                      {context.canEdit ? (
                        <input
                          type="number"
                          className="pt-score-input"
                          min={c.scaleMin}
                          max={c.scaleMax}
                          step="any"
                          aria-label={`${itemLabel(language, item)}: ${bi(language, c.name) || c.code}`}
                          value={value(item.id, c.code)}
                          onChange={(e) => {
                            const next = new Map(edits);
                            next.set(key(item.id, c.code), e.target.value);
                            setEdits(next);
                          }}
                        />
                      ) : (
                        value(item.id, c.code) || '—'
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {context.canEdit ? (
          <button type="submit" className="button" disabled={action.busy || edits.size === 0}>
            {action.busy ? t('pt.saving') : t('pt.scores.save')}
          </button>
        ) : null}
        {action.problem}
      </form>
    </section>
  );
}
