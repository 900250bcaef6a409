/**
 * Who sees which inspection — the one place (SPEC §2): assigned inspectors their own; county and
 * city regulators everything in their division (and their own assignments); township officers,
 * read-only, the inspections of providers sited in their township, except a drawn check not yet
 * recorded while its draw is unrevealed (双随机: unannounced until then); provider users their own
 * provider's inspections once submitted (never a draft). Anything else is 404.
 */
import { type ExpressionBuilder, type SelectQueryBuilder, sql } from 'kysely';
import type { Db } from '../../db';
import type { Database } from '../../db/schema';
import type { SessionUser } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { inScope, scopeOf } from '../../platform/scope';

type From = Database & { i: Database['inspections']; p: Database['providers'] };

const assignedTo = (eb: ExpressionBuilder<From, 'i'>, userId: number) =>
  eb(
    'i.id',
    'in',
    eb.selectFrom('inspection_inspectors').select('inspection_id').where('user_id', '=', userId),
  );

/**
 * A check created by a draw whose selection is still secret, and not yet recorded. (`plan_id is
 * not null` first: an `in` over null would make the whole test unknown and hide every campaign.)
 */
const secretDrawn = (eb: ExpressionBuilder<From, 'i'>) =>
  eb.and([
    eb('i.status', '=', 'assigned'),
    eb('i.plan_id', 'is not', null),
    eb('i.plan_id', 'in', eb.selectFrom('inspection_plans').select('id').where('revealed_at', 'is', null)),
  ]);

/** Adds the caller's visibility to a query over `inspections as i` joined with `providers as p`. */
export function whereVisible<O>(
  q: SelectQueryBuilder<From, 'i' | 'p', O>,
  caller: SessionUser,
): SelectQueryBuilder<From, 'i' | 'p', O> {
  const scope = scopeOf(caller);
  if (caller.providerId !== null)
    return q.where('i.provider_id', '=', caller.providerId).where('i.status', '!=', 'assigned');
  switch (caller.role) {
    case 'county_regulator':
    case 'city_regulator':
      return q.where((eb) => eb.or([inScope(scope, 'i.division_code'), assignedTo(eb, caller.id)]));
    case 'township_officer':
      return q.where('p.township_code', '=', scope.prefix).where((eb) => eb.not(secretDrawn(eb)));
    case 'department_officer':
      return q.where((eb) => assignedTo(eb, caller.id));
    default:
      return q.where(sql<boolean>`1 = 0`);
  }
}

export const inspectionsFrom = (db: Db) =>
  db.selectFrom('inspections as i').innerJoin('providers as p', 'p.id', 'i.provider_id');

/** The inspection as the caller may see it, or 404. */
export async function visibleInspection(db: Db, caller: SessionUser, id: number) {
  const row = await whereVisible(inspectionsFrom(db).selectAll('i').select('p.name as provider_name'), caller)
    .where('i.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

export async function isAssigned(db: Db, inspectionId: number, userId: number): Promise<boolean> {
  const r = await db
    .selectFrom('inspection_inspectors')
    .select('user_id')
    .where('inspection_id', '=', inspectionId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return !!r;
}
