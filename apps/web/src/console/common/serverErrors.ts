import type { FormInstance } from 'antd';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../shared/api';

/** A field's name in an Ant Design form: `['guardians', 0, 'mobile']`. */
export type FieldPath = (string | number)[];

/** `classes[0].carers`, `classes.0.carers`, `body.fees.1.amountFen` → ['classes', 0, 'carers']. */
export function splitPath(path: string): FieldPath {
  return path
    .split(/[.[\]/]+/)
    .filter((s) => s !== '' && s !== 'body')
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** Maps a server path to the form field it belongs on, or null when no field shows it. */
export type ResolveField = (path: FieldPath) => FieldPath | null;

/** The form calls the placer needs; any form's instance has them, whatever its values' type. */
type PlacingForm = Pick<FormInstance, 'getFieldsValue' | 'getFieldsError' | 'setFields'>;

/**
 * The default mapping: the path from its first segment that is one of the form's values
 * (`body.password` → `password`), down to the deepest field the form has mounted
 * (`guardians.0.mobile` → that guardian's mobile field; a path deeper than any field → the field
 * above it; no mounted field → the top-level value, as a list-level error).
 */
export function fieldOfForm(form: PlacingForm): ResolveField {
  const top = new Set(Object.keys((form.getFieldsValue(true) ?? {}) as object));
  const mounted = new Set(form.getFieldsError().map((f) => JSON.stringify(f.name)));
  return (path) => {
    const start = path.findIndex((segment) => typeof segment === 'string' && top.has(segment));
    if (start < 0) return null;
    const name = path.slice(start);
    for (let end = name.length; end > 1; end--) {
      if (mounted.has(JSON.stringify(name.slice(0, end)))) return name.slice(0, end);
    }
    return name.slice(0, 1);
  };
}

export interface PlacedErrors {
  /** Messages that found no field. */
  unplaced: string[];
  /** How many fields got a message. */
  placed: number;
}

/**
 * Puts problem+json field errors (`errors[].path`) on the form fields `resolve` maps them to,
 * keeping what was typed; several messages on one field are all shown. An error without field
 * errors is one unplaced message.
 */
export function placeServerErrors(
  form: PlacingForm,
  error: unknown,
  resolve: ResolveField = fieldOfForm(form),
): PlacedErrors {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) {
    return { unplaced: [errorMessage(error)], placed: 0 };
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
  form.setFields([...byField.values()]);
  return { unplaced, placed: byField.size };
}

/**
 * Places the field errors, and returns the message for the banner above the form: the server's
 * detail with what found no field, the error's message when it had no field errors, or null when
 * every error found its field.
 */
export function applyServerErrors(form: PlacingForm, error: unknown, resolve?: ResolveField): string | null {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) return errorMessage(error);
  const { unplaced } = placeServerErrors(form, error, resolve);
  return unplaced.length > 0 ? [error.problem.detail, ...unplaced].filter(Boolean).join(' ') : null;
}

export interface FormSaveOptions {
  /** Where the server's field paths land (default: `fieldOfForm`). */
  resolve?: ResolveField;
}

/**
 * The save of a console form. `submit` runs the values through the caller's request; on a server
 * error the field errors land on their fields and the rest is `error`, for the banner. Use `save`
 * from a button (it validates first: what is missing shows on its field, nothing is sent; a failed
 * validation is an answer, not an exception), or `onFinish` as the form's `onFinish` (Ant Design
 * has validated already, and Enter in a field submits). The banner clears when a request starts.
 */
export function useFormSave<T>(
  form: FormInstance<T>,
  submit: (values: T) => Promise<unknown>,
  options: FormSaveOptions = {},
) {
  const [error, setError] = useState<string | null>(null);
  /** Sends a request of the form's (its save, or another action such as 恢复默认) with the same error handling. */
  const run = async (request: () => Promise<unknown>) => {
    setError(null);
    try {
      await request();
    } catch (e) {
      setError(applyServerErrors(form, e, options.resolve));
    }
  };
  const onFinish = (values: T) => run(() => submit(values));
  const save = async () => {
    let values: T;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    await onFinish(values);
  };
  return { save, onFinish, run, error, setError };
}
