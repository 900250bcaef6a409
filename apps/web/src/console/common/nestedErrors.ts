import type { FormInstance } from 'antd';
import { ApiError, errorMessage } from '../../shared/api';

/**
 * Like `applyServerErrors`, but for forms with lists: `guardians.0.mobile` lands on the mobile field
 * of the first guardian. Returns the message for what found no field, or null.
 */
export function applyNestedServerErrors<T>(form: FormInstance<T>, error: unknown): string | null {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) return errorMessage(error);
  const top = new Set(Object.keys(form.getFieldsValue(true) as object));
  const placed = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const unplaced: string[] = [];
  for (const { path, message } of error.fieldErrors) {
    const segments = path.split(/[.[\]/]/).filter(Boolean);
    const start = segments.findIndex((segment) => top.has(segment));
    if (start < 0) {
      unplaced.push(message);
      continue;
    }
    const name = segments.slice(start).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const key = name.join('.');
    const entry = placed.get(key) ?? { name, errors: [] };
    entry.errors.push(message);
    placed.set(key, entry);
  }
  form.setFields([...placed.values()].map(({ name, errors }) => ({ name: name as never, errors })));
  if (unplaced.length > 0) return [error.problem.detail, ...unplaced].join(' ');
  return placed.size > 0 ? null : errorMessage(error);
}
