import { type FormEvent, useState } from 'react';
import { ApiError } from '../api/problem.ts';

/**
 * State of a form that posts to the API: its values, whether it is submitting, the server's
 * problem (with field errors for `errorsFor`) and the last success. `submit` does the call and
 * says what to show and which values to start over with.
 */
export function useServerForm<V extends object, R>(
  initial: V | (() => V),
  submit: (values: V) => Promise<{ result: R; next: V }>,
) {
  const [values, setValues] = useState<V>(initial);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [result, setResult] = useState<R | null>(null);

  function update<K extends keyof V>(field: K, value: V[K]) {
    setValues((current) => ({ ...current, [field]: value }));
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    setResult(null);
    try {
      const done = await submit(values);
      setResult(done.result);
      setValues(done.next);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, { title: String(caught) }));
    } finally {
      setSubmitting(false);
    }
  }

  const errorsFor = (field: string) => error?.fieldErrors(field) ?? [];

  return { values, update, submitting, error, errorsFor, result, handleSubmit };
}
