import type { FormInstance } from 'antd';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../shared/api';

/**
 * Puts the server's field errors (problem+json `errors[].path`, e.g. `password`, `mobile`) on the
 * matching form fields, keeping what the person typed. Returns the message for anything that did
 * not land on a field (shown above the form), or null when every error found its field.
 */
export function applyServerErrors<T>(form: FormInstance<T>, error: unknown): string | null {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) return errorMessage(error);
  const fieldNames = new Set(Object.keys(form.getFieldsValue(true) as object));
  const byField = new Map<string, string[]>();
  const unplaced: string[] = [];
  for (const { path, message } of error.fieldErrors) {
    // Paths may be dotted (`body.password`) or nested; the first segment that is a field wins.
    const field = path.split(/[.[\]/]/).find((segment) => fieldNames.has(segment));
    if (field) byField.set(field, [...(byField.get(field) ?? []), message]);
    else unplaced.push(message);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name: name as never, errors })));
  if (unplaced.length > 0) return [error.problem.detail, ...unplaced].join(' ');
  return byField.size > 0 ? null : errorMessage(error);
}

/**
 * The save of a form drawer: validates (what is missing shows on its field, nothing is sent), runs
 * `submit` with the values, and on a server error puts field errors on their fields and keeps the
 * rest as `error` for the drawer's banner. A failed validation is an answer, not an exception.
 */
export function useFormSave<T>(form: FormInstance<T>, submit: (values: T) => Promise<unknown>) {
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    let values: T;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    try {
      await submit(values);
      setError(null);
    } catch (e) {
      setError(applyServerErrors(form, e));
    }
  };
  return { save, error };
}
