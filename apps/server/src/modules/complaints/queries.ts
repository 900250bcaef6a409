/**
 * Kysely only: every query of complaints' cases (who sees which, reads, filing, handling, the
 * escalation sweep, the monthly statistics); the committees' are in queries-committees.ts.
 */
import { COMPLAINT_ASSIGNEES, type ComplaintQuery, OFFICERS } from '@tuoyu/contracts';
import { type ExpressionBuilder, type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '../../db';
import type { Database } from '../../db/schema';
import type { ComplaintEventTable, ComplaintTable } from '../../db/schema-complaints';
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

/** The case as the caller may see it, if they may. */
export function visibleComplaint(db: Db, caller: SessionUser, id: number) {
  return baseSelect(db).where('c.id', '=', id).where(visibleTo(caller)).executeTakeFirst();
}

/** A case's timeline, oldest first, with who wrote each entry. */
export function caseEvents(db: Db, complaintId: number) {
  return db
    .selectFrom('complaint_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .select(['e.id', 'e.kind', 'e.text', 'e.at', 'u.display_name', 'u.role'])
    .where('e.complaint_id', '=', complaintId)
    .orderBy('e.id')
    .execute();
}

export async function insertEvent(trx: Db, values: Insertable<ComplaintEventTable>) {
  await trx.insertInto('complaint_events').values(values).execute();
}

/** The active officers a case in the division below `prefix` may be given to (the picker). */
export function assigneeAccounts(db: Db, prefix: string) {
  return db
    .selectFrom('users')
    .select(['id', 'display_name', 'role'])
    .where('status', '=', 'active')
    .where('role', 'in', [...COMPLAINT_ASSIGNEES])
    .where('division_code', '>=', prefix)
    .where('division_code', '<', `${prefix}~`)
    .orderBy('role')
    .orderBy('id')
    .limit(200)
    .execute();
}

export function townshipsOf(db: Db, countyCode: string) {
  return db
    .selectFrom('divisions')
    .select(['code', 'name'])
    .where('level', '=', 'township')
    .where('parent_code', '=', countyCode)
    .orderBy('code')
    .execute();
}

export function counties(db: Db) {
  return db
    .selectFrom('divisions')
    .select(['code', 'name'])
    .where('level', '=', 'county')
    .orderBy('code')
    .execute();
}

export function county(db: Db, code: string) {
  return db
    .selectFrom('divisions')
    .select(['code', 'name'])
    .where('code', '=', code)
    .where('level', '=', 'county')
    .executeTakeFirst();
}

export function townshipOf(db: Db, countyCode: string, code: string) {
  return db
    .selectFrom('divisions')
    .select(['code', 'name'])
    .where('code', '=', code)
    .where('level', '=', 'township')
    .where('parent_code', '=', countyCode)
    .executeTakeFirst();
}

/** An active account of an officer's role (its division is the caller's check). */
export function activeOfficer(db: Db, userId: number) {
  return db
    .selectFrom('users')
    .select(['id', 'display_name', 'division_code'])
    .where('id', '=', userId)
    .where('status', '=', 'active')
    .where('role', 'in', [...OFFICERS])
    .executeTakeFirst();
}

export async function updateComplaint(trx: Db, id: number, set: Updateable<ComplaintTable>) {
  await trx.updateTable('complaints').set(set).where('id', '=', id).execute();
}

/** Updates the case only while it still has `status`; how many rows changed (0: changed meanwhile). */
export async function updateWhileStatus(
  trx: Db,
  id: number,
  status: ComplaintTable['status'],
  set: Updateable<ComplaintTable>,
) {
  const done = await trx
    .updateTable('complaints')
    .set(set)
    .where('id', '=', id)
    .where('status', '=', status)
    .executeTakeFirst();
  return Number(done.numUpdatedRows);
}

/** Where a named provider's complaint is routed: its id and county. */
export function providerDivision(db: Db, providerId: number) {
  return db
    .selectFrom('providers')
    .select(['id', 'division_code'])
    .where('id', '=', providerId)
    .executeTakeFirst();
}

/** Up to two providers of exactly this name (one match routes the complaint, two are ambiguous). */
export function providersNamed(db: Db, name: string) {
  return db
    .selectFrom('providers')
    .select(['id', 'division_code'])
    .where('name', '=', name)
    .limit(2)
    .execute();
}

export async function trackingCodeTaken(db: Db, code: string) {
  return !!(await db
    .selectFrom('complaints')
    .select('id')
    .where('tracking_code', '=', code)
    .executeTakeFirst());
}

export async function insertComplaint(trx: Db, values: Insertable<ComplaintTable>): Promise<number> {
  const row = await trx.insertInto('complaints').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** What the tracking page may show of a case: its state, never its parties. */
export function trackedComplaint(db: Db, trackingCode: string) {
  return db
    .selectFrom('complaints')
    .select(['status', 'received_at', 'acknowledged_at', 'answered_at', 'outcome', 'reply'])
    .where('tracking_code', '=', trackingCode)
    .executeTakeFirst();
}

/** The latest 100 cases a parent filed under their account. */
export function complaintsFiledBy(db: Db, userId: number) {
  return db
    .selectFrom('complaints as c')
    .leftJoin('providers as p', 'p.id', 'c.provider_id')
    .select(['c.tracking_code', 'c.category', 'c.status', 'c.received_at', 'c.provider_name', 'p.name'])
    .where('c.filed_by_user_id', '=', userId)
    .orderBy('c.id', 'desc')
    .limit(100)
    .execute();
}

/** Unanswered, not yet escalated cases past a deadline on `today` (the domain rule then decides). */
export function escalationCandidates(db: Db, today: string) {
  return db
    .selectFrom('complaints')
    .select(['id', 'division_code', 'acknowledge_by', 'answer_by', 'acknowledged_at'])
    .where('answered_at', 'is', null)
    .where('escalated_at', 'is', null)
    .where((eb) => eb.or([eb('answer_by', '<', today), eb('acknowledge_by', '<', today)]))
    .execute();
}

/** Marks the case escalated unless it already is; true when this call did. */
export async function markEscalated(trx: Db, id: number, at: string) {
  const done = await trx
    .updateTable('complaints')
    .set({ escalated_at: at, updated_at: at })
    .where('id', '=', id)
    .where('escalated_at', 'is', null)
    .executeTakeFirst();
  return Number(done.numUpdatedRows) > 0;
}

/** The rows of the monthly statistics: every county, and the city for its triage cases. */
export function statsDivisions(db: Db) {
  return db
    .selectFrom('divisions')
    .select(['code', 'name'])
    .where((eb) => eb.or([eb('level', '=', 'county'), eb('code', '=', CITY_CODE)]))
    .orderBy('code')
    .execute();
}

/** The cases received in `month` (YYYY-MM, Beijing dates). */
export function receivedInMonth(db: Db, month: string) {
  return db
    .selectFrom('complaints')
    .select(['division_code', 'category', 'outcome', 'answered_at', 'answer_by'])
    .where('received_on', '>=', `${month}-01`)
    .where('received_on', '<=', `${month}-31`)
    .execute();
}
