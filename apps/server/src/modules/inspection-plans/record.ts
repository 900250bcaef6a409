/**
 * The public record of a draw and the plan lists: the frozen columns of `inspection_plans`, read
 * back as the record `{id, planName, divisionCode, seedCommitment, …, selected}` plus
 * display names. Until the reveal the record carries no server seed, no draw seed and no
 * selection; the console shows the selection before it only to those `selectionFor` names.
 */
import type { PlanDetail, PlanQuery, PublicDraw, PublicDrawSummary } from '@tuoyu/contracts';
import { can, isOneOf, type Permission, REGULATORS } from '@tuoyu/contracts';
import { type DrawInput, type DrawSelection, type DrawStratumInput, sampleSizeOf } from '@tuoyu/domain';
import type { Db } from '../../db';
import type { InspectionPlanTable } from '../../db/schema-supervision';
import type { AppContext, SessionUser } from '../../platform/context';
import { decryptField } from '../../platform/crypto';
import { notFound } from '../../platform/errors';
import { isInScope, scopeOf } from '../../platform/scope';
import { inspectorLabel } from '../checklists/inspectors';
import { referenceNames } from '../reference/names';
import {
  inspectorUsers,
  planInspections,
  planPage,
  planRow,
  planWithNames,
  providerNames,
  publicDrawPage,
} from './queries';

type PlanRow = Omit<InspectionPlanTable, 'id'> & { id: number };

/** The draw's inputs exactly as frozen at publication, with the draw seed once drawn. */
export function frozenInputs(plan: PlanRow, seed = plan.seed): DrawInput {
  return {
    seed,
    perCheck: plan.per_check,
    strata: JSON.parse(plan.strata_json) as DrawStratumInput[],
    inspectors: JSON.parse(plan.inspectors_json) as number[],
    conflicts: JSON.parse(plan.conflicts_json) as DrawInput['conflicts'],
  };
}

/** The selection as stored at the draw ([] before it). */
const storedSelection = (plan: Pick<PlanRow, 'selected_json'>): DrawSelection[] =>
  plan.selected_json ? (JSON.parse(plan.selected_json) as DrawSelection[]) : [];

/**
 * What of the selection the caller may see before the reveal: all of it for the plan's regulators
 * (the city and the plan's county), the checks he is assigned to for an inspector, nothing for
 * anyone else (other departments' officers, the discipline office, sysadmin). After it, all.
 */
export function selectionFor(caller: SessionUser | null, plan: PlanRow): DrawSelection[] {
  const selected = storedSelection(plan);
  if (plan.revealed_at) return selected;
  if (!caller) return [];
  const regulator = isOneOf(caller.role, REGULATORS);
  if (regulator && isInScope(scopeOf(caller), plan.division_code)) return selected;
  return selected.filter((s) => s.inspectorIds.includes(caller.id));
}

async function recordOf(ctx: AppContext, plan: PlanRow, selected: DrawSelection[]): Promise<PublicDraw> {
  const { db } = ctx;
  const input = frozenInputs(plan);
  const revealed = plan.revealed_at !== null;
  const providerIds = input.strata.flatMap((s) => s.candidates);
  const [providers, users, names] = await Promise.all([
    providerNames(db, providerIds),
    inspectorUsers(db, input.inspectors),
    referenceNames(db),
  ]);
  const inspectorNames: Record<string, string> = {};
  for (const u of users) inspectorNames[String(u.id)] = (await inspectorLabel(db, u)).label;
  return {
    id: plan.id,
    planName: plan.name,
    divisionCode: plan.division_code,
    divisionName: names.divisions.get(plan.division_code) ?? plan.division_code,
    seedCommitment: plan.seed_commitment,
    serverSeed: revealed && plan.server_seed_enc ? decryptField(ctx.keys, plan.server_seed_enc) : null,
    seed: revealed ? plan.seed : null,
    witnessInput: plan.witness_input,
    witnessName: plan.witness_name,
    publishedAt: plan.published_at,
    drawnAt: plan.drawn_at,
    dueBy: plan.due_by,
    revealed,
    revealedAt: plan.revealed_at,
    revealReason: plan.reveal_reason,
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

/**
 * The record of any published plan (published means it exists: publication is creation) as the
 * caller may see it; anonymous callers get the public record, with the selection from the reveal.
 */
export async function publicRecord(ctx: AppContext, id: number, caller: SessionUser | null = null) {
  const plan = await planRow(ctx.db, id);
  if (!plan) throw notFound();
  return recordOf(ctx, plan, selectionFor(caller, plan));
}

/** The console's plan detail: the record plus the checklist and the inspections created. */
export async function planDetail(ctx: AppContext, caller: SessionUser, id: number): Promise<PlanDetail> {
  const { db } = ctx;
  const plan = await planWithNames(db, id);
  if (!plan || !isInScope(scopeOf(caller), plan.division_code)) throw notFound();
  const selected = selectionFor(caller, plan);
  const visible = new Set(selected.map((s) => s.providerId));
  const inspections = await planInspections(db, id);
  return {
    ...(await recordOf(ctx, plan, selected)),
    checklistId: plan.checklist_id,
    checklistName: plan.checklist_name,
    checklistVersion: plan.checklist_version,
    publishedByName: plan.published_by_name,
    inspections: inspections
      .filter((i) => visible.has(i.provider_id))
      .map((i) => ({ id: i.id, providerId: i.provider_id, status: i.status })),
    actions: planActions(caller, plan),
  };
}

/** What the caller may do on a plan in scope: draw it once, then reveal the draw once. */
function planActions(caller: SessionUser, plan: Pick<PlanRow, 'drawn_at' | 'revealed_at'>): Permission[] {
  if (!plan.drawn_at) return can(caller.role, 'inspection-plans.draw') ? ['inspection-plans.draw'] : [];
  if (!plan.revealed_at && can(caller.role, 'inspection-plans.reveal')) return ['inspection-plans.reveal'];
  return [];
}

function summaryOf(
  r: Pick<
    PlanRow,
    | 'id'
    | 'name'
    | 'division_code'
    | 'published_at'
    | 'drawn_at'
    | 'revealed_at'
    | 'strata_json'
    | 'selected_json'
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
    revealed: r.revealed_at !== null,
    candidates: strata.reduce((n, s) => n + s.candidates.length, 0),
    // A count only: the sum of the public sample sizes, which says nothing of who was drawn.
    selected: storedSelection(r).length,
  };
}

/** Published draws for everyone, newest first. */
export async function listPublicDraws(
  db: Db,
  q: { page: number; pageSize: number; divisionCode?: string | undefined },
) {
  const [{ rows, total }, names] = await Promise.all([publicDrawPage(db, q), referenceNames(db)]);
  return {
    items: rows.map((r) => summaryOf(r, names.divisions.get(r.division_code) ?? r.division_code)),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** The console list: plans in the caller's scope, newest first. */
export async function listPlans(db: Db, caller: SessionUser, q: PlanQuery) {
  const [{ rows, total }, names] = await Promise.all([planPage(db, scopeOf(caller), q), referenceNames(db)]);
  return {
    items: rows.map((r) => ({
      ...summaryOf(r, names.divisions.get(r.division_code) ?? r.division_code),
      checklistId: r.checklist_id,
      checklistName: r.checklist_name,
      perCheck: r.per_check,
      dueBy: r.due_by,
      publishedByName: r.published_by_name,
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
