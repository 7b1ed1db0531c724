import type { ReactNode } from 'react';

interface FormFieldProps {
  id: string;
  label: string;
  errors: string[];
  /** Renders the control; it must use `id` and `describedBy` so the label and errors attach. */
  children: (props: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/** A labelled control with the server's field errors shown right under it. */
export function FormField({ id, label, errors, children }: FormFieldProps) {
  const errorId = `${id}-errors`;
  const invalid = errors.length > 0;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy: invalid ? errorId : undefined, invalid })}
      {invalid ? (
        <ul className="field-errors" id={errorId}>
          {errors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
