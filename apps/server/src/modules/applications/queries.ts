/** Kysely only: enrollment applications and their place in the waitlist. */
import { type ExpressionBuilder, type Insertable, sql } from 'kysely';
import type { Db } from '../../db';
import type { ApplicationTable, Database } from '../../db/schema';

/** The application's place in its waitlist (null once decided). */
const position = (eb: ExpressionBuilder<Database & { a: Database['applications'] }, 'a'>) =>
  eb
    .selectFrom('applications as w')
    .select(sql<number>`count(*)`.as('n'))
    .whereRef('w.provider_id', '=', 'a.provider_id')
    .whereRef('w.class_type', '=', 'a.class_type')
    .where('w.status', '=', 'waiting')
    .whereRef('w.id', '<=', 'a.id')
    .as('position');

/** Applications with their provider's name and waitlist position; callers add the filter. */
export function applicationsQuery(db: Db) {
  return db
    .selectFrom('applications as a')
    .innerJoin('providers as p', 'p.id', 'a.provider_id')
    .select([
      'a.id',
      'a.provider_id',
      'p.name as provider_name',
      'a.child_name',
      'a.birth_date',
      'a.desired_start',
      'a.service_form',
      'a.class_type',
      'a.note',
      'a.status',
      'a.decline_reason',
      'a.child_id',
      'a.created_at',
      'a.decided_at',
      (eb) => position(eb),
    ]);
}

export type ApplicationRow = Awaited<
  ReturnType<ReturnType<typeof applicationsQuery>['executeTakeFirstOrThrow']>
>;

export function findApplication(db: Db, id: number) {
  return applicationsQuery(db).where('a.id', '=', id).executeTakeFirstOrThrow();
}

/** A provider's applications (optionally in one status), waitlists by class type, oldest first. */
export function providerApplicationRows(
  db: Db,
  providerId: number,
  status: ApplicationTable['status'] | undefined,
) {
  let q = applicationsQuery(db).where('a.provider_id', '=', providerId);
  if (status) q = q.where('a.status', '=', status);
  return q.orderBy('a.class_type').orderBy('a.id').limit(1000).execute();
}

export function parentApplicationRows(db: Db, parentUserId: number) {
  return applicationsQuery(db)
    .where('a.parent_user_id', '=', parentUserId)
    .orderBy('a.id', 'desc')
    .limit(200)
    .execute();
}

/** What an application needs to know about the provider applied to. */
export function applicationProvider(db: Db, providerId: number) {
  return db
    .selectFrom('providers')
    .select(['id', 'public', 'division_code', 'service_forms'])
    .where('id', '=', providerId)
    .executeTakeFirst();
}

/** The parent's waiting application for the same child at the provider, if any. */
export function sameWaitingApplication(
  trx: Db,
  a: { providerId: number; parentUserId: number; childName: string; birthDate: string },
) {
  return trx
    .selectFrom('applications')
    .select('id')
    .where('provider_id', '=', a.providerId)
    .where('parent_user_id', '=', a.parentUserId)
    .where('child_name', '=', a.childName)
    .where('birth_date', '=', a.birthDate)
    .where('status', '=', 'waiting')
    .executeTakeFirst();
}

export async function insertApplication(trx: Db, values: Insertable<ApplicationTable>): Promise<number> {
  const row = await trx.insertInto('applications').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** One application of the provider, every column. */
export function providerApplication(db: Db, providerId: number, id: number) {
  return db
    .selectFrom('applications')
    .selectAll()
    .where('id', '=', id)
    .where('provider_id', '=', providerId)
    .executeTakeFirst();
}

/** Decides a waiting application; false when it was no longer waiting. */
export async function decideApplication(
  trx: Db,
  id: number,
  decision:
    | { status: 'declined'; decline_reason: string; decided_at: string }
    | { status: 'accepted'; child_id: number; decided_at: string },
): Promise<boolean> {
  const res = await trx
    .updateTable('applications')
    .set(decision)
    .where('id', '=', id)
    .where('status', '=', 'waiting')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
