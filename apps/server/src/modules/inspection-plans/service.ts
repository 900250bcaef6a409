/**
 * "双随机、一公开" inspection plans (issue 5 item 2; 国办发〔2015〕58号): a plan is published with a
 * fresh CSPRNG seed and its frozen inputs (candidates per risk stratum, the inspector list, the
 * declared conflicts between them); the draw runs once with the domain's `computeDraw`, freezes
 * the selection and creates the inspections. The public record (record.ts) is exactly these
 * frozen columns, so anyone can recompute it.
 */
import { randomBytes } from 'node:crypto';
import type { PlanBody } from '@tuoyu/contracts';
import { computeDraw, isValidIsoDate } from '@tuoyu/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import type { Keys } from '../../platform/crypto';
import type { FieldError } from '../../platform/errors';
import { conflict, invalid, notFound, ruleBroken } from '../../platform/errors';
import { divisionPrefix, isInScope, scopeOf } from '../../platform/scope';
import { nowIso, todayInBeijing } from '../../platform/time';
import { inspectorPool } from '../checklists/inspectors';
import { findDivision } from '../reference/queries';
import { providerRisks } from '../risk/service';
import { frozenInputs, publicRecord } from './record';

const msg = (zh: string, en: string) => ({ zh, en });
const STRATUM_ORDER = { high: 0, normal: 1, low: 2 } as const;

type Trx = Transaction<Database>;
export interface Planner {
  id: number;
  role: SessionUser['role'];
  divisionCode: string;
  unit: string | null;
}

async function validatePlan(trx: Trx, caller: Planner, b: PlanBody): Promise<FieldError[]> {
  const problems: FieldError[] = [];
  const division = await findDivision(trx, b.divisionCode);
  if (!division || division.level === 'township' || !isInScope(scopeOf(caller), b.divisionCode))
    problems.push({
      path: 'divisionCode',
      message: msg(
        '抽查范围须为您管辖的旗县区或全市',
        'The area must be your county or, for the city, any county',
      ),
    });
  const checklist = await trx
    .selectFrom('checklists')
    .select(['id', 'status'])
    .where('id', '=', b.checklistId)
    .executeTakeFirst();
  if (checklist?.status !== 'active')
    problems.push({
      path: 'checklistId',
      message: msg('请选择当前有效的检查表', 'Choose an active checklist'),
    });
  b.strata.forEach((s, i) => {
    if (b.strata.findIndex((o) => o.name === s.name) !== i)
      problems.push({ path: `strata.${i}.name`, message: msg('风险层重复', 'Stratum named twice') });
  });
  if (b.perCheck > b.inspectorIds.length)
    problems.push({
      path: 'perCheck',
      message: msg('每组人数不能多于所选检查人员', 'More inspectors per check than inspectors chosen'),
    });
  if (division && isInScope(scopeOf(caller), b.divisionCode)) {
    const pool = new Set((await inspectorPool(trx, b.divisionCode)).map((i) => i.id));
    b.inspectorIds.forEach((id, i) => {
      if (!pool.has(id))
        problems.push({
          path: `inspectorIds.${i}`,
          message: msg('该人员不在本区域的检查人员库中', 'Not in the inspector pool of the area'),
        });
      else if (b.inspectorIds.indexOf(id) !== i)
        problems.push({ path: `inspectorIds.${i}`, message: msg('检查人员重复', 'Inspector listed twice') });
    });
  }
  if (!isValidIsoDate(b.dueBy) || b.dueBy < todayInBeijing())
    problems.push({
      path: 'dueBy',
      message: msg('完成期限不能早于今天', 'The due date cannot be in the past'),
    });
  return problems;
}

/** Publishes a plan inside the caller's transaction (the demo reuses it). */
export async function publishPlanIn(trx: Trx, keys: Keys, caller: Planner, actor: AuditActor, b: PlanBody) {
  const problems = await validatePlan(trx, caller, b);
  if (problems.length) throw invalid(...problems);
  const now = nowIso();
  const risks = await providerRisks(trx, divisionPrefix(b.divisionCode), now);
  const strata = [...b.strata]
    .sort((x, y) => STRATUM_ORDER[x.name] - STRATUM_ORDER[y.name])
    .map((s) => ({
      name: s.name,
      rate: s.rate,
      candidates: risks.filter((r) => r.tier === s.name).map((r) => r.providerId),
    }));
  if (strata.every((s) => s.candidates.length === 0))
    throw ruleBroken(msg('所选风险层中没有可抽查的机构', 'No inspectable provider in the chosen strata'));
  const inspectors = [...b.inspectorIds].sort((x, y) => x - y);
  const candidates = strata.flatMap((s) => s.candidates);
  // Conflicts are frozen at publication, not read at the draw: once the seed is public anyone can
  // compute who would inspect whom, so a declaration made after publication could steer the
  // assignment (declare a conflict to dodge a provider, withdraw one to land on it).
  const conflicts = (
    await trx
      .selectFrom('inspector_conflicts')
      .select(['inspector_id', 'provider_id'])
      .where('withdrawn_at', 'is', null)
      .where('inspector_id', 'in', inspectors)
      .where('provider_id', 'in', candidates.length ? candidates : [0])
      .orderBy('inspector_id')
      .orderBy('provider_id')
      .execute()
  ).map((c) => ({ inspectorId: c.inspector_id, providerId: c.provider_id }));
  const seed = randomBytes(32).toString('hex');
  const row = await trx
    .insertInto('inspection_plans')
    .values({
      name: b.name,
      division_code: b.divisionCode,
      checklist_id: b.checklistId,
      per_check: b.perCheck,
      due_by: b.dueBy,
      seed,
      strata_json: JSON.stringify(strata),
      inspectors_json: JSON.stringify(inspectors),
      conflicts_json: JSON.stringify(conflicts),
      published_by: caller.id,
      published_at: now,
      selected_json: null,
      drawn_by: null,
      drawn_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordAudit(trx, keys, actor, {
    action: 'inspection_plan.publish',
    entityType: 'inspection_plan',
    entityId: row.id,
    divisionCode: b.divisionCode,
    changes: {
      name: b.name,
      seed,
      checklistId: b.checklistId,
      perCheck: b.perCheck,
      dueBy: b.dueBy,
      strata: strata.map((s) => ({ name: s.name, rate: s.rate, candidates: s.candidates.length })),
      inspectors,
      conflicts: conflicts.length,
    },
  });
  return row.id;
}

export async function publishPlan(ctx: AppContext, caller: SessionUser, actor: AuditActor, b: PlanBody) {
  const id = await ctx.db.transaction().execute((trx) => publishPlanIn(trx, ctx.keys, caller, actor, b));
  return publicRecord(ctx.db, id);
}

/**
 * Draws once, inside the caller's transaction: the conditional update `drawn_at is null` lets
 * exactly one of two concurrent draws through (PostgreSQL re-checks the condition after the
 * winner commits; SQLite runs one write transaction at a time); the other answers 409.
 */
export async function drawPlanIn(trx: Trx, keys: Keys, caller: Planner, actor: AuditActor, id: number) {
  const plan = await trx.selectFrom('inspection_plans').selectAll().where('id', '=', id).executeTakeFirst();
  if (!plan || !isInScope(scopeOf(caller), plan.division_code)) throw notFound();
  if (plan.drawn_at) throw conflict(msg('该计划已抽取，不能重复抽取', 'This plan has already been drawn'));
  const result = computeDraw(frozenInputs(plan));
  const at = nowIso();
  const claimed = await trx
    .updateTable('inspection_plans')
    .set({ selected_json: JSON.stringify(result.selected), drawn_by: caller.id, drawn_at: at })
    .where('id', '=', id)
    .where('drawn_at', 'is', null)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1)
    throw conflict(msg('该计划已抽取，不能重复抽取', 'This plan has already been drawn'));
  const providers = await trx
    .selectFrom('providers')
    .select(['id', 'division_code'])
    .where('id', 'in', result.selected.length ? result.selected.map((s) => s.providerId) : [0])
    .execute();
  const divisionOf = new Map(providers.map((p) => [p.id, p.division_code]));
  const inspectionIds: number[] = [];
  for (const s of result.selected) {
    const ins = await trx
      .insertInto('inspections')
      .values({
        plan_id: plan.id,
        provider_id: s.providerId,
        division_code: divisionOf.get(s.providerId) ?? plan.division_code,
        checklist_id: plan.checklist_id,
        kind: 'random',
        status: 'assigned',
        due_by: plan.due_by,
        result: null,
        summary: null,
        inspected_on: null,
        submitted_at: null,
        submitted_by: null,
        publish_due: null,
        published_at: null,
        complaint_id: null,
        created_by: caller.id,
        created_at: at,
        closed_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    inspectionIds.push(ins.id);
    if (s.inspectorIds.length)
      await trx
        .insertInto('inspection_inspectors')
        .values(s.inspectorIds.map((u) => ({ inspection_id: ins.id, user_id: u })))
        .execute();
  }
  await recordAudit(trx, keys, actor, {
    action: 'inspection_plan.draw',
    entityType: 'inspection_plan',
    entityId: plan.id,
    divisionCode: plan.division_code,
    changes: { selected: result.selected, inspectionIds },
  });
  return inspectionIds;
}

export async function drawPlan(ctx: AppContext, caller: SessionUser, actor: AuditActor, id: number) {
  await ctx.db.transaction().execute((trx) => drawPlanIn(trx, ctx.keys, caller, actor, id));
  const record = await publicRecord(ctx.db, id);
  return { drawId: id, ...record };
}
