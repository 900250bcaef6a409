/** Kysely only: classes, enrolled children (stored encrypted and masked) and the public enrolled count. */
import { type Insertable, sql } from 'kysely';
import type { Db } from '../../db';
import type { ChildTable, ClassTable } from '../../db/schema';
import { inScope, type Scope } from '../../platform/scope';

/** The provider's classes with how many children are enrolled in each now. */
export function classRows(db: Db, providerId: number) {
  return db
    .selectFrom('classes as c')
    .leftJoin('children as ch', (j) => j.onRef('ch.class_id', '=', 'c.id').on('ch.left_on', 'is', null))
    .select([
      'c.id',
      'c.type',
      'c.name',
      'c.capacity',
      'c.room',
      (eb) => eb.fn.count<number>('ch.id').as('enrolled'),
    ])
    .where('c.provider_id', '=', providerId)
    .groupBy(['c.id', 'c.type', 'c.name', 'c.capacity', 'c.room'])
    .orderBy('c.id')
    .execute();
}

export async function insertClasses(db: Db, values: Insertable<ClassTable>[]): Promise<number[]> {
  const rows = await db.insertInto('classes').values(values).returning('id').execute();
  return rows.map((r) => r.id);
}

export function hasClasses(db: Db, providerId: number) {
  return db.selectFrom('classes').select('id').where('provider_id', '=', providerId).executeTakeFirst();
}

export function providerClass(db: Db, providerId: number, classId: number) {
  return db
    .selectFrom('classes')
    .selectAll()
    .where('id', '=', classId)
    .where('provider_id', '=', providerId)
    .executeTakeFirst();
}

/** Sets the provider's public enrolled figure to its active children (vacancies = capacity − enrolled). */
export async function refreshEnrolled(db: Db, providerId: number) {
  await db
    .updateTable('providers')
    .set({
      enrolled: sql<number>`(select count(*) from children where provider_id = ${providerId} and left_on is null)`,
    })
    .where('id', '=', providerId)
    .execute();
}

export function providerDivision(db: Db, providerId: number) {
  return db
    .selectFrom('providers')
    .select(['division_code'])
    .where('id', '=', providerId)
    .executeTakeFirstOrThrow();
}

/** Where a child with this ID-number hash is enrolled now (any provider). */
export function enrolmentsOfResident(trx: Db, residentIdHash: string) {
  return trx
    .selectFrom('children')
    .select(['id', 'provider_id'])
    .where('resident_id_hash', '=', residentIdHash)
    .where('left_on', 'is', null)
    .execute();
}

export async function countInClass(trx: Db, classId: number): Promise<number> {
  const r = await trx
    .selectFrom('children')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('class_id', '=', classId)
    .where('left_on', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function insertChild(trx: Db, values: Insertable<ChildTable>): Promise<number> {
  const row = await trx.insertInto('children').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** The masked columns every list shows. */
const CHILD_COLUMNS = [
  'ch.id',
  'ch.name',
  'ch.resident_id_masked',
  'ch.birth_date',
  'ch.sex',
  'ch.class_id',
  'c.name as class_name',
  'ch.guardians_masked',
  'ch.enrolled_on',
  'ch.left_on',
  'ch.duplicate_flag',
] as const;

/** Children visible in the scope: the own provider's, or those in the divisions. */
function childrenInScope(db: Db, scope: Scope) {
  const q = db.selectFrom('children as ch').innerJoin('classes as c', 'c.id', 'ch.class_id');
  return scope.providerId !== null
    ? q.where('ch.provider_id', '=', scope.providerId)
    : q.where(inScope(scope, 'ch.division_code'));
}

/** One page of the children in scope (masked) and how many there are. */
export async function childPage(
  db: Db,
  scope: Scope,
  f: { page: number; pageSize: number; classId?: number | undefined; current?: boolean | undefined },
) {
  let q = childrenInScope(db, scope);
  if (f.classId) q = q.where('ch.class_id', '=', f.classId);
  if (f.current !== false) q = q.where('ch.left_on', 'is', null);
  const [{ n } = { n: 0 }] = await q.select((eb) => eb.fn.countAll<number>().as('n')).execute();
  const rows = await q
    .select(CHILD_COLUMNS)
    .orderBy('ch.id')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  return { rows, total: Number(n) };
}

/** A child in scope with the encrypted columns as well. */
export function fullChild(db: Db, scope: Scope, id: number) {
  return childrenInScope(db, scope)
    .select([
      ...CHILD_COLUMNS,
      'ch.resident_id_enc',
      'ch.resident_id_hash',
      'ch.guardians_enc',
      'ch.vaccination_up_to_date',
      'ch.entry_exam_date',
      'ch.leave_reason',
      'ch.division_code',
    ])
    .where('ch.id', '=', id)
    .executeTakeFirst();
}

export function providerChild(db: Db, providerId: number, id: number) {
  return db
    .selectFrom('children')
    .select(['id', 'left_on', 'enrolled_on', 'division_code'])
    .where('id', '=', id)
    .where('provider_id', '=', providerId)
    .executeTakeFirst();
}

export async function markLeft(trx: Db, id: number, leftOn: string, reason: string) {
  await trx
    .updateTable('children')
    .set({ left_on: leftOn, leave_reason: reason })
    .where('id', '=', id)
    .execute();
}
