/** Kysely only: the child-health register, its check-ups and the work lists, always in scope. */
import type { HealthWorkList } from '@tuoyu/contracts';
import type { Insertable, SelectQueryBuilder } from 'kysely';
import type { Db } from '../../db';
import type { Database, HealthCheckupTable, HealthChildTable } from '../../db/schema';
import { inScope, type Scope } from '../../platform/scope';

export async function insertHealthChild(trx: Db, row: Insertable<HealthChildTable>, mobileHashes: string[]) {
  const { id } = await trx
    .insertInto('health_children')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  const hashes = [...new Set(mobileHashes)];
  if (hashes.length)
    await trx
      .insertInto('health_child_guardians')
      .values(hashes.map((mobile_hash) => ({ child_id: id, mobile_hash })))
      .execute();
  return id;
}

/** Registered children with this birth certificate or resident ID hash (the duplicate check). */
export function childrenWithNumber(db: Db, column: 'birth_cert_hash' | 'resident_id_hash', hash: string) {
  return db.selectFrom('health_children').select(['id']).where(column, '=', hash).execute();
}

/** A child inside the scope (404 otherwise), every column. */
export function scopedChild(db: Db, scope: Scope, id: number) {
  return db
    .selectFrom('health_children')
    .selectAll()
    .where('id', '=', id)
    .where(inScope(scope, 'division_code'))
    .executeTakeFirst();
}

export function township(db: Db, code: string) {
  return db
    .selectFrom('divisions')
    .select(['code', 'name'])
    .where('code', '=', code)
    .where('level', '=', 'township')
    .executeTakeFirst();
}

export async function divisionNames(db: Db, codes: string[]) {
  if (codes.length === 0) return new Map<string, string>();
  const rows = await db.selectFrom('divisions').select(['code', 'name']).where('code', 'in', codes).execute();
  return new Map(rows.map((r) => [r.code, r.name]));
}

export interface ListFilter {
  q?: string | undefined;
  division?: string | undefined;
  status?: string | undefined;
  list?: HealthWorkList | undefined;
  today: string;
  weekEnd: string;
  /** Births from this date on are newborns for the visit list. */
  newbornFrom: string;
  qHash?: string | undefined;
}

type ChildQuery = SelectQueryBuilder<Database, 'health_children', object>;

/** Children not done with a due date whose window is open (overdue: its due date passed). */
function withOpenDue(q: ChildQuery, f: ListFilter, overdue: boolean): ChildQuery {
  return q.where((eb) =>
    eb.exists(
      eb
        .selectFrom('health_dues as d')
        .select('d.child_id')
        .whereRef('d.child_id', '=', 'health_children.id')
        .where('d.checkup_id', 'is', null)
        .where('d.due_to', '>=', f.today)
        .where((e) =>
          overdue
            ? e('d.due_on', '<', f.today)
            : e.and([e('d.due_on', '>=', f.today), e('d.due_from', '<=', f.weekEnd)]),
        ),
    ),
  );
}

function filtered(db: Db, scope: Scope, f: ListFilter): ChildQuery {
  let q: ChildQuery = db.selectFrom('health_children').where(inScope(scope, 'division_code'));
  if (f.division) q = q.where(inScope({ prefix: f.division }, 'division_code'));
  if (f.status) q = q.where('status', '=', f.status as HealthChildTable['status']);
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb('name', 'like', like),
        ...(f.qHash ? [eb('birth_cert_hash', '=', f.qHash), eb('resident_id_hash', '=', f.qHash)] : []),
      ]),
    );
  }
  if (f.list === 'due_week') q = withOpenDue(q.where('status', '=', 'active'), f, false);
  if (f.list === 'overdue') q = withOpenDue(q.where('status', '=', 'active'), f, true);
  if (f.list === 'flagged') q = q.where('status', '=', 'active').where('flags', '<>', '');
  if (f.list === 'newborn_unvisited')
    q = q
      .where('status', '=', 'active')
      .where('newborn_visited', '=', 0)
      .where('birth_date', '>=', f.newbornFrom);
  return q;
}

const LIST_COLUMNS = [
  'id',
  'name',
  'sex',
  'birth_date',
  'division_code',
  'status',
  'birth_cert_masked',
  'resident_id_masked',
  'guardians_masked',
  'flags',
  'last_checkup_on',
  'newborn_visited',
  'fd_valid_until',
] as const;

export async function childPage(db: Db, scope: Scope, f: ListFilter, limit: number, offset: number) {
  const q = filtered(db, scope, f);
  const [{ n } = { n: 0 }] = await q.select((eb) => eb.fn.countAll<number>().as('n')).execute();
  const rows = await q
    .select([...LIST_COLUMNS])
    .orderBy('birth_date', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return { rows, total: Number(n) };
}

export async function countList(db: Db, scope: Scope, f: ListFilter) {
  const [{ n } = { n: 0 }] = await filtered(db, scope, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .execute();
  return Number(n);
}

/** The first due entry of each child not done and whose window has not closed. */
export async function nextDues(db: Db, childIds: number[], today: string) {
  if (childIds.length === 0) return [];
  return db
    .selectFrom('health_dues')
    .select(['child_id', 'age_months', 'due_on', 'due_from', 'due_to'])
    .where('child_id', 'in', childIds)
    .where('checkup_id', 'is', null)
    .where('due_to', '>=', today)
    .orderBy('child_id')
    .orderBy('age_months')
    .execute();
}

export function dueRows(db: Db, childId: number) {
  return db
    .selectFrom('health_dues')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('age_months')
    .execute();
}

export function checkupRows(db: Db, childId: number) {
  return db
    .selectFrom('health_checkups')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('date')
    .orderBy('id')
    .execute();
}

export async function insertCheckup(trx: Db, row: Insertable<HealthCheckupTable>) {
  const r = await trx.insertInto('health_checkups').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export function updateHealthChild(trx: Db, id: number, set: Partial<Insertable<HealthChildTable>>) {
  return trx.updateTable('health_children').set(set).where('id', '=', id).execute();
}

/** The provider a child is enrolled with now, found by resident ID hash. */
export function enrolmentOf(db: Db, residentIdHash: string) {
  return db
    .selectFrom('children as c')
    .innerJoin('providers as p', 'p.id', 'c.provider_id')
    .select(['p.name'])
    .where('c.resident_id_hash', '=', residentIdHash)
    .where('c.left_on', 'is', null)
    .executeTakeFirst();
}

/** Whether each enrolled child's register entry has a due date passed without a check-up. */
export async function lateByResident(db: Db, residentIdHashes: string[], today: string) {
  if (residentIdHashes.length === 0) return new Map<string, boolean>();
  const rows = await db
    .selectFrom('health_children as h')
    .leftJoin('health_dues as d', (j) =>
      j
        .onRef('d.child_id', '=', 'h.id')
        .on('d.checkup_id', 'is', null)
        .on('d.due_on', '<', today)
        .on('d.age_months', '<=', 30),
    )
    .select(['h.resident_id_hash', (eb) => eb.fn.count<number>('d.child_id').as('late')])
    .where('h.resident_id_hash', 'in', residentIdHashes)
    .where('h.status', '=', 'active')
    .groupBy('h.resident_id_hash')
    .execute();
  return new Map(rows.map((r) => [r.resident_id_hash as string, Number(r.late) > 0]));
}
