/** Kysely only: blacklist entries, credit records, the person ban list as published. */
import type { CreditRecordQuery } from '@tuoyu/contracts';
import { type Insertable, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Db } from '../../db';
import type { BlacklistTable, CreditRecordTable } from '../../db/schema-credit';
import { inScope, type Scope } from '../../platform/scope';

/** Blacklist entries with their provider's name, credit code and county; callers add the filter. */
export function blacklistQuery(db: Db) {
  return db
    .selectFrom('blacklist as b')
    .innerJoin('providers as p', 'p.id', 'b.provider_id')
    .innerJoin('divisions as d', 'd.code', 'p.division_code')
    .select([
      'b.id',
      'b.provider_id',
      'p.name as provider_name',
      'p.credit_code',
      'd.name as division_name',
      'b.division_code',
      'b.decision',
      'b.legal_basis',
      'b.decided_on',
      'b.deciding_unit',
      'b.document_number',
      'b.created_at',
      'b.removed_at',
      'b.remove_reason',
    ]);
}
export type BlacklistRow = Awaited<ReturnType<ReturnType<typeof blacklistQuery>['execute']>>[number];

export function providerDivisionAndName(db: Db, providerId: number) {
  return db
    .selectFrom('providers')
    .select(['division_code', 'name'])
    .where('id', '=', providerId)
    .executeTakeFirstOrThrow();
}

/** The provider's entry still on the blacklist, if any. */
export function currentBlacklisting(trx: Db, providerId: number) {
  return trx
    .selectFrom('blacklist')
    .select('id')
    .where('provider_id', '=', providerId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
}

export async function insertBlacklisting(trx: Db, values: Insertable<BlacklistTable>): Promise<number> {
  const row = await trx.insertInto('blacklist').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function markRemoved(trx: Db, id: number, r: { at: string; by: number; reason: string }) {
  await trx
    .updateTable('blacklist')
    .set({ removed_at: r.at, removed_by: r.by, remove_reason: r.reason })
    .where('id', '=', id)
    .execute();
}

/** Credit records in scope (provider users: their own provider's), filtered. */
export function creditQuery(db: Db, scope: Scope, f: Partial<CreditRecordQuery>) {
  let q = db
    .selectFrom('credit_records as c')
    .innerJoin('providers as p', 'p.id', 'c.provider_id')
    .innerJoin('divisions as d', 'd.code', 'c.division_code')
    .leftJoin('staff as s', 's.id', 'c.staff_id');
  if (scope.providerId !== null) q = q.where('c.provider_id', '=', scope.providerId);
  else q = q.where(inScope(scope, scope.prefix.length === 9 ? 'p.township_code' : 'c.division_code'));
  if (f.kind) q = q.where('c.kind', '=', f.kind);
  if (f.subjectType) q = q.where('c.subject_type', '=', f.subjectType);
  if (f.providerId) q = q.where('c.provider_id', '=', f.providerId);
  return q;
}

/** One page of credit records in scope, newest decision first, and how many there are. */
export async function creditPage(db: Db, scope: Scope, f: CreditRecordQuery) {
  const q = creditQuery(db, scope, f);
  const [count, rows] = await Promise.all([
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    q
      .select([
        'c.id',
        'c.subject_type',
        'c.provider_id',
        'p.name as provider_name',
        'c.staff_id',
        's.name as staff_name',
        'd.name as division_name',
        'c.kind',
        'c.title',
        'c.basis',
        'c.decided_on',
        'c.expires_on',
      ])
      .orderBy('c.decided_on', 'desc')
      .orderBy('c.id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
  ]);
  return { rows, total: Number(count?.n ?? 0) };
}

export function staffProvider(db: Db, staffId: number) {
  return db.selectFrom('staff').select(['provider_id']).where('id', '=', staffId).executeTakeFirst();
}

export function providerDivision(db: Db, providerId: number) {
  return db
    .selectFrom('providers')
    .select('division_code')
    .where('id', '=', providerId)
    .executeTakeFirstOrThrow();
}

export async function insertCreditRecord(trx: Db, values: Insertable<CreditRecordTable>): Promise<number> {
  const row = await trx.insertInto('credit_records').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Persons under ban as published: never the encrypted or hashed number, only the masked one. */
export function publishedBans(db: Db) {
  return db
    .selectFrom('bans')
    .select(['name', 'resident_id_masked', 'reason', 'legal_basis', 'decided_on'])
    .orderBy('decided_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** The current blacklisting of a listed provider. */
export function publicBlacklistingRow(db: Db, providerId: number) {
  return db
    .selectFrom('blacklist as b')
    .innerJoin('providers as p', 'p.id', 'b.provider_id')
    .select(['b.decision', 'b.legal_basis', 'b.decided_on', 'b.deciding_unit', 'b.document_number'])
    .where('b.provider_id', '=', providerId)
    .where('b.removed_at', 'is', null)
    .where('p.public', '=', 1)
    .executeTakeFirst();
}

export function staffOfProvider(db: Db, providerId: number) {
  return db
    .selectFrom('staff')
    .select(['id', 'name', 'role', 'resident_id_masked'])
    .where('provider_id', '=', providerId)
    .orderBy('left_on', 'desc')
    .orderBy('id')
    .execute();
}

/** SQL: the provider in `column` has no current (unremoved) blacklisting. */
export const notBlacklisted = (column: string): RawBuilder<SqlBool> =>
  sql<SqlBool>`not exists (select 1 from blacklist b where b.provider_id = ${sql.ref(column)} and b.removed_at is null)`;

/** Whether the provider is on the blacklist now. */
export async function isBlacklisted(db: Db, providerId: number): Promise<boolean> {
  const row = await db
    .selectFrom('blacklist')
    .select('id')
    .where('provider_id', '=', providerId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}
