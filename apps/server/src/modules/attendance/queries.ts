/** Kysely only: check-ins and check-outs, who is present, and ratio breaches. */
import type { Insertable } from 'kysely';
import type { Db } from '../../db';
import type { RatioBreachTable } from '../../db/schema';
import { inScope, type Scope } from '../../platform/scope';

export function providerClass(db: Db, providerId: number, classId: number) {
  return db
    .selectFrom('classes')
    .select(['id'])
    .where('id', '=', classId)
    .where('provider_id', '=', providerId)
    .executeTakeFirst();
}

/** A child enrolled (not left) at the provider. */
export function enrolledChild(db: Db, providerId: number, id: number) {
  return db
    .selectFrom('children')
    .select(['class_id'])
    .where('id', '=', id)
    .where('provider_id', '=', providerId)
    .where('left_on', 'is', null)
    .executeTakeFirst();
}

/** A staff member still working at the provider. */
export function currentStaff(db: Db, providerId: number, id: number) {
  return db
    .selectFrom('staff')
    .select(['id'])
    .where('id', '=', id)
    .where('provider_id', '=', providerId)
    .where('left_on', 'is', null)
    .executeTakeFirst();
}

/** The subject's check-in of the day not yet checked out. */
export function openAttendance(trx: Db, subject: 'child' | 'staff', subjectId: number, day: string) {
  return trx
    .selectFrom('attendance')
    .select(['id', 'class_id'])
    .where('subject', '=', subject)
    .where('subject_id', '=', subjectId)
    .where('day', '=', day)
    .where('out_at', 'is', null)
    .executeTakeFirst();
}

export async function checkIn(
  trx: Db,
  a: {
    providerId: number;
    classId: number;
    subject: 'child' | 'staff';
    subjectId: number;
    day: string;
    at: string;
  },
) {
  await trx
    .insertInto('attendance')
    .values({
      provider_id: a.providerId,
      class_id: a.classId,
      subject: a.subject,
      subject_id: a.subjectId,
      day: a.day,
      in_at: a.at,
      out_at: null,
    })
    .execute();
}

export async function checkOut(trx: Db, attendanceId: number, at: string) {
  await trx.updateTable('attendance').set({ out_at: at }).where('id', '=', attendanceId).execute();
}

/** Everyone checked in and not out at the provider on the day. */
export function presentRows(db: Db, providerId: number, day: string) {
  return db
    .selectFrom('attendance')
    .select(['subject', 'subject_id', 'class_id', 'in_at'])
    .where('provider_id', '=', providerId)
    .where('day', '=', day)
    .where('out_at', 'is', null)
    .execute();
}

export function providerClasses(db: Db, providerId: number) {
  return db
    .selectFrom('classes')
    .select(['id', 'name', 'type'])
    .where('provider_id', '=', providerId)
    .orderBy('id')
    .execute();
}

/** Who is present per class, with a staff member's role and last health exam. */
export function presentWithStaff(db: Db, providerId: number, day: string) {
  return db
    .selectFrom('attendance as a')
    .leftJoin('staff as s', (j) => j.onRef('s.id', '=', 'a.subject_id').on('a.subject', '=', 'staff'))
    .select(['a.class_id', 'a.subject', 's.role', 's.health_exam_date'])
    .where('a.provider_id', '=', providerId)
    .where('a.day', '=', day)
    .where('a.out_at', 'is', null)
    .execute();
}

export function openBreachOfClass(db: Db, classId: number) {
  return db
    .selectFrom('ratio_breaches')
    .select('id')
    .where('class_id', '=', classId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
}

export function openBreachesOfProvider(db: Db, providerId: number) {
  return db
    .selectFrom('ratio_breaches')
    .select(['class_id', 'started_at'])
    .where('provider_id', '=', providerId)
    .where('ended_at', 'is', null)
    .execute();
}

export function providerDivision(db: Db, providerId: number) {
  return db
    .selectFrom('providers')
    .select('division_code')
    .where('id', '=', providerId)
    .executeTakeFirstOrThrow();
}

export async function insertBreach(db: Db, values: Insertable<RatioBreachTable>) {
  await db.insertInto('ratio_breaches').values(values).execute();
}

export async function endBreach(db: Db, id: number, at: string) {
  await db.updateTable('ratio_breaches').set({ ended_at: at }).where('id', '=', id).execute();
}

/** Breaches in scope (one provider's, or the divisions'), newest first. */
export function breachRows(db: Db, scope: Scope) {
  let q = db
    .selectFrom('ratio_breaches as b')
    .innerJoin('providers as p', 'p.id', 'b.provider_id')
    .innerJoin('classes as c', 'c.id', 'b.class_id')
    .select([
      'b.id',
      'b.provider_id',
      'p.name as provider_name',
      'c.name as class_name',
      'c.type',
      'b.started_at',
      'b.ended_at',
      'b.children_present',
      'b.carers_present',
    ]);
  q =
    scope.providerId !== null
      ? q.where('b.provider_id', '=', scope.providerId)
      : q.where(inScope(scope, 'b.division_code'));
  return q.orderBy('b.id', 'desc').limit(200).execute();
}
