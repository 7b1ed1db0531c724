import { useEffect, useId, useState } from 'react';
import type { Factor } from '../api/benchmark.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { sliderStep } from './factorGroups.ts';

interface FactorInputProps {
  factor: Factor;
  name: string;
  base: number | null;
  value: number | null;
  range: { min: number; max: number };
  onChange: (value: number) => void;
}

/** One factor: a slider over the cities' range and a number box for an exact value. */
export function FactorInput({ factor, name, base, value, range, onChange }: FactorInputProps) {
  const { t, language } = useI18n();
  const id = useId();
  const current = value ?? base;
  const [draft, setDraft] = useState(current === null ? '' : String(current));
  useEffect(() => setDraft(current === null ? '' : String(current)), [current]);
  const changed = value !== null && value !== base;
  const step = sliderStep(range.min, range.max);

  return (
    <div className={changed ? 'factor-input changed' : 'factor-input'}>
      <label htmlFor={`${id}-number`} className="factor-name">
        {name}{' '}
        <span className="factor-unit">
          ({language === 'ko' ? (factor.unitKo ?? factor.unit) : factor.unit})
        </span>
        {factor.polarity < 0 ? <span className="factor-polarity"> · {t('whatif.lowerBetter')}</span> : null}
      </label>
      <input
        type="range"
        aria-label={t('whatif.sliderLabel', { factor: name })}
        min={range.min}
        max={range.max}
        step={step}
        value={current ?? range.min}
        onChange={(event) => onChange(Number(event.target.value))}
      />
      <input
        id={`${id}-number`}
        type="number"
        step="any"
        inputMode="decimal"
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          const next = Number(event.target.value);
          if (event.target.value.trim() !== '' && Number.isFinite(next)) onChange(next);
        }}
      />
      <span className="factor-base">
        {t('whatif.was', { value: base === null ? t('whatif.missingValue') : formatValue(base) })}
      </span>
    </div>
  );
}

function formatValue(value: number): string {
  return String(Number(value.toPrecision(6)));
}
