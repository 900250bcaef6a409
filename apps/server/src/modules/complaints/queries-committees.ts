/** Kysely only: parent committees and their members (the cases' queries are in queries.ts). */
import type { Insertable } from 'kysely';
import type { Db } from '../../db';
import type { CommitteeMemberTable, ParentCommitteeTable } from '../../db/schema-complaints';

/** The committee of the provider that the user is an active member of, if any. */
export function membershipCommittee(db: Db, userId: number, providerId: number) {
  return db
    .selectFrom('committee_members as m')
    .innerJoin('parent_committees as pc', 'pc.id', 'm.committee_id')
    .select(['pc.id'])
    .where('m.user_id', '=', userId)
    .where('m.removed_at', 'is', null)
    .where('pc.provider_id', '=', providerId)
    .executeTakeFirst();
}

/** The provider's committee with the provider's name. */
export function committeeWithProvider(db: Db, providerId: number) {
  return db
    .selectFrom('parent_committees as pc')
    .innerJoin('providers as p', 'p.id', 'pc.provider_id')
    .select(['pc.id', 'pc.provider_id', 'p.name as provider_name', 'pc.name', 'pc.created_at'])
    .where('pc.provider_id', '=', providerId)
    .executeTakeFirst();
}

/** The committee's current members, in the order they joined. */
export function currentMembers(db: Db, committeeId: number) {
  return db
    .selectFrom('committee_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.user_id', 'u.display_name', 'u.mobile_enc', 'm.added_at'])
    .where('m.committee_id', '=', committeeId)
    .where('m.removed_at', 'is', null)
    .orderBy('m.id')
    .execute();
}

/** The provider's committee id with the provider's division (for the audit entry). */
export function committeeDivision(db: Db, providerId: number) {
  return db
    .selectFrom('parent_committees as pc')
    .innerJoin('providers as p', 'p.id', 'pc.provider_id')
    .select(['pc.id', 'p.division_code'])
    .where('pc.provider_id', '=', providerId)
    .executeTakeFirst();
}

export function providerNameDivision(db: Db, providerId: number) {
  return db
    .selectFrom('providers')
    .select(['name', 'division_code'])
    .where('id', '=', providerId)
    .executeTakeFirstOrThrow();
}

export async function hasCommittee(db: Db, providerId: number) {
  return !!(await db
    .selectFrom('parent_committees')
    .select('id')
    .where('provider_id', '=', providerId)
    .executeTakeFirst());
}

export async function insertCommittee(trx: Db, values: Insertable<ParentCommitteeTable>): Promise<number> {
  const row = await trx
    .insertInto('parent_committees')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The active parent account whose mobile has this keyed hash. */
export function activeParentByMobileHash(db: Db, mobileHash: string) {
  return db
    .selectFrom('users')
    .select(['id'])
    .where('role', '=', 'parent')
    .where('status', '=', 'active')
    .where('mobile_hash', '=', mobileHash)
    .executeTakeFirst();
}

export async function isCurrentMember(db: Db, committeeId: number, userId: number) {
  return !!(await db
    .selectFrom('committee_members')
    .select('id')
    .where('committee_id', '=', committeeId)
    .where('user_id', '=', userId)
    .where('removed_at', 'is', null)
    .executeTakeFirst());
}

export async function insertMember(trx: Db, values: Insertable<CommitteeMemberTable>) {
  await trx.insertInto('committee_members').values(values).execute();
}

/** Ends the user's current membership; false when there was none. */
export async function endMembership(trx: Db, committeeId: number, userId: number, at: string) {
  const done = await trx
    .updateTable('committee_members')
    .set({ removed_at: at })
    .where('committee_id', '=', committeeId)
    .where('user_id', '=', userId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return Number(done.numUpdatedRows) > 0;
}

/** The committees the user is a current member of, with their providers' names. */
export function committeesOfMember(db: Db, userId: number) {
  return db
    .selectFrom('committee_members as m')
    .innerJoin('parent_committees as pc', 'pc.id', 'm.committee_id')
    .innerJoin('providers as p', 'p.id', 'pc.provider_id')
    .select(['pc.id', 'pc.provider_id', 'p.name as provider_name', 'pc.name'])
    .where('m.user_id', '=', userId)
    .where('m.removed_at', 'is', null)
    .orderBy('pc.id')
    .execute();
}
