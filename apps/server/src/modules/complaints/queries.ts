/** Kysely queries of complaints: the scoped list and the one-case read. */
import type { ComplaintQuery } from '@tuoyu/contracts';
import { type ExpressionBuilder, sql } from 'kysely';
import type { Db } from '../../db';
import type { Database } from '../../db/schema';
import type { SessionUser } from '../../platform/context';
import { inScope, scopeOf } from '../../platform/scope';

/** The city's division: a complaint with no known provider goes there for triage. */
export const CITY_CODE = '150800';

type Eb = ExpressionBuilder<Database & { c: Database['complaints'] }, 'c'>;

/**
 * Who sees a case: a city or county regulator the cases routed inside its division (the city sees
 * the city's triage cases too), a township officer those handed to its township, and any other
 * officer only the cases assigned to them personally.
 */
export function visibleTo(caller: SessionUser) {
  const scope = scopeOf(caller);
  return (eb: Eb) => {
    if (caller.role === 'city_regulator' || caller.role === 'county_regulator')
      return inScope(scope, 'c.division_code');
    if (caller.role === 'township_officer')
      return eb.or([inScope(scope, 'c.township_code'), eb('c.assigned_user_id', '=', caller.id)]);
    return eb.and([inScope(scope, 'c.division_code'), eb('c.assigned_user_id', '=', caller.id)]);
  };
}

/** Overdue in SQL, the same rule as domain complaintOverdue (dates compare as text). */
export const overdueSql = (today: string) => sql<boolean>`(c.answered_at is null and (c.answer_by < ${today}
  or (c.acknowledged_at is null and c.acknowledge_by < ${today})))`;

export function baseSelect(db: Db) {
  return db
    .selectFrom('complaints as c')
    .leftJoin('providers as p', 'p.id', 'c.provider_id')
    .innerJoin('divisions as d', 'd.code', 'c.division_code')
    .leftJoin('divisions as t', 't.code', 'c.township_code')
    .leftJoin('users as u', 'u.id', 'c.assigned_user_id')
    .leftJoin('parent_committees as pc', 'pc.id', 'c.committee_id')
    .select([
      'c.id',
      'c.tracking_code',
      'c.provider_id',
      'c.provider_name',
      'p.name as matched_provider_name',
      'c.division_code',
      'd.name as division_name',
      'c.township_code',
      't.name as township_name',
      'c.assigned_user_id',
      'u.display_name as assigned_user_name',
      'c.category',
      'c.description',
      'c.status',
      'c.outcome',
      'c.reply',
      'c.anonymous',
      'c.contact_enc',
      'c.filed_by_user_id',
      'c.committee_id',
      'pc.name as committee_name',
      'c.received_at',
      'c.received_on',
      'c.acknowledge_by',
      'c.answer_by',
      'c.acknowledged_at',
      'c.answered_at',
      'c.escalated_at',
    ]);
}

export async function listComplaints(db: Db, caller: SessionUser, q: ComplaintQuery, today: string) {
  let query = baseSelect(db).where(visibleTo(caller));
  if (q.status) query = query.where('c.status', '=', q.status);
  if (q.category) query = query.where('c.category', '=', q.category);
  if (q.providerId) query = query.where('c.provider_id', '=', q.providerId);
  if (q.overdue !== undefined)
    query = query.where(q.overdue ? overdueSql(today) : sql<boolean>`not ${overdueSql(today)}`);
  if (q.escalated !== undefined) query = query.where('c.escalated_at', q.escalated ? 'is not' : 'is', null);
  const [rows, total] = await Promise.all([
    query
      .orderBy('c.received_at', 'desc')
      .orderBy('c.id', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    query
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export type ComplaintRow = Awaited<ReturnType<typeof listComplaints>>['rows'][number];
