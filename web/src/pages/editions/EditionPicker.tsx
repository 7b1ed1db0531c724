import { useId } from 'react';
import type { EditionSummary } from '../../api/benchmark.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

interface EditionPickerProps {
  label: string;
  editions: EditionSummary[];
  value: number;
  onChange: (edition: number) => void;
}

export function EditionPicker({ label, editions, value, onChange }: EditionPickerProps) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="field-inline">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {editions.map((edition) => (
          <option key={edition.number} value={edition.number}>
            {edition.label}
            {edition.status === 'draft' ? ` (${t('bench.draft')})` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
