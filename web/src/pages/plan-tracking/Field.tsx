import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ItemSelect } from './common.tsx';
import type { FlatItem } from './planItems.ts';

interface FieldProps {
  /** The control's id; the label points at it. */
  id: string;
  label: string;
  /** Sits on one line with its label (`field-inline`) rather than stacked (`field`). */
  inline?: boolean;
}

/** A labelled control: `<div class="field"><label for=id>…</label>{control}</div>`. */
export function Field({ id, label, inline = false, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={inline ? 'field-inline' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

interface ValueProps<T extends string = string> extends FieldProps {
  value: T;
  onChange: (value: T) => void;
}

/** Splits a field's props into the box's and the control's (id, value, change handler, the rest as given). */
function controlled<P extends ValueProps>({ id, label, inline, value, onChange, ...rest }: P) {
  const handle = (event: { target: { value: string } }) => onChange(event.target.value);
  return { field: { id, label, inline }, control: { ...rest, id, value, onChange: handle } };
}

type InputAttributes = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>;
type TextAreaAttributes = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange'>;

/** A labelled `<input>` whose value is a string; other input attributes (type, min, lang, required…) pass through. */
export function InputField(props: ValueProps & InputAttributes) {
  const { field, control } = controlled(props);
  return (
    <Field {...field}>
      <input {...control} />
    </Field>
  );
}

/** A labelled `<textarea>`; other textarea attributes (rows, lang…) pass through. */
export function TextAreaField(props: ValueProps & TextAreaAttributes) {
  const { field, control } = controlled(props);
  return (
    <Field {...field}>
      <textarea {...control} />
    </Field>
  );
}

/** A labelled `<select>` over fixed options, each shown by `optionLabel`. */
export function SelectField<T extends string>({
  id,
  label,
  inline,
  value,
  onChange,
  options,
  optionLabel,
}: ValueProps<T> & { options: readonly T[]; optionLabel: (option: T) => string }) {
  return (
    <Field id={id} label={label} inline={inline}>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as T)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A labelled select of plan items (label "Item" unless given). */
export function ItemField({
  id,
  label,
  inline,
  value,
  onChange,
  items,
  emptyLabel,
}: Omit<ValueProps, 'label'> & { label?: string; items: FlatItem[]; emptyLabel?: string }) {
  const { t, language } = useI18n();
  return (
    <Field id={id} label={label ?? t('pt.item')} inline={inline}>
      <ItemSelect
        id={id}
        items={items}
        value={value}
        onChange={onChange}
        language={language}
        emptyLabel={emptyLabel}
      />
    </Field>
  );
}
