import { useMemo } from 'react';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { formatStat, matrixCell, matrixColumns, ratingScale, sharePercent } from './analyticsView.ts';
import type { QuestionAnalytics } from './api.ts';
import { barChartHeight, distributionOption, ratingHistogramOption } from './chartOptions.ts';
import { SizedChart } from './SizedChart.tsx';

/** One question's answers: a chart where one helps, always with the table of numbers. */
export function QuestionBlock({ question }: { question: QuestionAnalytics }) {
  const { t } = useI18n();
  const id = `si-q-${question.name}`;
  return (
    <section className="card si-question-block" aria-labelledby={id} data-question={question.name}>
      <h3 id={id}>{question.title}</h3>
      <p className="source-note">
        {t('analytics.answered', { n: question.answered })} ·{' '}
        {t('analytics.skipped', { n: question.skipped })}
      </p>
      {question.answered === 0 ? (
        <p className="muted">{t('analytics.noAnswers')}</p>
      ) : (
        <Body question={question} />
      )}
    </section>
  );
}

function Body({ question }: { question: QuestionAnalytics }) {
  const { t } = useI18n();
  switch (question.kind) {
    case 'single':
    case 'multi':
      return <ChoiceChart question={question} />;
    case 'rating':
      return <RatingChart question={question} />;
    case 'number':
      return <Stats question={question} />;
    case 'matrix':
      return <MatrixTable question={question} />;
    case 'text':
      return <p>{t('analytics.textAnswers', { n: question.textAnswers })}</p>;
    default:
      return null;
  }
}

function ChoiceTable({ question }: { question: QuestionAnalytics }) {
  const { t } = useI18n();
  return (
    <details className="si-table-details">
      <summary>{t('analytics.showTable')}</summary>
      <TableScroll label={question.title}>
        <table className="data-table si-choice-table">
          <thead>
            <tr>
              <th scope="col">{t('analytics.option')}</th>
              <th scope="col" className="numeric">
                {t('analytics.count')}
              </th>
              <th scope="col" className="numeric">
                {t('analytics.share')}
              </th>
            </tr>
          </thead>
          <tbody>
            {question.choices.map((c) => (
              <tr key={c.value}>
                <th scope="row">{c.label}</th>
                <td className="numeric">{c.count}</td>
                <td className="numeric">{sharePercent(c.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </details>
  );
}

function ChoiceChart({ question }: { question: QuestionAnalytics }) {
  const { t } = useI18n();
  const bars = useMemo(() => question.choices.map((c) => ({ label: c.label, count: c.count })), [question]);
  const option = useMemo(
    () => distributionOption(bars, question.answered, { count: t('analytics.count') }),
    [bars, question.answered, t],
  );
  return (
    <>
      <SizedChart
        height={barChartHeight(bars.length)}
        option={option}
        label={t('analytics.distributionSummary', {
          question: question.title,
          points: bars.map((b) => `${b.label} ${b.count}`).join(', '),
        })}
      />
      {question.kind === 'multi' ? <p className="source-note">{t('analytics.multiple')}</p> : null}
      <ChoiceTable question={question} />
    </>
  );
}

function RatingChart({ question }: { question: QuestionAnalytics }) {
  const { t } = useI18n();
  const scale = useMemo(() => ratingScale(question), [question]);
  const option = useMemo(
    () =>
      scale
        ? ratingHistogramOption(scale.counts, scale.scale, {
            rating: t('analytics.rating'),
            count: t('analytics.count'),
          })
        : null,
    [scale, t],
  );
  return (
    <>
      <Stats question={question} />
      {option && scale ? (
        <SizedChart
          height={260}
          option={option}
          label={t('analytics.distributionSummary', {
            question: question.title,
            points: scale.counts.map((c) => `${c.value}: ${c.count}`).join(', '),
          })}
        />
      ) : null}
      <ChoiceTable question={question} />
    </>
  );
}

function Stats({ question }: { question: QuestionAnalytics }) {
  const { t, language } = useI18n();
  const s = question.stats;
  if (!s) return null;
  return (
    <p className="si-stats">
      {t('analytics.mean', { mean: formatStat(language, s.mean) })},{' '}
      {t('analytics.median', { median: formatStat(language, s.median) })} · {formatStat(language, s.min)}–
      {formatStat(language, s.max)} · SD {formatStat(language, s.sd)} · n={s.n}
    </p>
  );
}

function MatrixTable({ question }: { question: QuestionAnalytics }) {
  const { t, language } = useI18n();
  const columns = matrixColumns(question.rows);
  return (
    <TableScroll label={question.title}>
      <table className="data-table si-matrix-table">
        <thead>
          <tr>
            <th scope="col">{t('analytics.option')}</th>
            <th scope="col" className="numeric">
              {t('analytics.count')}
            </th>
            {columns.map((c) => (
              <th key={c.name} scope="col" className="numeric">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {question.rows.map((row) => (
            <tr key={row.value}>
              <th scope="row">{row.label}</th>
              <td className="numeric">{row.answered}</td>
              {columns.map((c) => {
                const cell = row.columns.find((x) => x.name === c.name);
                return (
                  <td key={c.name} className="numeric">
                    {cell ? matrixCell(language, cell) : '–'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
