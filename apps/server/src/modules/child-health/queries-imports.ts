/** Kysely only: the Excel imports' progress rows and the batched look-ups their checks need. */
import type { HealthImportKind } from '@tuoyu/contracts';
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db';
import type { HealthChildYearTable, HealthDueTable, HealthImportTable } from '../../db/schema-child-health';
import { inScope, type Scope } from '../../platform/scope';

const CHUNK = 500;

export async function insertImport(
  db: Db,
  kind: HealthImportKind,
  userId: number,
  total: number,
  at: string,
) {
  const r = await db
    .insertInto('health_imports')
    .values({ kind, user_id: userId, status: 'running', total, started_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export function updateImport(db: Db, id: number, set: Updateable<HealthImportTable>) {
  return db.updateTable('health_imports').set(set).where('id', '=', id).execute();
}

/** The import's row when this user started it (anyone else gets nothing: 404). */
export function ownImport(db: Db, id: number, userId: number) {
  return db
    .selectFrom('health_imports')
    .selectAll()
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/** Which of these birth-certificate / resident-ID hashes are on the register already (any scope). */
export async function registeredHashes(
  db: Db,
  column: 'birth_cert_hash' | 'resident_id_hash',
  hashes: string[],
) {
  const found = new Set<string>();
  for (let i = 0; i < hashes.length; i += CHUNK) {
    const rows = await db
      .selectFrom('health_children')
      .select(column)
      .where(column, 'in', hashes.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) if (r[column]) found.add(r[column] as string);
  }
  return found;
}

export interface ImportChild {
  id: number;
  sex: 'male' | 'female';
  birth_date: string;
  status: string;
  birth_cert_hash: string | null;
  resident_id_hash: string | null;
}

/** The children in scope with any of these hashes (birth certificate or resident ID). */
export async function scopedChildrenByHash(db: Db, scope: Scope, hashes: string[]) {
  const out: ImportChild[] = [];
  for (let i = 0; i < hashes.length; i += CHUNK) {
    const part = hashes.slice(i, i + CHUNK);
    const rows = await db
      .selectFrom('health_children')
      .select(['id', 'sex', 'birth_date', 'status', 'birth_cert_hash', 'resident_id_hash'])
      .where(inScope(scope, 'division_code'))
      .where((eb) => eb.or([eb('birth_cert_hash', 'in', part), eb('resident_id_hash', 'in', part)]))
      .execute();
    out.push(...rows);
  }
  return out;
}

/** New children's due dates and child-years, a chunk of rows per insert. */
export async function insertLedgerRows(
  trx: Db,
  dues: Insertable<HealthDueTable>[],
  years: Insertable<HealthChildYearTable>[],
) {
  for (let i = 0; i < dues.length; i += CHUNK)
    await trx
      .insertInto('health_dues')
      .values(dues.slice(i, i + CHUNK))
      .execute();
  for (let i = 0; i < years.length; i += CHUNK)
    await trx
      .insertInto('health_child_years')
      .values(years.slice(i, i + CHUNK))
      .execute();
}
