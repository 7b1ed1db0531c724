import { useMemo, useState } from 'react';
import { LazyEChart } from '../../charts/LazyEChart.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import {
  evaluateMatrix,
  formatJudgement,
  identityMatrix,
  reorderMatrix,
  SAATY_CHOICES,
  setJudgement,
  weightPercents,
} from './ahpMatrix.ts';
import { saveAhpMatrix } from './api.ts';
import { type PlanContext, useAction } from './common.tsx';
import type { AhpView, CriterionView } from './contract.ts';
import { Field, InputField } from './Field.tsx';
import { bi } from './planItems.ts';
import { weightsOption } from './priorityCharts.ts';

const NEW = '\u0000new';

/**
 * The pairwise comparison matrix of one expert: the upper triangle is entered on Saaty's scale,
 * the lower triangle shows the reciprocals, and the weights, λmax, CI and CR update live (engine),
 * with a warning above 0.1 that names the most inconsistent pair.
 */
export function AhpEditor({
  context,
  ahp,
  criteria,
  onSaved,
}: {
  context: PlanContext;
  ahp: AhpView;
  criteria: CriterionView[];
  onSaved: (view: AhpView) => void;
}) {
  const { t, language } = useI18n();
  const codes = ahp.criteria;
  const nameOf = (code: string) => {
    const c = criteria.find((x) => x.code === code);
    return c ? bi(language, c.name) || code : code;
  };
  const names = codes.map(nameOf);
  const firstExpert = ahp.matrices.find((m) => m.current)?.expert ?? NEW;
  const [expert, setExpert] = useState(firstExpert);
  const [newName, setNewName] = useState('');
  const startingMatrix = (who: string): number[][] => {
    const stored = ahp.matrices.find((m) => m.expert === who);
    return (stored && reorderMatrix(stored.matrix, stored.criteria, codes)) ?? identityMatrix(codes.length);
  };
  const [matrix, setMatrix] = useState<number[][]>(() => startingMatrix(firstExpert));
  const [savedAs, setSavedAs] = useState<string | null>(null);
  const action = useAction();
  const evaluation = useMemo(() => evaluateMatrix(matrix), [matrix]);
  const n = codes.length;
  if (n < 2) return <p className="muted">{t('pt.crit.none')}</p>;

  const expertName = expert === NEW ? newName.trim() : expert;
  const percents = evaluation.ok ? weightPercents(evaluation.weights) : [];
  const cr = evaluation.ok ? evaluation.cr.toFixed(3) : '';
  const pair = evaluation.ok ? evaluation.mostInconsistentPair : null;

  return (
    <div className="pt-ahp" data-testid="ahp-editor">
      <p className="lead">{t('pt.ahp.intro')}</p>
      <div className="toolbar">
        <Field id="pt-ahp-expert" label={t('pt.ahp.expert')} inline>
          <select
            id="pt-ahp-expert"
            value={expert}
            onChange={(event) => {
              setExpert(event.target.value);
              setMatrix(startingMatrix(event.target.value));
              setSavedAs(null);
            }}
          >
            {ahp.matrices.map((m) => (
              <option key={m.id} value={m.expert}>
                {m.expert}
              </option>
            ))}
            <option value={NEW}>{t('pt.ahp.newExpert')}</option>
          </select>
        </Field>
        {expert === NEW ? (
          <InputField
            id="pt-ahp-new-expert"
            label={t('pt.ahp.expertName')}
            inline
            value={newName}
            onChange={setNewName}
          />
        ) : null}
      </div>
      {ahp.matrices.find((m) => m.expert === expert && !m.current) ? (
        <p className="notice">{t('pt.ahp.stale')}</p>
      ) : null}
      <div className="table-scroll">
        <table className="data-table pt-ahp-matrix">
          <caption>{t('pt.ahp.matrixCaption', { expert: expertName || '—' })}</caption>
          <thead>
            <tr>
              <td />
              {names.map((name, j) => (
                <th key={codes[j]} scope="col">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {names.map((rowName, i) => (
              <tr key={codes[i]}>
                <th scope="row">{rowName}</th>
                {names.map((colName, j) => {
                  const value = matrix[i]?.[j] ?? 1;
                  if (i === j)
                    return (
                      <td key={codes[j]} className="numeric pt-ahp-diagonal">
                        1
                      </td>
                    );
                  if (j < i)
                    return (
                      <td key={codes[j]} className="numeric pt-ahp-reciprocal">
                        {formatJudgement(value)}
                      </td>
                    );
                  const highlighted =
                    pair !== null && evaluation.ok && evaluation.inconsistent && pair.i === i && pair.j === j;
                  return (
                    <td key={codes[j]} className={highlighted ? 'pt-ahp-worst' : undefined}>
                      <select
                        aria-label={t('pt.ahp.compare', { row: rowName, column: colName })}
                        value={String(SAATY_CHOICES.findIndex((c) => Math.abs(c - value) < 1e-9))}
                        onChange={(event) => {
                          const choice = SAATY_CHOICES[Number(event.target.value)] ?? 1;
                          setMatrix((current) => setJudgement(current, i, j, choice));
                          setSavedAs(null);
                        }}
                      >
                        {SAATY_CHOICES.map((choice, k) => (
                          <option key={choice} value={String(k)}>
                            {formatJudgement(choice)}
                            {choice === 1 ? ` (${t('pt.ahp.equal')})` : ''}
                          </option>
                        ))}
                      </select>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">{t('pt.ahp.preview')}</p>
      {evaluation.ok ? (
        <div className="pt-ahp-result" data-testid="ahp-result">
          <div className="pt-two">
            <div className="table-scroll">
              <table className="data-table">
                <caption>{t('pt.ahp.weightsCaption')}</caption>
                <tbody>
                  {names.map((name, i) => (
                    <tr key={codes[i]}>
                      <th scope="row">{name}</th>
                      <td className="numeric">{percents[i]?.toFixed(1)} %</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <dl className="figures">
                <div>
                  <dt>{t('pt.ahp.lambda')}</dt>
                  <dd>{evaluation.lambdaMax.toFixed(3)}</dd>
                </div>
                <div>
                  <dt>{t('pt.ahp.ci')}</dt>
                  <dd>{evaluation.ci.toFixed(3)}</dd>
                </div>
                <div>
                  <dt>{t('pt.ahp.cr')}</dt>
                  <dd data-testid="ahp-cr">{cr}</dd>
                </div>
              </dl>
            </div>
            <LazyEChart
              className="chart pt-chart-small"
              option={weightsOption(names, percents)}
              label={t('pt.ahp.chart', {
                weights: names.map((name, i) => `${name} ${percents[i]?.toFixed(1)} %`).join(', '),
              })}
            />
          </div>
          {evaluation.inconsistent ? (
            <div className="notice notice-error" role="alert" data-testid="ahp-warning">
              <p>
                {pair
                  ? t('pt.ahp.inconsistent', {
                      cr,
                      row: names[pair.i] ?? '',
                      column: names[pair.j] ?? '',
                      judgement: formatJudgement(pair.judgement),
                      implied:
                        pair.implied >= 1 ? pair.implied.toFixed(1) : `1/${(1 / pair.implied).toFixed(1)}`,
                    })
                  : t('pt.ahp.inconsistentShort', { cr })}
              </p>
            </div>
          ) : (
            <p className="notice" role="status">
              {t('pt.ahp.consistent', { cr })}
            </p>
          )}
        </div>
      ) : (
        <p className="notice notice-error" role="alert">
          {t('pt.ahp.invalid', { message: evaluation.messages.join('; ') })}
        </p>
      )}
      {context.canEdit ? (
        <form
          className="toolbar"
          onSubmit={async (event) => {
            event.preventDefault();
            if (!expertName) return;
            const view = await action.run(() =>
              saveAhpMatrix(context.slug, context.planId, { expert: expertName, criteria: codes, matrix }),
            );
            if (view) {
              setSavedAs(expertName);
              setExpert(expertName);
              onSaved(view);
            }
          }}
        >
          <button type="submit" className="button" disabled={action.busy || !expertName}>
            {action.busy ? t('pt.saving') : t('pt.ahp.save')}
          </button>
          {!expertName ? <span className="muted">{t('pt.ahp.needExpert')}</span> : null}
          {savedAs ? <span role="status">{t('pt.ahp.saved', { expert: savedAs })}</span> : null}
        </form>
      ) : null}
      {action.problem}
    </div>
  );
}
