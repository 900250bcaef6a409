/** SQL for accounts. Queries take the handle first and decide no policy. */
import type { Role, UserListQuery } from '@tuoyu/contracts';
import type { Kysely } from 'kysely';
import type { Database, NewUser, UserUpdate } from '../../db/schema';
import { divisionPrefix, inScope, type Scope } from '../../platform/scope';
import { anyContains } from '../../platform/sql';

type Q = Kysely<Database>;

const USER_COLUMNS = [
  'u.id',
  'u.username',
  'u.display_name',
  'u.mobile_enc',
  'u.role',
  'u.division_code',
  'd.name as division_name',
  'u.unit',
  'un.local_name as unit_local_name',
  'u.status',
  'u.locked_until',
  'u.last_login_at',
  'u.created_at',
  'u.must_change_password',
  'u.provider_id',
] as const;

function baseQuery(db: Q) {
  return db
    .selectFrom('users as u')
    .innerJoin('divisions as d', 'd.code', 'u.division_code')
    .leftJoin('units as un', 'un.code', 'u.unit');
}

export function findUserById(db: Q, id: number, scope?: Scope) {
  let q = baseQuery(db).select(USER_COLUMNS).where('u.id', '=', id);
  if (scope)
    q =
      scope.providerId !== null
        ? q.where('u.provider_id', '=', scope.providerId)
        : q.where(inScope(scope, 'u.division_code'));
  return q.executeTakeFirst();
}

export async function listUsers(db: Q, scope: Scope, f: UserListQuery) {
  // A provider's manager sees the accounts of its own provider; everyone else their division.
  let q =
    scope.providerId !== null
      ? baseQuery(db).where('u.provider_id', '=', scope.providerId)
      : baseQuery(db).where(inScope(scope, 'u.division_code'));
  if (f.divisionCode) q = q.where(inScope({ prefix: divisionPrefix(f.divisionCode) }, 'u.division_code'));
  if (f.role) q = q.where('u.role', '=', f.role);
  if (f.status) q = q.where('u.status', '=', f.status);
  if (f.q) q = q.where(anyContains(['u.username', 'u.display_name'], f.q));
  const [{ total } = { total: 0 }] = await q.select((eb) => eb.fn.countAll<number>().as('total')).execute();
  const items = await q
    .select(USER_COLUMNS)
    .orderBy('u.id')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  return { items, total: Number(total) };
}

export async function insertUser(db: Q, values: NewUser): Promise<number> {
  const row = await db.insertInto('users').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateUser(db: Q, id: number, values: UserUpdate) {
  await db.updateTable('users').set(values).where('id', '=', id).execute();
}

export async function usernameExists(db: Q, username: string) {
  const row = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
  return !!row;
}

export function countUsersByRole(db: Q, role: Role) {
  return db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', role)
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
}

/** Accounts with a mobile but no look-up hash yet (written before the hash existed). */
export async function usersWithoutMobileHash(db: Q) {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'mobile_enc'])
    .where('mobile_enc', 'is not', null)
    .where('mobile_hash', 'is', null)
    .execute();
  return rows.flatMap((r) => (r.mobile_enc ? [{ id: r.id, mobile_enc: r.mobile_enc }] : []));
}
