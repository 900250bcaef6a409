/**
 * Kysely only: the account rows a login and an own password change read and write. Sessions and
 * failed-attempt counts are platform/auth's (sessions.ts, throttle.ts); account administration is
 * users/queries.ts.
 */
import type { Db } from '../../db';

export function accountByUsername(db: Db, username: string) {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export function accountById(db: Db, id: number) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A successful login ends any lock and stamps the time. */
export async function recordLogin(trx: Db, id: number, at: string) {
  await trx
    .updateTable('users')
    .set({ locked_until: null, last_login_at: at })
    .where('id', '=', id)
    .execute();
}

/** The new hash, which also settles a pending forced change. */
export async function setOwnPassword(trx: Db, id: number, passwordHash: string, at: string) {
  await trx
    .updateTable('users')
    .set({ password_hash: passwordHash, must_change_password: 0, password_changed_at: at, updated_at: at })
    .where('id', '=', id)
    .execute();
}
