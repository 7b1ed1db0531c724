import { useState } from 'react';
import { getFramework } from '../../api/benchmark.ts';
import { LazyEChart } from '../../charts/LazyEChart.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { useApiData } from '../../components/useApiData.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { areaLabel } from '../../i18n/labels.ts';
import { Link } from '../../router/Link.tsx';
import { cityPath } from '../../router/routes.ts';
import { getEffect, getPlanFactors, saveItemFactors } from './api.ts';
import { IllustrativeBadge, type PlanContext, useAction } from './common.tsx';
import type { EffectScore, FactorChangeKind, FactorLink } from './contract.ts';
import { effectOption, rankMove } from './effectChart.ts';
import { Field, InputField, ItemField, SelectField } from './Field.tsx';
import { bi, itemLabel } from './planItems.ts';

const fmt = (value: number | null, digits = 1) => (value === null ? '–' : value.toFixed(digits));

/** The link to the benchmark: which factors each item moves, and the projected rating and rank. */
export function EffectSection({ context }: { context: PlanContext }) {
  const { t, language } = useI18n();
  const { slug, planId } = context;
  const [attempt, setAttempt] = useState(0);
  const [scope, setScope] = useState('');
  const [effect, reloadEffect] = useApiData(`effect:${slug}:${planId}:${scope}:${attempt}`, () =>
    getEffect(slug, planId, scope || null),
  );
  const [framework] = useApiData(`framework:${slug}`, () => getFramework(slug));
  const areaNames = new Map(
    (framework.status === 'ready' ? framework.data.areas : []).map((a) => [
      a.code,
      language === 'ko' ? a.nameKo || a.nameEn : a.nameEn,
    ]),
  );
  /** Area codes (TE, HC, …) read as the framework names them; labels.ts for published names. */
  const areaName = (code: string) => areaNames.get(code) ?? areaLabel(t, code);
  const [links, reloadLinks] = useApiData(`factors:${slug}:${planId}:${attempt}`, () =>
    getPlanFactors(slug, planId),
  );
  const refresh = () => setAttempt((n) => n + 1);
  return (
    <>
      <section aria-labelledby="pt-fx-heading">
        <h2 id="pt-fx-heading">{t('pt.fx.heading')}</h2>
        <div className="toolbar">
          <ItemField
            id="pt-fx-scope"
            label={t('pt.fx.scope')}
            inline
            items={context.items}
            value={scope}
            onChange={setScope}
            emptyLabel={t('pt.fx.wholePlan')}
          />
        </div>
        <Loaded value={effect} onRetry={reloadEffect}>
          {(fx) => {
            const cityName = bi(language, fx.city.name);
            const move = rankMove(fx.before.rank, fx.after.rank);
            return (
              <>
                <p className="lead">
                  {t('pt.fx.intro', { city: cityName, edition: fx.edition.label })}{' '}
                  <Link href={cityPath(fx.city.code)}>{cityName}</Link>
                </p>
                {fx.illustrative || fx.edition.synthetic ? (
                  <p className="synthetic-note" data-testid="effect-illustrative">
                    <strong className="synthetic-badge">{t('pt.illustrative')}</strong>{' '}
                    {t('pt.fx.illustrative')}
                    {fx.edition.provenance ? (
                      <>
                        {' '}
                        <span className="provenance-text">
                          {t('benchmark.provenance')}: {fx.edition.provenance}
                        </span>
                      </>
                    ) : null}
                  </p>
                ) : null}
                <div className="table-scroll">
                  <table className="data-table pt-effect-figures" data-testid="effect-figures">
                    <caption>{`${cityName} · ${fx.edition.label}`}</caption>
                    <thead>
                      <tr>
                        <td />
                        <th scope="col" className="numeric">
                          {t('pt.fx.before')}
                        </th>
                        <th scope="col" className="numeric">
                          {t('pt.fx.after')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      <ScoreRow
                        label={t('pt.fx.rating')}
                        before={fx.before}
                        after={fx.after}
                        pick={(s) => fmt(s.rating, 2)}
                      />
                      <ScoreRow
                        label={t('pt.fx.score')}
                        before={fx.before}
                        after={fx.after}
                        pick={(s) => fmt(s.score)}
                      />
                      <tr>
                        <th scope="row">{t('pt.fx.rank')}</th>
                        <td className="numeric">{fx.before.rank ?? t('pt.fx.unranked')}</td>
                        <td className="numeric">
                          <strong>{fx.after.rank ?? t('pt.fx.unranked')}</strong>
                          {move !== null && move !== 0 ? (
                            <span className={move > 0 ? 'change-up' : 'change-down'}>
                              {' '}
                              ({move > 0 ? `▲${move}` : `▼${-move}`})
                            </span>
                          ) : null}
                        </td>
                      </tr>
                    </tbody>
                  </table>
                </div>
                <h3>{t('pt.fx.changes')}</h3>
                {fx.changes.length === 0 ? (
                  <p className="notice">{t('pt.fx.noLinks')}</p>
                ) : (
                  <div className="table-scroll">
                    <table className="data-table" data-testid="effect-changes">
                      <caption>{t('pt.fx.changesCaption')}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('pt.fx.factor')}</th>
                          <th scope="col">{t('pt.fx.area')}</th>
                          <th scope="col" className="numeric">
                            {t('pt.fx.current')}
                          </th>
                          <th scope="col" className="numeric">
                            {t('pt.fx.projected')}
                          </th>
                          <th scope="col">{t('pt.fx.movedBy')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {fx.changes.map((c) => (
                          <tr key={c.factor}>
                            <th scope="row">
                              {bi(language, c.name) || c.factor} <span className="muted">({c.factor})</span>
                            </th>
                            <td>{areaName(c.area)}</td>
                            <td className="numeric nowrap">
                              {fmt(c.current, 2)} {c.unit}
                            </td>
                            <td className="numeric nowrap">
                              {fmt(c.projected, 2)} {c.unit}
                            </td>
                            <td>
                              {c.itemIds
                                .map((id) => itemLabel(language, context.itemsById.get(id), id))
                                .join('; ')}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
                {fx.unknownFactors.length > 0 ? (
                  <p className="muted">{t('pt.fx.unknown', { factors: fx.unknownFactors.join(', ') })}</p>
                ) : null}
                {fx.areas.length > 0 ? (
                  <>
                    <h3>{t('pt.fx.areas')}</h3>
                    <LazyEChart
                      className="chart pt-chart-small"
                      option={effectOption(
                        fx.areas.map((a) => ({
                          area: areaName(a.area),
                          before: a.before.score,
                          after: a.after.score,
                        })),
                        { before: t('pt.fx.before'), after: t('pt.fx.after') },
                      )}
                      label={`${t('pt.fx.areasCaption')}: ${fx.areas
                        .map((a) => `${areaName(a.area)} ${fmt(a.before.score)} → ${fmt(a.after.score)}`)
                        .join(', ')}`}
                    />
                    <div className="table-scroll">
                      <table className="data-table">
                        <caption>{t('pt.fx.areasCaption')}</caption>
                        <thead>
                          <tr>
                            <th scope="col">{t('pt.fx.area')}</th>
                            <th
                              scope="col"
                              className="numeric"
                            >{`${t('pt.fx.score')} · ${t('pt.fx.before')}`}</th>
                            <th
                              scope="col"
                              className="numeric"
                            >{`${t('pt.fx.score')} · ${t('pt.fx.after')}`}</th>
                            <th
                              scope="col"
                              className="numeric"
                            >{`${t('pt.fx.rank')} · ${t('pt.fx.before')}`}</th>
                            <th
                              scope="col"
                              className="numeric"
                            >{`${t('pt.fx.rank')} · ${t('pt.fx.after')}`}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {fx.areas.map((a) => (
                            <tr key={a.area}>
                              <th scope="row">{areaName(a.area)}</th>
                              <td className="numeric">{fmt(a.before.score)}</td>
                              <td className="numeric">{fmt(a.after.score)}</td>
                              <td className="numeric">{a.before.rank ?? '–'}</td>
                              <td className="numeric">{a.after.rank ?? '–'}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  </>
                ) : null}
              </>
            );
          }}
        </Loaded>
      </section>
      <section aria-labelledby="pt-fx-links">
        <h2 id="pt-fx-links">{t('pt.fx.links')}</h2>
        <Loaded value={links} onRetry={reloadLinks}>
          {(items) => (
            <>
              <FactorLinks context={context} links={items} />
              {context.canEdit ? <LinkForm context={context} links={items} onSaved={refresh} /> : null}
            </>
          )}
        </Loaded>
      </section>
    </>
  );
}

function ScoreRow({
  label,
  before,
  after,
  pick,
}: {
  label: string;
  before: EffectScore;
  after: EffectScore;
  pick: (s: EffectScore) => string;
}) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className="numeric">{pick(before)}</td>
      <td className="numeric">
        <strong>{pick(after)}</strong>
      </td>
    </tr>
  );
}

function changeText(t: ReturnType<typeof useI18n>['t'], link: Pick<FactorLink, 'kind' | 'amount'>): string {
  const amount = link.amount > 0 ? `+${link.amount}` : String(link.amount);
  return link.kind === 'percent' ? t('pt.fx.percent', { amount }) : t('pt.fx.delta', { amount });
}

function FactorLinks({ context, links }: { context: PlanContext; links: FactorLink[] }) {
  const { t, language } = useI18n();
  if (links.length === 0) return <p className="muted">{t('pt.fx.noLinks')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="factor-links">
        <caption>{t('pt.fx.linksCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('pt.item')}</th>
            <th scope="col">{t('pt.fx.factor')}</th>
            <th scope="col">{t('pt.fx.change')}</th>
          </tr>
        </thead>
        <tbody>
          {links.map((link) => (
            <tr key={`${link.itemId}-${link.factor}`}>
              <th scope="row">{itemLabel(language, context.itemsById.get(link.itemId), link.itemId)}</th>
              <td>
                <code>{link.factor}</code>
              </td>
              <td>
                {changeText(t, link)} <IllustrativeBadge show={link.illustrative} note={link.note} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function LinkForm({
  context,
  links,
  onSaved,
}: {
  context: PlanContext;
  links: FactorLink[];
  onSaved: () => void;
}) {
  const { t, language } = useI18n();
  const [itemId, setItemId] = useState(context.items[0]?.id ?? '');
  const [factor, setFactor] = useState('');
  const [kind, setKind] = useState<FactorChangeKind>('percent');
  const [amount, setAmount] = useState('');
  const action = useAction();
  const [framework] = useApiData(`framework:${context.slug}`, () => getFramework(context.slug));
  const factors = framework.status === 'ready' ? framework.data.factors : [];
  return (
    <details className="pt-form">
      <summary>{t('pt.fx.addLink')}</summary>
      <form
        className="form"
        onSubmit={async (event) => {
          event.preventDefault();
          // The route replaces the item's links: keep the others, replace this factor's.
          const kept = links
            .filter((l) => l.itemId === itemId && l.factor !== factor.trim())
            .map((l) => ({
              factor: l.factor,
              kind: l.kind,
              amount: l.amount,
              illustrative: l.illustrative,
              note: l.note,
            }));
          const done = await action.run(() =>
            saveItemFactors(context.slug, context.planId, itemId, [
              ...kept,
              { factor: factor.trim(), kind, amount: Number(amount) },
            ]),
          );
          if (done) onSaved();
        }}
      >
        <ItemField id="pt-fx-item" items={context.items} value={itemId} onChange={setItemId} />
        <div className="form-grid">
          <Field id="pt-fx-factor" label={t('pt.fx.factor')}>
            {factors.length > 0 ? (
              <select id="pt-fx-factor" value={factor} onChange={(e) => setFactor(e.target.value)} required>
                <option value="" />
                {factors.map((f) => (
                  <option key={f.code} value={f.code}>
                    {`${f.code} · ${language === 'ko' ? f.nameKo || f.nameEn : f.nameEn}${f.unit ? ` (${language === 'ko' ? (f.unitKo ?? f.unit) : f.unit})` : ''}`}
                  </option>
                ))}
              </select>
            ) : (
              <input id="pt-fx-factor" value={factor} onChange={(e) => setFactor(e.target.value)} required />
            )}
          </Field>
          <SelectField<FactorChangeKind>
            id="pt-fx-kind"
            label={t('pt.fx.kind')}
            value={kind}
            onChange={setKind}
            options={['percent', 'delta']}
            optionLabel={(k) => (k === 'percent' ? t('pt.fx.kindPercent') : t('pt.fx.kindDelta'))}
          />
          <InputField
            id="pt-fx-amount"
            label={t('pt.fx.amount')}
            type="number"
            step="any"
            value={amount}
            onChange={setAmount}
            required
          />
        </div>
        {action.problem}
        <button type="submit" className="button" disabled={action.busy || !itemId}>
          {action.busy ? t('pt.saving') : t('pt.save')}
        </button>
      </form>
    </details>
  );
}
