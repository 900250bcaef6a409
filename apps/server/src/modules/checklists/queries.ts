/** Kysely only: checklist versions and their items, the inspector pool, conflict declarations. */
import type { ChecklistUpdateBody } from '@tuoyu/contracts';
import { REGULATORS } from '@tuoyu/contracts';
import { INSPECTOR_UNITS } from '@tuoyu/domain';
import type { Db } from '../../db';
import { inScope, type Scope } from '../../platform/scope';
import { INSPECTABLE_STATUSES } from '../risk/queries';

/** Checklist versions (by id, or active only) with their author's name, by code, newest first. */
export function checklistRows(db: Db, where: { ids?: number[]; activeOnly?: boolean }) {
  let q = db
    .selectFrom('checklists as c')
    .leftJoin('users as u', 'u.id', 'c.created_by')
    .select(['c.id', 'c.code', 'c.version', 'c.name', 'c.status', 'c.created_at', 'u.display_name']);
  if (where.ids) q = q.where('c.id', 'in', where.ids.length ? where.ids : [0]);
  if (where.activeOnly) q = q.where('c.status', '=', 'active');
  return q.orderBy('c.code').orderBy('c.version', 'desc').execute();
}

/** The items of the given checklist versions, in order. */
export function checklistItemRows(db: Db, checklistIds: number[]) {
  if (!checklistIds.length) return Promise.resolve([]);
  return db
    .selectFrom('checklist_items')
    .selectAll()
    .where('checklist_id', 'in', checklistIds)
    .orderBy('checklist_id')
    .orderBy('seq')
    .execute();
}

/** Inserts one active version of a checklist code with its items; its id. */
export async function insertChecklistVersion(
  trx: Db,
  v: { code: string; version: number; createdBy: number; createdAt: string; body: ChecklistUpdateBody },
): Promise<number> {
  const row = await trx
    .insertInto('checklists')
    .values({
      code: v.code,
      version: v.version,
      name: v.body.name,
      status: 'active',
      created_by: v.createdBy,
      created_at: v.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('checklist_items')
    .values(
      v.body.items.map((i, n) => ({
        checklist_id: row.id,
        seq: n + 1,
        category: i.category,
        risk: i.risk,
        text: i.text,
        legal_basis: i.legalBasis,
      })),
    )
    .execute();
  return row.id;
}

export function checklistWithCode(trx: Db, code: string) {
  return trx.selectFrom('checklists').select('id').where('code', '=', code).executeTakeFirst();
}

export function checklistHead(trx: Db, id: number) {
  return trx
    .selectFrom('checklists')
    .select(['id', 'code', 'version', 'status'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Retires the version if it is still active; false when another edit retired it first. */
export async function retireChecklist(trx: Db, id: number): Promise<boolean> {
  const retired = await trx
    .updateTable('checklists')
    .set({ status: 'retired' })
    .where('id', '=', id)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return Number(retired.numUpdatedRows) === 1;
}

export async function latestChecklistVersion(trx: Db, code: string): Promise<number> {
  const latest = await trx
    .selectFrom('checklists')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return Number(latest.v);
}

/** Active users of an inspecting role or unit (the domain rule then narrows them per division). */
export function inspectorCandidates(db: Db) {
  return db
    .selectFrom('users')
    .select(['id', 'display_name', 'role', 'unit', 'division_code'])
    .where('status', '=', 'active')
    .where((eb) =>
      eb.or([
        eb('role', 'in', [...REGULATORS]),
        eb.and([eb('role', '=', 'department_officer'), eb('unit', 'in', [...INSPECTOR_UNITS])]),
      ]),
    )
    .orderBy('division_code')
    .orderBy('unit')
    .orderBy('id')
    .execute();
}

/** Conflict declarations: about providers in `scope`, or (scope null) those of one inspector. */
export function conflictRows(db: Db, by: { scope: Scope } | { inspectorId: number }) {
  const q = db
    .selectFrom('inspector_conflicts as c')
    .innerJoin('providers as p', 'p.id', 'c.provider_id')
    .innerJoin('users as u', 'u.id', 'c.inspector_id')
    .select([
      'c.id',
      'c.inspector_id',
      'u.display_name',
      'c.provider_id',
      'p.name',
      'p.division_code',
      'c.reason',
      'c.declared_at',
      'c.withdrawn_at',
    ]);
  return (
    'scope' in by
      ? q.where(inScope(by.scope, 'p.division_code'))
      : q.where('c.inspector_id', '=', by.inspectorId)
  )
    .orderBy('c.id', 'desc')
    .limit(500)
    .execute();
}

/** Inspectable providers in scope, by name. */
export function inspectableProvidersInScope(db: Db, scope: Scope) {
  return db
    .selectFrom('providers as p')
    .innerJoin('filings as f', 'f.provider_id', 'p.id')
    .select(['p.id', 'p.name', 'p.division_code'])
    .where(inScope(scope, 'p.division_code'))
    .where('f.status', 'in', [...INSPECTABLE_STATUSES])
    .orderBy('p.name')
    .limit(2000)
    .execute();
}

export function providerInScope(db: Db, scope: Scope, id: number) {
  return db
    .selectFrom('providers')
    .select(['id', 'division_code'])
    .where('id', '=', id)
    .where(inScope(scope, 'division_code'))
    .executeTakeFirst();
}

/** The inspector's declaration about the provider that is not withdrawn. */
export function openConflict(trx: Db, inspectorId: number, providerId: number) {
  return trx
    .selectFrom('inspector_conflicts')
    .select('id')
    .where('inspector_id', '=', inspectorId)
    .where('provider_id', '=', providerId)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
}

export async function insertConflict(
  trx: Db,
  c: { inspectorId: number; providerId: number; reason: string; declaredAt: string },
): Promise<number> {
  const row = await trx
    .insertInto('inspector_conflicts')
    .values({
      inspector_id: c.inspectorId,
      provider_id: c.providerId,
      reason: c.reason,
      declared_at: c.declaredAt,
      withdrawn_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** One of the inspector's own declarations, with its provider's division. */
export function ownConflict(trx: Db, inspectorId: number, id: number) {
  return trx
    .selectFrom('inspector_conflicts as c')
    .innerJoin('providers as p', 'p.id', 'c.provider_id')
    .select(['c.id', 'c.withdrawn_at', 'p.division_code', 'c.provider_id'])
    .where('c.id', '=', id)
    .where('c.inspector_id', '=', inspectorId)
    .executeTakeFirst();
}

export async function withdrawConflictRow(trx: Db, id: number, at: string) {
  await trx.updateTable('inspector_conflicts').set({ withdrawn_at: at }).where('id', '=', id).execute();
}
