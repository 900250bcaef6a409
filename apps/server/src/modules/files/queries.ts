/** All SQL of uploaded files: the file rows and their content pieces (`file_chunks`). */
import type { Insertable } from 'kysely';
import type { Db } from '../../db';
import type { Database } from '../../db/schema';
import { inScope, type Scope } from '../../platform/scope';

export const providerDivision = (db: Db, providerId: number) =>
  db.selectFrom('providers').select(['division_code']).where('id', '=', providerId).executeTakeFirst();

export const insertFile = (db: Db, values: Insertable<Database['files']>) =>
  db.insertInto('files').values(values).returning('id').executeTakeFirstOrThrow();

/** One file, if the scope may read it: own provider, township (9 digits) or division prefix. */
export function visibleFile(db: Db, scope: Scope, id: number) {
  let q = db
    .selectFrom('files as f')
    .innerJoin('providers as p', 'p.id', 'f.provider_id')
    .selectAll('f')
    .where('f.id', '=', id);
  if (scope.providerId !== null) q = q.where('f.provider_id', '=', scope.providerId);
  // A township officer sees the documents of providers sited in its township.
  else if (scope.prefix.length === 9) q = q.where('p.township_code', '=', scope.prefix);
  else q = q.where(inScope(scope, 'f.division_code'));
  return q.executeTakeFirst();
}

export const insertChunk = (db: Db, key: string, seq: number, data: Buffer) =>
  db.insertInto('file_chunks').values({ storage_key: key, seq, data }).execute();

export const chunk = (db: Db, key: string, seq: number) =>
  db
    .selectFrom('file_chunks')
    .select('data')
    .where('storage_key', '=', key)
    .where('seq', '=', seq)
    .executeTakeFirst();

/** Keys of file rows whose content is not in the database yet (an older version kept it on disk). */
export const keysWithoutContent = (db: Db) =>
  db
    .selectFrom('files as f')
    .select('f.storage_key')
    .distinct()
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('file_chunks as c').select('c.seq').whereRef('c.storage_key', '=', 'f.storage_key'),
        ),
      ),
    )
    .execute();
