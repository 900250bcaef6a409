/** Kysely only: plans, their frozen inputs and draws, and the inspections a draw creates. */
import type { RevealReason } from '@tuoyu/domain';
import type { Insertable } from 'kysely';
import type { Db } from '../../db';
import type { InspectionPlanTable, InspectionTable } from '../../db/schema-supervision';
import { inScope, type Scope } from '../../platform/scope';

export function checklistStatus(db: Db, checklistId: number) {
  return db
    .selectFrom('checklists')
    .select(['id', 'status'])
    .where('id', '=', checklistId)
    .executeTakeFirst();
}

/** Conflicts not withdrawn between the inspectors and the candidates, in a stable order. */
export function openConflicts(db: Db, inspectorIds: number[], providerIds: number[]) {
  return db
    .selectFrom('inspector_conflicts')
    .select(['inspector_id', 'provider_id'])
    .where('withdrawn_at', 'is', null)
    .where('inspector_id', 'in', inspectorIds)
    .where('provider_id', 'in', providerIds.length ? providerIds : [0])
    .orderBy('inspector_id')
    .orderBy('provider_id')
    .execute();
}

export async function insertPlan(trx: Db, values: Insertable<InspectionPlanTable>): Promise<number> {
  const row = await trx
    .insertInto('inspection_plans')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function planRow(db: Db, id: number) {
  return db.selectFrom('inspection_plans').selectAll().where('id', '=', id).executeTakeFirst();
}

export function planState(db: Db, id: number) {
  return db
    .selectFrom('inspection_plans')
    .select(['division_code', 'drawn_at', 'revealed_at'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Freezes the draw unless one is already in; true when this call claimed it. */
export async function claimDraw(
  trx: Db,
  id: number,
  d: {
    seed: string;
    witnessInput: string;
    witnessName: string | null;
    selectedJson: string;
    by: number;
    at: string;
  },
): Promise<boolean> {
  const claimed = await trx
    .updateTable('inspection_plans')
    .set({
      seed: d.seed,
      witness_input: d.witnessInput,
      witness_name: d.witnessName,
      selected_json: d.selectedJson,
      drawn_by: d.by,
      drawn_at: d.at,
    })
    .where('id', '=', id)
    .where('drawn_at', 'is', null)
    .executeTakeFirst();
  return Number(claimed.numUpdatedRows) === 1;
}

/** Marks a drawn plan revealed unless it already is; true when this call claimed it. */
export async function claimReveal(
  trx: Db,
  id: number,
  r: { at: string; by: number | null; reason: RevealReason },
): Promise<boolean> {
  const claimed = await trx
    .updateTable('inspection_plans')
    .set({ revealed_at: r.at, revealed_by: r.by, reveal_reason: r.reason })
    .where('id', '=', id)
    .where('drawn_at', 'is not', null)
    .where('revealed_at', 'is', null)
    .executeTakeFirst();
  return Number(claimed.numUpdatedRows) === 1;
}

/** Locks the plan row (a self-assignment) until the transaction ends. */
export async function lockPlan(trx: Db, id: number) {
  await trx
    .updateTable('inspection_plans')
    .set((eb) => ({ revealed_at: eb.ref('revealed_at') }))
    .where('id', '=', id)
    .execute();
}

/** Drawn plans not yet revealed whose due date is on or before `today`. */
export function duePlanIds(db: Db, today: string) {
  return db
    .selectFrom('inspection_plans')
    .select('id')
    .where('revealed_at', 'is', null)
    .where('drawn_at', 'is not', null)
    .where('due_by', '<=', today)
    .orderBy('id')
    .execute();
}

export function providerDivisions(db: Db, providerIds: number[]) {
  return db
    .selectFrom('providers')
    .select(['id', 'division_code'])
    .where('id', 'in', providerIds.length ? providerIds : [0])
    .execute();
}

export function providerNames(db: Db, providerIds: number[]) {
  return db
    .selectFrom('providers')
    .select(['id', 'name'])
    .where('id', 'in', providerIds.length ? providerIds : [0])
    .execute();
}

export function inspectorUsers(db: Db, userIds: number[]) {
  return db
    .selectFrom('users')
    .select(['id', 'display_name', 'unit', 'division_code'])
    .where('id', 'in', userIds.length ? userIds : [0])
    .execute();
}

/** Creates one drawn inspection and its inspectors; returns its id. */
export async function insertInspection(
  trx: Db,
  values: Insertable<InspectionTable>,
  inspectorIds: number[],
): Promise<number> {
  const ins = await trx.insertInto('inspections').values(values).returning('id').executeTakeFirstOrThrow();
  if (inspectorIds.length)
    await trx
      .insertInto('inspection_inspectors')
      .values(inspectorIds.map((u) => ({ inspection_id: ins.id, user_id: u })))
      .execute();
  return ins.id;
}

export function planInspections(db: Db, planId: number) {
  return db
    .selectFrom('inspections')
    .select(['id', 'provider_id', 'status'])
    .where('plan_id', '=', planId)
    .orderBy('id')
    .execute();
}

export async function countUnrecorded(db: Db, planId: number): Promise<number> {
  const open = await db
    .selectFrom('inspections')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('plan_id', '=', planId)
    .where('result', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(open.n);
}

/** A plan with its checklist's name and version and its publisher's name. */
export function planWithNames(db: Db, id: number) {
  return db
    .selectFrom('inspection_plans as p')
    .innerJoin('checklists as c', 'c.id', 'p.checklist_id')
    .innerJoin('users as u', 'u.id', 'p.published_by')
    .selectAll('p')
    .select([
      'c.name as checklist_name',
      'c.version as checklist_version',
      'u.display_name as published_by_name',
    ])
    .where('p.id', '=', id)
    .executeTakeFirst();
}

/** One page of all published plans, newest first, and how many there are. */
export async function publicDrawPage(
  db: Db,
  q: { page: number; pageSize: number; divisionCode?: string | undefined },
) {
  let base = db.selectFrom('inspection_plans');
  if (q.divisionCode) base = base.where('division_code', '=', q.divisionCode);
  const [rows, count] = await Promise.all([
    base
      .select([
        'id',
        'name',
        'division_code',
        'published_at',
        'drawn_at',
        'revealed_at',
        'strata_json',
        'selected_json',
      ])
      .orderBy('id', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** One page of the plans in scope with checklist and publisher names, newest first. */
export async function planPage(
  db: Db,
  scope: Scope,
  q: { page: number; pageSize: number; divisionCode?: string | undefined; drawn?: boolean | undefined },
) {
  let base = db
    .selectFrom('inspection_plans as p')
    .innerJoin('checklists as c', 'c.id', 'p.checklist_id')
    .innerJoin('users as u', 'u.id', 'p.published_by')
    .where(inScope(scope, 'p.division_code'));
  if (q.divisionCode) base = base.where('p.division_code', '=', q.divisionCode);
  if (q.drawn === true) base = base.where('p.drawn_at', 'is not', null);
  if (q.drawn === false) base = base.where('p.drawn_at', 'is', null);
  const [rows, count] = await Promise.all([
    base
      .select([
        'p.id',
        'p.name',
        'p.division_code',
        'p.published_at',
        'p.drawn_at',
        'p.revealed_at',
        'p.strata_json',
        'p.selected_json',
        'p.checklist_id',
        'p.per_check',
        'p.due_by',
        'c.name as checklist_name',
        'u.display_name as published_by_name',
      ])
      .orderBy('p.id', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
