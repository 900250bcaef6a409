/** Kysely only: parents' links to register entries, found by number, birth date and guardian mobile. */
import type { Insertable } from 'kysely';
import type { Db } from '../../db';
import type { HealthChildLinkTable } from '../../db/schema';

export async function parentMobileHash(db: Db, userId: number) {
  const r = await db.selectFrom('users').select('mobile_hash').where('id', '=', userId).executeTakeFirst();
  return r?.mobile_hash ?? null;
}

/** The active child with this number hash and birth date, with its guardians' mobile hashes. */
export async function childByNumber(
  db: Db,
  column: 'birth_cert_hash' | 'resident_id_hash',
  hash: string,
  birthDate: string,
) {
  const child = await db
    .selectFrom('health_children')
    .select(['id', 'division_code'])
    .where(column, '=', hash)
    .where('birth_date', '=', birthDate)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (!child) return null;
  const guardians = await db
    .selectFrom('health_child_guardians')
    .select('mobile_hash')
    .where('child_id', '=', child.id)
    .execute();
  return { ...child, mobileHashes: guardians.map((g) => g.mobile_hash) };
}

export async function insertLink(trx: Db, row: Insertable<HealthChildLinkTable>) {
  await trx
    .insertInto('health_child_links')
    .values(row)
    .onConflict((oc) => oc.columns(['user_id', 'child_id']).doNothing())
    .execute();
}

export function linkedChildren(db: Db, userId: number) {
  return db
    .selectFrom('health_child_links as l')
    .innerJoin('health_children as c', 'c.id', 'l.child_id')
    .select(['c.id', 'c.name', 'c.sex', 'c.birth_date', 'c.division_code'])
    .where('l.user_id', '=', userId)
    .where('c.status', '=', 'active')
    .orderBy('c.birth_date', 'desc')
    .execute();
}
