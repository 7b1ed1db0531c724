import { type ReactNode, useMemo, useState } from 'react';
import {
  FUNDING_SOURCE_VALUES,
  type PlanRollupView,
  PROJECT_TYPE_VALUES,
} from '../../../../src/services/contract-plans.ts';
import { LazyEChart } from '../../charts/LazyEChart.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { formatInteger } from '../manage/format.ts';
import { annualBudget, budgetForest, budgetLines, yearRange } from './budget.ts';
import { annualOption, chartData, sunburstOption, treemapOption } from './budgetCharts.ts';
import { IllustrativeBadge } from './IllustrativeBadge.tsx';
import { formatAmount } from './money.ts';
import type { SectionProps } from './PlanFrame.tsx';
import { budgetYears, nameOf, toEngineForest } from './planView.ts';
import { useLevelName } from './useLevelName.ts';

type ChartKind = 'treemap' | 'sunburst';

/** Budget charts (treemap or sunburst; annual plan by funding source) and the roll-up tables. */
export function BudgetSection({ detail }: SectionProps) {
  const { t, language } = useI18n();
  const { plan, items, rollup } = detail;
  const [kind, setKind] = useState<ChartKind>('treemap');
  const forest = useMemo(() => toEngineForest(items), [items]);
  const boxes = useMemo(() => budgetForest(forest), [forest]);
  const money = (amount: bigint) => formatAmount(amount, language);
  const planName = nameOf(plan, language);

  const labels = {
    name: (node: { item?: { name: { en: string; ko?: string } } }) =>
      node.item ? nameOf({ nameEn: node.item.name.en, nameKo: node.item.name.ko ?? '' }, language) : '',
    own: t('plans.budget.own'),
    unallocated: t('plans.budget.unallocated'),
    illustrative: t('plans.illustrative'),
  };
  const data = chartData(boxes, labels, language);
  const treeOption = kind === 'treemap' ? treemapOption(data, labels) : sunburstOption(data, labels);
  const treeSummary = t('plans.budget.treeSummary', {
    points: data.map((d) => `${d.name} ${d.amountLabel}`).join('; '),
  });

  const lines = budgetLines(forest);
  const years = budgetYears(
    plan,
    lines.map((line) => line.year),
  );
  const illustrativeMoney = lines.reduce(
    (sum, line) => (line.item.illustrative ? sum + line.amount : sum),
    0n,
  );
  const annual = years ? annualBudget(forest, yearRange(years.from, years.to)) : null;

  return (
    <>
      <PageHeading>{`${t('plans.section.budget')}: ${planName}`}</PageHeading>
      <p className="lead">{t('plans.budget.intro')}</p>
      <p data-testid="budget-summary">
        {t('plans.budget.statedVsItemised', {
          stated: money(BigInt(rollup.envelopes.stated)),
          itemised: money(BigInt(rollup.itemised.total)),
          unallocated: money(BigInt(rollup.envelopes.unallocated)),
        })}
      </p>

      {illustrativeMoney > 0n ? (
        <p className="synthetic-note" data-testid="budget-illustrative">
          <IllustrativeBadge />{' '}
          {t('plans.budget.illustrativeMoney', {
            amount: money(illustrativeMoney),
            total: money(BigInt(rollup.itemised.total)),
          })}
        </p>
      ) : null}
      <section className="chart-card" aria-labelledby="budget-tree-heading">
        <h2 id="budget-tree-heading">{t('plans.budget.treeTitle')}</h2>
        {boxes.length === 0 ? (
          <p>{t('plans.budget.noMoney')}</p>
        ) : (
          <>
            {/* biome-ignore lint/a11y/useSemanticElements: a fieldset would add a legend box around two toggle buttons. */}
            <div className="toolbar" role="group" aria-label={t('plans.budget.chartChoice')}>
              {(['treemap', 'sunburst'] as const).map((choice) => (
                <button
                  key={choice}
                  type="button"
                  className="button button-secondary button-small"
                  aria-pressed={kind === choice}
                  onClick={() => setKind(choice)}
                >
                  {t(choice === 'treemap' ? 'plans.budget.chartTreemap' : 'plans.budget.chartSunburst')}
                </button>
              ))}
            </div>
            <LazyEChart
              option={treeOption}
              label={treeSummary}
              className="chart chart-square plans-tree-chart"
            />
          </>
        )}
      </section>

      {annual && years ? (
        <section className="chart-card" aria-labelledby="budget-annual-heading">
          <h2 id="budget-annual-heading">{t('plans.budget.annualTitle', years)}</h2>
          {annual.total === 0n ? (
            <p>{t('plans.budget.noLines')}</p>
          ) : (
            <LazyEChart
              option={annualOption(
                annual,
                FUNDING_SOURCE_VALUES,
                {
                  source: (s) => t(`plans.source.${s}`),
                  axis: language === 'ko' ? '억 원' : t('plans.budget.axis'),
                  total: t('plans.budget.total'),
                },
                language,
              )}
              label={t('plans.budget.annualSummary', {
                points: annual.rows.map((r) => `${r.year} ${money(r.total)}`).join('; '),
              })}
            />
          )}
          <TableScroll label={t('plans.budget.annualCaption', years)}>
            <table className="data-table" data-testid="annual-budget">
              <caption>{t('plans.budget.annualCaption', years)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('plans.budget.year')}</th>
                  {FUNDING_SOURCE_VALUES.map((source) => (
                    <th key={source} scope="col" className="num">
                      {t(`plans.source.${source}`)}
                    </th>
                  ))}
                  <th scope="col" className="num">
                    {t('plans.budget.total')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {annual.rows.map((row) => (
                  <tr key={row.year}>
                    <th scope="row">{row.year}</th>
                    {FUNDING_SOURCE_VALUES.map((source) => (
                      <td key={source} className="num">
                        {money(row.bySource[source])}
                      </td>
                    ))}
                    <td className="num">{money(row.total)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('plans.budget.total')}</th>
                  {FUNDING_SOURCE_VALUES.map((source) => (
                    <td key={source} className="num">
                      {money(annual.totals[source])}
                    </td>
                  ))}
                  <td className="num">{money(annual.total)}</td>
                </tr>
              </tfoot>
            </table>
          </TableScroll>
          {annual.outside > 0n ? (
            <p className="muted">{t('plans.budget.outside', { ...years, amount: money(annual.outside) })}</p>
          ) : null}
        </section>
      ) : null}

      <Rollups rollup={rollup} />
    </>
  );
}

function RollupTable({
  id,
  title,
  caption,
  head,
  children,
}: {
  id: string;
  title: string;
  caption: string;
  head: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="rollup" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{title}</h3>
      <TableScroll label={caption}>
        <table className="data-table" data-testid={id}>
          <caption className="visually-hidden">{caption}</caption>
          <thead>{head}</thead>
          <tbody>{children}</tbody>
        </table>
      </TableScroll>
    </section>
  );
}

/** The roll-ups by level, project type, funding source, year and alignment tag (from the server). */
function Rollups({ rollup }: { rollup: PlanRollupView }) {
  const { t, language } = useI18n();
  const levelName = useLevelName();
  const money = (text: string) => formatAmount(BigInt(text), language);
  const count = (n: number) => formatInteger(n, language);
  const total = BigInt(rollup.itemised.total);
  const share = (text: string) =>
    total === 0n ? '–' : `${(Number((BigInt(text) * 1000n) / total) / 10).toFixed(1)}%`;
  const amountHead = (first: string) => (
    <tr>
      <th scope="col">{first}</th>
      <th scope="col" className="num">
        {t('plans.budget.amount')}
      </th>
      <th scope="col" className="num">
        {t('plans.budget.share')}
      </th>
    </tr>
  );
  const amountRow = (key: string, label: string, amount: string) => (
    <tr key={key}>
      <th scope="row">{label}</th>
      <td className="num">{money(amount)}</td>
      <td className="num">{share(amount)}</td>
    </tr>
  );
  const { itemised } = rollup;
  const tagCounts = new Map(rollup.itemsByTag.map((entry) => [entry.tag, entry.items]));
  const tagAmounts = new Map(itemised.byTag.map((entry) => [entry.tag, entry.amount]));
  const tags = [...new Set([...tagCounts.keys(), ...tagAmounts.keys()])].sort();

  return (
    <section aria-labelledby="rollups-heading">
      <h2 id="rollups-heading">{t('plans.budget.rollups')}</h2>
      <div className="rollup-grid">
        <RollupTable
          id="rollup-level"
          title={t('plans.budget.byLevel')}
          caption={t('plans.budget.byLevelCaption')}
          head={
            <tr>
              <th scope="col">{t('plans.overview.level')}</th>
              <th scope="col" className="num">
                {t('plans.budget.items')}
              </th>
              <th scope="col" className="num">
                {t('plans.budget.stated')}
              </th>
              <th scope="col" className="num">
                {t('plans.budget.itemised')}
              </th>
            </tr>
          }
        >
          {rollup.levels.map((level) => (
            <tr key={level.level}>
              <th scope="row">{levelName(level.level)}</th>
              <td className="num">{count(level.items)}</td>
              <td className="num">{money(level.envelope)}</td>
              <td className="num">{money(level.itemised)}</td>
            </tr>
          ))}
        </RollupTable>
        <RollupTable
          id="rollup-source"
          title={t('plans.budget.bySource')}
          caption={t('plans.budget.bySourceCaption')}
          head={amountHead(t('plans.budget.source'))}
        >
          {FUNDING_SOURCE_VALUES.map((source) =>
            amountRow(source, t(`plans.source.${source}`), itemised.bySource[source]),
          )}
        </RollupTable>
        <RollupTable
          id="rollup-type"
          title={t('plans.budget.byType')}
          caption={t('plans.budget.byTypeCaption')}
          head={amountHead(t('plans.budget.type'))}
        >
          {[...PROJECT_TYPE_VALUES, 'unspecified' as const].map((type) =>
            amountRow(type, t(`plans.type.${type}`), itemised.byType[type]),
          )}
        </RollupTable>
        <RollupTable
          id="rollup-year"
          title={t('plans.budget.byYear')}
          caption={t('plans.budget.byYearCaption')}
          head={amountHead(t('plans.budget.year'))}
        >
          {itemised.byYear.map((entry) => amountRow(String(entry.year), String(entry.year), entry.amount))}
        </RollupTable>
        <RollupTable
          id="rollup-tag"
          title={t('plans.budget.byTag')}
          caption={t('plans.budget.byTagCaption')}
          head={
            <tr>
              <th scope="col">{t('plans.budget.tag')}</th>
              <th scope="col" className="num">
                {t('plans.budget.items')}
              </th>
              <th scope="col" className="num">
                {t('plans.budget.amount')}
              </th>
            </tr>
          }
        >
          {tags.map((tag) => (
            <tr key={tag}>
              <th scope="row">{tag}</th>
              <td className="num">{count(tagCounts.get(tag) ?? 0)}</td>
              <td className="num">{money(tagAmounts.get(tag) ?? '0')}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('plans.budget.untagged')}</th>
            <td className="num" />
            <td className="num">{money(itemised.untagged)}</td>
          </tr>
        </RollupTable>
      </div>
    </section>
  );
}
