/** Kysely only: the staff register, the city-wide ban list and refused hires from the audit trail. */
import type { Insertable } from 'kysely';
import type { Db } from '../../db';
import type { BanTable, StaffTable } from '../../db/schema';
import { inScope, type Scope } from '../../platform/scope';

/** Staff still working at the provider. */
export function currentStaffRows(db: Db, providerId: number) {
  return db
    .selectFrom('staff')
    .selectAll()
    .where('provider_id', '=', providerId)
    .where('left_on', 'is', null)
    .orderBy('id')
    .execute();
}

export function banByHash(db: Db, residentIdHash: string) {
  return db
    .selectFrom('bans')
    .select(['id'])
    .where('resident_id_hash', '=', residentIdHash)
    .executeTakeFirst();
}

/** Where the person is employed now (one row per provider still employing them). */
export function currentEmployment(db: Db, residentIdHash: string) {
  return db
    .selectFrom('staff')
    .select(['provider_id'])
    .where('resident_id_hash', '=', residentIdHash)
    .where('left_on', 'is', null)
    .execute();
}

export function providerDivision(db: Db, providerId: number) {
  return db
    .selectFrom('providers')
    .select(['division_code'])
    .where('id', '=', providerId)
    .executeTakeFirstOrThrow();
}

export function insertStaffRow(trx: Db, values: Insertable<StaffTable>) {
  return trx.insertInto('staff').values(values).returning('id').executeTakeFirstOrThrow();
}

export function insertBan(trx: Db, values: Insertable<BanTable>) {
  return trx.insertInto('bans').values(values).returning('id').executeTakeFirstOrThrow();
}

/** The whole city's ban list, newest first. */
export function banRows(db: Db) {
  return db.selectFrom('bans').selectAll().orderBy('id', 'desc').execute();
}

/** Audited refusals of banned people in scope, newest first. */
export function refusedHireRows(db: Db, scope: Scope) {
  return db
    .selectFrom('audit_log')
    .select(['seq', 'at', 'actor_username', 'division_code', 'changes'])
    .where('action', '=', 'staff.hire_refused_banned')
    .where(inScope(scope, 'division_code'))
    .orderBy('seq', 'desc')
    .limit(200)
    .execute();
}
