/**
 * Access scope (SPEC §2): the one place that turns a caller into what it may see. Every query of
 * jurisdiction-bound records applies `inScope` (SQL) or `isInScope` (a loaded record); a record
 * outside the scope answers 404, exactly as if it did not exist.
 *
 * Division codes nest by prefix: city 150800 → "1508", county 150802 → "150802",
 * township 150802001 → "150802001". A record's division is in scope when its code starts with the
 * caller's prefix.
 */
import type { Role } from '@tuoyu/contracts';
import { type RawBuilder, type SqlBool, sql } from 'kysely';

export interface Scope {
  /** The caller's jurisdiction code. */
  divisionCode: string;
  /** The code prefix every visible record's division starts with. */
  prefix: string;
  /** The caller's unit (编办, 民政, 市场监管…), for department-scoped records. */
  unit: string | null;
  role: Role;
  /** Provider users see their own provider's records only. */
  providerId: number | null;
}

/** 150800 → 1508, 150802 → 150802, 150000 → 15, 150802001 → 150802001. */
export function divisionPrefix(code: string): string {
  if (code.length !== 6) return code;
  let p = code;
  while (p.length > 2 && p.endsWith('00')) p = p.slice(0, -2);
  return p;
}

export function scopeOf(user: {
  role: Role;
  divisionCode: string;
  unit: string | null;
  providerId?: number | null;
}): Scope {
  return {
    divisionCode: user.divisionCode,
    prefix: divisionPrefix(user.divisionCode),
    unit: user.unit,
    role: user.role,
    providerId: user.providerId ?? null,
  };
}

export function isInScope(scope: Scope, divisionCode: string | null | undefined): boolean {
  return !!divisionCode && divisionCode.startsWith(scope.prefix);
}

/**
 * SQL condition "column's division is inside the scope", written as a range so both engines use
 * the column's index (a LIKE 'prefix%' is not index-friendly on every collation).
 */
export function inScope(scope: Pick<Scope, 'prefix'>, column: string): RawBuilder<SqlBool> {
  const ref = sql.ref(column);
  return sql<SqlBool>`(${ref} >= ${scope.prefix} and ${ref} < ${`${scope.prefix}~`})`;
}
