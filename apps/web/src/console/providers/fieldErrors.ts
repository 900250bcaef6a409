import type { FormInstance } from 'antd';
import { ApiError, errorMessage } from '../../shared/api';

export type FieldPath = (string | number)[];

/** `classes[0].carers`, `classes.0.carers`, `body.fees.1.amountFen` → ['classes', 0, 'carers']. */
export function splitPath(path: string): FieldPath {
  return path
    .split(/[.[\]/]+/)
    .filter((s) => s !== '' && s !== 'body')
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

export interface PlacedErrors {
  /** Messages that found no field, for the alert above the form. */
  unplaced: string[];
  /** Whether the error carried field errors at all. */
  hadFieldErrors: boolean;
}

/**
 * Puts problem+json field errors on the form fields `resolve` maps them to (null: no field), keeping
 * what was typed; several messages on one field are all shown.
 */
export function placeServerErrors<T>(
  form: FormInstance<T>,
  error: unknown,
  resolve: (path: FieldPath) => FieldPath | null,
): PlacedErrors {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) {
    return { unplaced: [errorMessage(error)], hadFieldErrors: false };
  }
  const byField = new Map<string, { name: FieldPath; errors: string[] }>();
  const unplaced: string[] = [];
  for (const { path, message } of error.fieldErrors) {
    const name = resolve(splitPath(path));
    if (!name) {
      unplaced.push(message);
      continue;
    }
    const key = JSON.stringify(name);
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(message);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()].map(({ name, errors }) => ({ name: name as never, errors })));
  return { unplaced, hadFieldErrors: true };
}
