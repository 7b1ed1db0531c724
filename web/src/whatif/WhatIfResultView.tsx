import type { Named } from '../api/benchmark.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { formatSigned } from '../pages/editions/format.ts';
import { nameIn } from '../pages/editions/names.ts';
import type { WhatIfAnswer } from './useWhatIf.ts';

interface WhatIfResultViewProps {
  answer: WhatIfAnswer | null;
  changed: number;
  areas: Named[];
  /** The model input's area order (codes), which the per-area answers follow. */
  areaCodes: readonly string[];
}

/** The new score and rank beside the model's, announced politely to screen readers. */
export function WhatIfResultView({ answer, changed, areas, areaCodes }: WhatIfResultViewProps) {
  const { t, language } = useI18n();
  const outcome = answer?.outcome;
  const moved = outcome?.areas
    .map((area, index) => ({ area, named: areas.find((a) => a.code === areaCodes[index]) }))
    .filter(({ area }) => Math.round(area.score) !== Math.round(area.previousScore));
  return (
    <div className="what-if-result" aria-live="polite" data-testid="what-if-result">
      {!outcome || changed === 0 ? (
        <p>{t('whatif.none')}</p>
      ) : (
        <>
          <dl className="figures">
            <div>
              <dt>{t('whatif.score')}</dt>
              <dd data-testid="what-if-score">
                {Math.round(outcome.previousScore)} → <strong>{Math.round(outcome.score)}</strong>{' '}
                <span className="delta">
                  ({formatSigned(Math.round(outcome.score) - Math.round(outcome.previousScore))})
                </span>
              </dd>
            </div>
            <div>
              <dt>{t('whatif.rank')}</dt>
              <dd data-testid="what-if-rank">
                {outcome.rank === 0 ? (
                  t('whatif.unranked')
                ) : (
                  <>
                    {outcome.previousRank} → <strong>{outcome.rank}</strong>
                  </>
                )}
              </dd>
            </div>
          </dl>
          {moved && moved.length > 0 ? (
            <ul className="area-moves">
              {moved.map(({ area, named }) => (
                <li key={named?.code ?? nameIn(language, named)}>
                  {nameIn(language, named, '?')}: {Math.round(area.previousScore)} → {Math.round(area.score)}{' '}
                  ({t('whatif.rankShort', { from: area.previousRank, to: area.rank })})
                </li>
              ))}
            </ul>
          ) : null}
          <p className="timing">{t('whatif.timing', { ms: answer.ms.toFixed(1), n: changed })}</p>
        </>
      )}
    </div>
  );
}
