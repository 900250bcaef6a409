/** Masks sensitive values before they reach lists or the audit trail (PIPL; SPEC §7). */
import { maskMobile, maskResidentId } from '@tuoyu/domain';

const SECRET = /password|secret|token|hash/i;
const MOBILE = /mobile|phone/i;
const RESIDENT_ID = /residentid|idnumber/i;

export function maskValue(key: string, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (SECRET.test(key)) return '***';
  if (typeof value === 'string' && MOBILE.test(key)) return maskMobile(value);
  if (typeof value === 'string' && RESIDENT_ID.test(key)) return maskResidentId(value);
  return value;
}

/** Masks every sensitive field of a flat or one-level nested change set. */
export function maskChanges(changes: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(changes)) {
    if (v && typeof v === 'object' && !Array.isArray(v) && ('from' in v || 'to' in v)) {
      const c = v as { from?: unknown; to?: unknown };
      out[k] = { from: maskValue(k, c.from), to: maskValue(k, c.to) };
    } else {
      out[k] = maskValue(k, v);
    }
  }
  return out;
}

/** The fields that differ between two records, as `{field: {from, to}}`. */
export function diffFields<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [k, to] of Object.entries(after)) {
    if (to === undefined) continue;
    const from = before[k];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[k] = { from, to };
  }
  return changes;
}
