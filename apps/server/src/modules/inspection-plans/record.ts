/**
 * The public record of a draw and the plan lists: the frozen columns of `inspection_plans`, read
 * back as the record `{id, planName, divisionCode, seed, …, selected}` plus display names.
 */
import type { PlanDetail, PlanQuery, PublicDraw, PublicDrawSummary } from '@tuoyu/contracts';
import { type DrawInput, type DrawSelection, type DrawStratumInput, sampleSizeOf } from '@tuoyu/domain';
import type { Db } from '../../db';
import type { InspectionPlanTable } from '../../db/schema-supervision';
import type { SessionUser } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { inScope, isInScope, scopeOf } from '../../platform/scope';
import { inspectorLabel } from '../checklists/inspectors';
import { referenceNames } from '../reference/names';

type PlanRow = Omit<InspectionPlanTable, 'id'> & { id: number };

/** The draw's inputs exactly as frozen at publication. */
export function frozenInputs(plan: PlanRow): DrawInput {
  return {
    seed: plan.seed,
    perCheck: plan.per_check,
    strata: JSON.parse(plan.strata_json) as DrawStratumInput[],
    inspectors: JSON.parse(plan.inspectors_json) as number[],
    conflicts: JSON.parse(plan.conflicts_json) as DrawInput['conflicts'],
  };
}

async function recordOf(db: Db, plan: PlanRow): Promise<PublicDraw> {
  const input = frozenInputs(plan);
  const selected = plan.selected_json ? (JSON.parse(plan.selected_json) as DrawSelection[]) : [];
  const providerIds = input.strata.flatMap((s) => s.candidates);
  const [providers, users, names] = await Promise.all([
    db
      .selectFrom('providers')
      .select(['id', 'name'])
      .where('id', 'in', providerIds.length ? providerIds : [0])
      .execute(),
    db
      .selectFrom('users')
      .select(['id', 'display_name', 'unit', 'division_code'])
      .where('id', 'in', input.inspectors.length ? input.inspectors : [0])
      .execute(),
    referenceNames(db),
  ]);
  const inspectorNames: Record<string, string> = {};
  for (const u of users) inspectorNames[String(u.id)] = (await inspectorLabel(db, u)).label;
  return {
    id: plan.id,
    planName: plan.name,
    divisionCode: plan.division_code,
    divisionName: names.divisions.get(plan.division_code) ?? plan.division_code,
    seed: plan.seed,
    publishedAt: plan.published_at,
    drawnAt: plan.drawn_at,
    perCheck: plan.per_check,
    strata: input.strata.map((s) => ({ ...s, sampleSize: sampleSizeOf(s.rate, s.candidates.length) })),
    inspectors: input.inspectors,
    conflicts: input.conflicts,
    selected,
    names: {
      providers: Object.fromEntries(providers.map((p) => [String(p.id), p.name])),
      inspectors: inspectorNames,
    },
  };
}

/** The public record of any published plan (published means it exists: publication is creation). */
export async function publicRecord(db: Db, id: number): Promise<PublicDraw> {
  const plan = await db.selectFrom('inspection_plans').selectAll().where('id', '=', id).executeTakeFirst();
  if (!plan) throw notFound();
  return recordOf(db, plan);
}

/** The console's plan detail: the record plus the checklist and the inspections created. */
export async function planDetail(db: Db, caller: SessionUser, id: number): Promise<PlanDetail> {
  const plan = await db
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
  if (!plan || !isInScope(scopeOf(caller), plan.division_code)) throw notFound();
  const inspections = await db
    .selectFrom('inspections')
    .select(['id', 'provider_id', 'status'])
    .where('plan_id', '=', id)
    .orderBy('id')
    .execute();
  return {
    ...(await recordOf(db, plan)),
    checklistId: plan.checklist_id,
    checklistName: plan.checklist_name,
    checklistVersion: plan.checklist_version,
    dueBy: plan.due_by,
    publishedByName: plan.published_by_name,
    inspections: inspections.map((i) => ({ id: i.id, providerId: i.provider_id, status: i.status })),
  };
}

function summaryOf(
  r: Pick<
    PlanRow,
    'id' | 'name' | 'division_code' | 'published_at' | 'drawn_at' | 'strata_json' | 'selected_json'
  >,
  divisionName: string,
): PublicDrawSummary {
  const strata = JSON.parse(r.strata_json) as DrawStratumInput[];
  return {
    id: r.id,
    planName: r.name,
    divisionCode: r.division_code,
    divisionName,
    publishedAt: r.published_at,
    drawnAt: r.drawn_at,
    candidates: strata.reduce((n, s) => n + s.candidates.length, 0),
    selected: r.selected_json ? (JSON.parse(r.selected_json) as unknown[]).length : 0,
  };
}

/** Published draws for everyone, newest first. */
export async function listPublicDraws(
  db: Db,
  q: { page: number; pageSize: number; divisionCode?: string | undefined },
) {
  let base = db.selectFrom('inspection_plans');
  if (q.divisionCode) base = base.where('division_code', '=', q.divisionCode);
  const [rows, count, names] = await Promise.all([
    base
      .select(['id', 'name', 'division_code', 'published_at', 'drawn_at', 'strata_json', 'selected_json'])
      .orderBy('id', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    referenceNames(db),
  ]);
  return {
    items: rows.map((r) => summaryOf(r, names.divisions.get(r.division_code) ?? r.division_code)),
    total: Number(count.n),
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** The console list: plans in the caller's scope, newest first. */
export async function listPlans(db: Db, caller: SessionUser, q: PlanQuery) {
  let base = db
    .selectFrom('inspection_plans as p')
    .innerJoin('checklists as c', 'c.id', 'p.checklist_id')
    .innerJoin('users as u', 'u.id', 'p.published_by')
    .where(inScope(scopeOf(caller), 'p.division_code'));
  if (q.divisionCode) base = base.where('p.division_code', '=', q.divisionCode);
  if (q.drawn === 1) base = base.where('p.drawn_at', 'is not', null);
  if (q.drawn === 0) base = base.where('p.drawn_at', 'is', null);
  const [rows, count, names] = await Promise.all([
    base
      .select([
        'p.id',
        'p.name',
        'p.division_code',
        'p.published_at',
        'p.drawn_at',
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
    referenceNames(db),
  ]);
  return {
    items: rows.map((r) => ({
      ...summaryOf(r, names.divisions.get(r.division_code) ?? r.division_code),
      checklistId: r.checklist_id,
      checklistName: r.checklist_name,
      perCheck: r.per_check,
      dueBy: r.due_by,
      publishedByName: r.published_by_name,
    })),
    total: Number(count.n),
    page: q.page,
    pageSize: q.pageSize,
  };
}
