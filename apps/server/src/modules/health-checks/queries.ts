/** Kysely only: daily health checks, their per-class figures, and the notifications they raise. */
import type { HealthCheckSession } from '@tuoyu/domain';
import type { Insertable } from 'kysely';
import type { Db } from '../../db';
import type { HealthCheckTable, NotificationTable } from '../../db/schema';

/** A child enrolled (not left) at the provider, with what a check and its notification need. */
export function enrolledChild(db: Db, providerId: number, childId: number) {
  return db
    .selectFrom('children')
    .select(['id', 'name', 'class_id', 'division_code', 'guardians_enc'])
    .where('id', '=', childId)
    .where('provider_id', '=', providerId)
    .where('left_on', 'is', null)
    .executeTakeFirst();
}

export function checkOfSession(trx: Db, childId: number, day: string, session: HealthCheckSession) {
  return trx
    .selectFrom('health_checks')
    .select('id')
    .where('child_id', '=', childId)
    .where('day', '=', day)
    .where('session', '=', session)
    .executeTakeFirst();
}

export function insertHealthCheck(trx: Db, values: Insertable<HealthCheckTable>) {
  return trx.insertInto('health_checks').values(values).returning('id').executeTakeFirstOrThrow();
}

export function insertNotification(trx: Db, values: Insertable<NotificationTable>) {
  return trx.insertInto('notifications').values(values).returning('id').executeTakeFirstOrThrow();
}

/** Active parent accounts whose mobile number has one of these keyed hashes. */
export function parentsByMobileHash(trx: Db, mobileHashes: string[]) {
  return trx
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'parent')
    .where('status', '=', 'active')
    .where('mobile_hash', 'in', mobileHashes)
    .execute();
}

export function providerClasses(db: Db, providerId: number) {
  return db
    .selectFrom('classes')
    .select(['id', 'name'])
    .where('provider_id', '=', providerId)
    .orderBy('id')
    .execute();
}

/** Children present on the day, per class (each child counted once). */
export function childrenPresentPerClass(db: Db, providerId: number, day: string) {
  return db
    .selectFrom('attendance')
    .select(['class_id', (eb) => eb.fn.count<number>('subject_id').distinct().as('n')])
    .where('provider_id', '=', providerId)
    .where('day', '=', day)
    .where('subject', '=', 'child')
    .groupBy('class_id')
    .execute();
}

/** The day's checks counted per class, session and result. */
export function checkCounts(db: Db, providerId: number, day: string) {
  return db
    .selectFrom('health_checks')
    .select(['class_id', 'session', 'result', (eb) => eb.fn.countAll<number>().as('n')])
    .where('provider_id', '=', providerId)
    .where('day', '=', day)
    .groupBy(['class_id', 'session', 'result'])
    .execute();
}

/** A child of the provider, left or not. */
export function providerChild(db: Db, providerId: number, childId: number) {
  return db
    .selectFrom('children')
    .select('id')
    .where('id', '=', childId)
    .where('provider_id', '=', providerId)
    .executeTakeFirst();
}

export function childNotificationRows(db: Db, providerId: number, childId: number) {
  return db
    .selectFrom('notifications')
    .select(['id', 'child_id', 'kind', 'title', 'body', 'created_at', 'read_at'])
    .where('child_id', '=', childId)
    .where('provider_id', '=', providerId)
    .orderBy('id', 'desc')
    .limit(200)
    .execute();
}

export function userNotificationRows(db: Db, userId: number) {
  return (
    db
      .selectFrom('notifications as n')
      // Child-health reminders come from no provider (issue 11).
      .leftJoin('providers as p', 'p.id', 'n.provider_id')
      .select(['n.id', 'n.kind', 'n.title', 'n.body', 'n.created_at', 'n.read_at', 'p.name as provider_name'])
      .where('n.user_id', '=', userId)
      .orderBy('n.id', 'desc')
      .limit(100)
      .execute()
  );
}

export function userNotification(db: Db, userId: number, id: number) {
  return db
    .selectFrom('notifications')
    .select(['id', 'read_at'])
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function markRead(db: Db, id: number, at: string) {
  await db.updateTable('notifications').set({ read_at: at }).where('id', '=', id).execute();
}
