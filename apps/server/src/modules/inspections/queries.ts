/**
 * Kysely only: the queries of inspections (their findings' in queries-findings.ts). Who sees which
 * inspection is decided here, in one place (SPEC §2): assigned inspectors their own; county and
 * city regulators everything in their division (and their own assignments); township officers,
 * read-only, the inspections of providers sited in their township, except a drawn check not yet
 * recorded while its draw is unrevealed (双随机: unannounced until then); provider users their own
 * provider's inspections once submitted (never a draft). Anything else is 404.
 */
import type { InspectionListQuery } from '@tuoyu/contracts';
import {
  type ExpressionBuilder,
  type Insertable,
  type SelectQueryBuilder,
  sql,
  type Updateable,
} from 'kysely';
import type { Db } from '../../db';
import type { Database } from '../../db/schema';
import type { InspectionTable } from '../../db/schema-supervision';
import type { SessionUser } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { inScope, scopeOf } from '../../platform/scope';
import { todayInBeijing } from '../../platform/time';

type From = Database & { i: Database['inspections']; p: Database['providers'] };

const assignedTo = (eb: ExpressionBuilder<From, 'i'>, userId: number) =>
  eb(
    'i.id',
    'in',
    eb.selectFrom('inspection_inspectors').select('inspection_id').where('user_id', '=', userId),
  );

/**
 * A check created by a draw whose selection is still secret, and not yet recorded. (`plan_id is
 * not null` first: an `in` over null would make the whole test unknown and hide every campaign.)
 */
const secretDrawn = (eb: ExpressionBuilder<From, 'i'>) =>
  eb.and([
    eb('i.status', '=', 'assigned'),
    eb('i.plan_id', 'is not', null),
    eb('i.plan_id', 'in', eb.selectFrom('inspection_plans').select('id').where('revealed_at', 'is', null)),
  ]);

/** Adds the caller's visibility to a query over `inspections as i` joined with `providers as p`. */
export function whereVisible<O>(
  q: SelectQueryBuilder<From, 'i' | 'p', O>,
  caller: SessionUser,
): SelectQueryBuilder<From, 'i' | 'p', O> {
  const scope = scopeOf(caller);
  if (caller.providerId !== null)
    return q.where('i.provider_id', '=', caller.providerId).where('i.status', '!=', 'assigned');
  switch (caller.role) {
    case 'county_regulator':
    case 'city_regulator':
      return q.where((eb) => eb.or([inScope(scope, 'i.division_code'), assignedTo(eb, caller.id)]));
    case 'township_officer':
      return q.where('p.township_code', '=', scope.prefix).where((eb) => eb.not(secretDrawn(eb)));
    case 'department_officer':
      return q.where((eb) => assignedTo(eb, caller.id));
    default:
      return q.where(sql<boolean>`1 = 0`);
  }
}

export const inspectionsFrom = (db: Db) =>
  db.selectFrom('inspections as i').innerJoin('providers as p', 'p.id', 'i.provider_id');

/** The inspection as the caller may see it, or 404. */
export async function visibleInspection(db: Db, caller: SessionUser, id: number) {
  const row = await whereVisible(inspectionsFrom(db).selectAll('i').select('p.name as provider_name'), caller)
    .where('i.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

export async function isAssigned(db: Db, inspectionId: number, userId: number): Promise<boolean> {
  const r = await db
    .selectFrom('inspection_inspectors')
    .select('user_id')
    .where('inspection_id', '=', inspectionId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return !!r;
}

function filtered(
  db: Db,
  caller: SessionUser,
  f: Omit<InspectionListQuery, 'page' | 'pageSize'>,
  onlyId?: number,
) {
  const today = todayInBeijing();
  let q = whereVisible(inspectionsFrom(db), caller);
  if (onlyId !== undefined) q = q.where('i.id', '=', onlyId);
  if (f.status) q = q.where('i.status', '=', f.status);
  if (f.kind) q = q.where('i.kind', '=', f.kind);
  if (f.planId) q = q.where('i.plan_id', '=', f.planId);
  if (f.providerId) q = q.where('i.provider_id', '=', f.providerId);
  if (f.overdue !== undefined) {
    const late = sql<boolean>`((i.status = 'assigned' and i.due_by < ${today}) or exists (
      select 1 from inspection_findings f
      where f.inspection_id = i.id and f.status = 'open' and f.deadline < ${today}))`;
    q = f.overdue ? q.where(late) : q.where(sql<boolean>`not ${late}`);
  }
  return q;
}

/** A page of the caller's inspections (or one of them, by onlyId), with the list's joined names. */
export async function inspectionPage(db: Db, caller: SessionUser, f: InspectionListQuery, onlyId?: number) {
  const base = filtered(db, caller, f, onlyId);
  const [count, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base
      .innerJoin('divisions as d', 'd.code', 'i.division_code')
      .innerJoin('checklists as c', 'c.id', 'i.checklist_id')
      .selectAll('i')
      .select(['p.name as provider_name', 'd.name as division_name', 'c.name as checklist_name'])
      .orderBy('i.id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
  ]);
  return { rows, total: Number(count.n) };
}

/** The inspectors' names and the failed findings of some inspections, for their list figures. */
export async function listFigures(db: Db, ids: number[]) {
  if (!ids.length) return { inspectors: [], failed: [] };
  const [inspectors, failed] = await Promise.all([
    db
      .selectFrom('inspection_inspectors as x')
      .innerJoin('users as u', 'u.id', 'x.user_id')
      .select(['x.inspection_id', 'u.display_name'])
      .where('x.inspection_id', 'in', ids)
      .orderBy('u.id')
      .execute(),
    db
      .selectFrom('inspection_findings')
      .select(['inspection_id', 'status', 'deadline'])
      .where('inspection_id', 'in', ids)
      .where('status', 'is not', null)
      .execute(),
  ]);
  return { inspectors, failed };
}

export const checklistOf = (db: Db, id: number) =>
  db
    .selectFrom('checklists')
    .select(['id', 'code', 'version', 'name', 'status'])
    .where('id', '=', id)
    .executeTakeFirst();

export const checklistItems = (db: Db, checklistId: number) =>
  db
    .selectFrom('checklist_items')
    .selectAll()
    .where('checklist_id', '=', checklistId)
    .orderBy('seq')
    .execute();

export const inspectorsOf = (db: Db, inspectionId: number) =>
  db
    .selectFrom('inspection_inspectors as x')
    .innerJoin('users as u', 'u.id', 'x.user_id')
    .leftJoin('units as n', 'n.code', 'u.unit')
    .select(['u.id', 'u.display_name', 'n.local_name'])
    .where('x.inspection_id', '=', inspectionId)
    .orderBy('u.id')
    .execute();

export const providerDivision = (db: Db, id: number) =>
  db.selectFrom('providers').select(['id', 'division_code']).where('id', '=', id).executeTakeFirstOrThrow();

export const usersByIds = (db: Db, ids: number[]) =>
  db
    .selectFrom('users')
    .select(['id', 'role', 'unit', 'division_code', 'status'])
    .where('id', 'in', ids)
    .execute();

export async function insertInspection(
  trx: Db,
  values: Insertable<InspectionTable>,
  inspectorIds: number[],
): Promise<number> {
  const row = await trx.insertInto('inspections').values(values).returning('id').executeTakeFirstOrThrow();
  await trx
    .insertInto('inspection_inspectors')
    .values(inspectorIds.map((user_id) => ({ inspection_id: row.id, user_id })))
    .execute();
  return row.id;
}

/** Sets an inspection's columns if it is still in `status`; false when it no longer was. */
export async function updateInspectionIn(
  trx: Db,
  id: number,
  status: 'assigned' | 'submitted',
  set: Updateable<InspectionTable>,
): Promise<boolean> {
  const res = await trx
    .updateTable('inspections')
    .set(set)
    .where('id', '=', id)
    .where('status', '=', status)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Whether the provider has been filed (only a filed provider has a public page). */
export const isFiled = async (db: Db, providerId: number) =>
  !!(await db
    .selectFrom('filings')
    .select('provider_id')
    .where('provider_id', '=', providerId)
    .where('filing_number', 'is not', null)
    .executeTakeFirst());

/** The provider's last 50 published results, their inspecting units and failed items. */
export async function publishedResults(db: Db, providerId: number) {
  const rows = await db
    .selectFrom('inspections as i')
    .innerJoin('checklists as c', 'c.id', 'i.checklist_id')
    .select(['i.id', 'i.inspected_on', 'i.kind', 'c.name', 'i.result', 'i.published_at', 'i.closed_at'])
    .where('i.provider_id', '=', providerId)
    .where('i.published_at', 'is not', null)
    .where('i.status', '!=', 'assigned')
    .orderBy('i.inspected_on', 'desc')
    .orderBy('i.id', 'desc')
    .limit(50)
    .execute();
  const ids = rows.map((r) => r.id);
  if (!ids.length) return { rows, units: [], findings: [] };
  const [units, findings] = await Promise.all([
    db
      .selectFrom('inspection_inspectors as x')
      .innerJoin('users as u', 'u.id', 'x.user_id')
      .innerJoin('divisions as d', 'd.code', 'u.division_code')
      .leftJoin('units as n', 'n.code', 'u.unit')
      .select(['x.inspection_id', 'd.level', 'd.name as division_name', 'n.local_name', 'n.short_name'])
      .where('x.inspection_id', 'in', ids)
      .orderBy('u.id')
      .execute(),
    db
      .selectFrom('inspection_findings as f')
      .innerJoin('checklist_items as c', 'c.id', 'f.item_id')
      .select([
        'f.inspection_id',
        'c.text',
        'c.category',
        'c.seq',
        'f.deadline',
        'f.status',
        'f.replied_at',
        'f.verified_at',
      ])
      .where('f.inspection_id', 'in', ids)
      .where('f.status', 'is not', null)
      .orderBy('c.seq')
      .execute(),
  ]);
  return { rows, units, findings };
}
