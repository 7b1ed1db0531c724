import { useId, useMemo, useState } from 'react';
import type { Framework } from '../api/benchmark.ts';
import { ProblemMessage } from '../components/ProblemMessage.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { nameIn } from '../pages/editions/names.ts';
import { FactorInput } from './FactorInput.tsx';
import { groupFactors } from './factorGroups.ts';
import { cityFactorValues, factorRanges } from './modelInput.ts';
import { useWhatIf } from './useWhatIf.ts';
import { WhatIfResultView } from './WhatIfResultView.tsx';

interface WhatIfPanelProps {
  slug: string;
  edition: number;
  editionLabel: string;
  cityCode: string;
  cityName: string;
  framework: Framework;
}

/** Change a city's factor values and see its new score and rank, computed in the browser. */
export function WhatIfPanel({
  slug,
  edition,
  editionLabel,
  cityCode,
  cityName,
  framework,
}: WhatIfPanelProps) {
  const { t } = useI18n();
  const { state, answer, run } = useWhatIf(slug, edition);
  return (
    <section className="card what-if" aria-labelledby="what-if-heading" data-testid="what-if">
      <h2 id="what-if-heading">{t('whatif.heading')}</h2>
      <p>{t('whatif.intro', { city: cityName, edition: editionLabel })}</p>
      {state.status === 'loading' ? <p role="status">{t('whatif.loading')}</p> : null}
      {state.status === 'preparing' ? (
        <p role="status" className="preparing">
          <span className="spinner" aria-hidden="true" /> {t('whatif.preparing')}
        </p>
      ) : null}
      {state.status === 'error' ? <ProblemMessage error={state.error} /> : null}
      {state.status === 'ready' ? (
        <WhatIfEditor
          key={cityCode}
          cityIndex={state.input.cityIds.indexOf(cityCode)}
          input={state.input}
          prepareMs={state.prepareMs}
          framework={framework}
          answer={answer}
          run={run}
        />
      ) : null}
    </section>
  );
}

type Ready = Extract<ReturnType<typeof useWhatIf>['state'], { status: 'ready' }>;

interface WhatIfEditorProps {
  cityIndex: number;
  input: Ready['input'];
  prepareMs: number;
  framework: Framework;
  answer: ReturnType<typeof useWhatIf>['answer'];
  run: ReturnType<typeof useWhatIf>['run'];
}

function WhatIfEditor({ cityIndex, input, prepareMs, framework, answer, run }: WhatIfEditorProps) {
  const { t, language } = useI18n();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [changes, setChanges] = useState<ReadonlyMap<number, number>>(new Map());
  const base = useMemo(() => cityFactorValues(input, cityIndex), [input, cityIndex]);
  const ranges = useMemo(() => factorRanges(input), [input]);
  const groups = useMemo(() => groupFactors(framework.areas, framework.factors, query), [framework, query]);

  if (cityIndex < 0) return <p>{t('whatif.cityMissing')}</p>;
  if (!sameFactors(input, framework)) return <p>{t('whatif.mismatch')}</p>;

  function update(next: ReadonlyMap<number, number>) {
    setChanges(next);
    run(
      cityIndex,
      [...next].map(([factor, value]) => ({ factor, value })),
    );
  }

  return (
    <>
      <WhatIfResultView
        answer={answer}
        changed={changes.size}
        areas={framework.areas}
        areaCodes={input.areaNames}
      />
      <p className="timing">{t('whatif.prepared', { ms: Math.round(prepareMs) })}</p>
      <div className="what-if-tools">
        <label htmlFor={searchId}>{t('whatif.search')}</label>
        <input id={searchId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
        <button
          type="button"
          className="button button-secondary"
          disabled={changes.size === 0}
          onClick={() => update(new Map())}
        >
          {t('whatif.reset')}
        </button>
      </div>
      {groups.length === 0 ? <p>{t('whatif.noMatch')}</p> : null}
      {groups.map((group) => {
        const changedHere = group.entries.filter((entry) => changes.has(entry.index)).length;
        return (
          <details key={group.area.code} className="factor-group" open={query.trim() !== '' || undefined}>
            <summary>
              {nameIn(language, group.area)}{' '}
              <span className="factor-count">
                {t('whatif.groupCount', { n: group.entries.length, changed: changedHere })}
              </span>
            </summary>
            {group.entries.map(({ index, factor }) => (
              <FactorInput
                key={factor.code}
                factor={factor}
                name={nameIn(language, factor)}
                base={base[index] ?? null}
                value={changes.get(index) ?? null}
                range={ranges[index] ?? { min: 0, max: 0 }}
                onChange={(value) => update(new Map(changes).set(index, value))}
              />
            ))}
          </details>
        );
      })}
    </>
  );
}

/** The factor panel indexes the model input by framework position: the codes must line up. */
function sameFactors(input: Ready['input'], framework: Framework): boolean {
  return (
    input.factors.codes.length === framework.factors.length &&
    framework.factors.every((factor, f) => input.factors.codes[f] === factor.code)
  );
}
