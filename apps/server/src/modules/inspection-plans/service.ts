/**
 * "双随机、一公开" inspection plans (issue 5 item 2; 国办发〔2015〕58号) drawn by commit, witness,
 * reveal (issue 9 item 3): a plan is published with the SHA-256 commitment of a secret CSPRNG
 * server seed and its frozen inputs (candidates per risk stratum, the inspector list, the declared
 * conflicts between them); the draw runs once, with the seed sha256(serverSeed:witnessInput) and
 * the domain's `computeDraw`, freezes the selection and creates the inspections; the reveal
 * publishes the server seed, the draw seed and the selection — when every result is in, once the
 * due date has passed, or earlier by the plan's regulator. The public record (record.ts) is
 * exactly these frozen columns, so anyone can check it then.
 */
import { randomBytes } from 'node:crypto';
import type { DrawBody, PlanBody } from '@tuoyu/contracts';
import { computeDraw, drawSeedOf, isValidIsoDate, seedCommitmentOf } from '@tuoyu/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { decryptField, encryptField, type Keys } from '../../platform/crypto';
import type { FieldError } from '../../platform/errors';
import { conflict, invalid, notFound, ruleBroken } from '../../platform/errors';
import { msg } from '../../platform/i18n';
import { divisionPrefix, isInScope, scopeOf } from '../../platform/scope';
import { nowIso, todayInBeijing } from '../../platform/time';
import { inspectorPool } from '../checklists/inspectors';
import { findDivision } from '../reference/queries';
import { providerRisks } from '../risk/service';
import { frozenInputs, publicRecord } from './record';

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
  // Conflicts are frozen at publication, not read at the draw: a declaration made after it could
  // steer the assignment by whoever learns the seed early (dodge a provider, or land on one).
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
  // 256 bits from the operating system's CSPRNG; only its commitment is public until the reveal.
  const serverSeed = randomBytes(32).toString('hex');
  const seedCommitment = seedCommitmentOf(serverSeed);
  const row = await trx
    .insertInto('inspection_plans')
    .values({
      name: b.name,
      division_code: b.divisionCode,
      checklist_id: b.checklistId,
      per_check: b.perCheck,
      due_by: b.dueBy,
      seed: '',
      server_seed_enc: encryptField(keys, serverSeed),
      seed_commitment: seedCommitment,
      witness_input: null,
      witness_name: null,
      revealed_at: null,
      revealed_by: null,
      reveal_reason: null,
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
      seedCommitment,
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
  return publicRecord(ctx, id);
}

const ALREADY_DRAWN = msg('该计划已抽取，不能重复抽取', 'This plan has already been drawn');

/**
 * Draws once, inside the caller's transaction: the conditional update `drawn_at is null` lets
 * exactly one of two concurrent draws through (PostgreSQL re-checks the condition after the
 * winner commits; SQLite runs one write transaction at a time); the other answers 409.
 */
export async function drawPlanIn(
  trx: Trx,
  keys: Keys,
  caller: Planner,
  actor: AuditActor,
  id: number,
  b: DrawBody,
) {
  const plan = await trx.selectFrom('inspection_plans').selectAll().where('id', '=', id).executeTakeFirst();
  if (!plan || !isInScope(scopeOf(caller), plan.division_code)) throw notFound();
  if (plan.drawn_at) throw conflict(ALREADY_DRAWN);
  if (!plan.server_seed_enc)
    throw conflict(
      msg(
        '该计划发布于种子承诺机制之前，种子已公开，请重新发布计划后抽取',
        'This plan was published before seed commitments (its seed is public): publish it again to draw',
      ),
    );
  const seed = drawSeedOf(decryptField(keys, plan.server_seed_enc), b.witnessInput);
  const result = computeDraw(frozenInputs(plan, seed));
  const at = nowIso();
  const claimed = await trx
    .updateTable('inspection_plans')
    .set({
      seed,
      witness_input: b.witnessInput,
      witness_name: b.witnessName ?? null,
      selected_json: JSON.stringify(result.selected),
      drawn_by: caller.id,
      drawn_at: at,
    })
    .where('id', '=', id)
    .where('drawn_at', 'is', null)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) throw conflict(ALREADY_DRAWN);
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
  // Who was drawn is written to the audit trail at the reveal: its readers include sysadmin.
  await recordAudit(trx, keys, actor, {
    action: 'inspection_plan.draw',
    entityType: 'inspection_plan',
    entityId: plan.id,
    divisionCode: plan.division_code,
    changes: {
      witnessInput: b.witnessInput,
      witnessName: b.witnessName ?? null,
      inspections: inspectionIds.length,
    },
  });
  return inspectionIds;
}

export async function drawPlan(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  b: DrawBody,
) {
  await ctx.db.transaction().execute((trx) => drawPlanIn(trx, ctx.keys, caller, actor, id, b));
  const record = await publicRecord(ctx, id, caller);
  return { drawId: id, ...record };
}

/** The platform itself, for reveals nobody asked for (all results in, the due date passed). */
const PLATFORM: AuditActor = {
  actorId: null,
  actorUsername: 'system',
  actorRole: null,
  requestId: null,
  ip: null,
};

type RevealReason = 'results' | 'due' | 'regulator';

/**
 * Reveals a drawn plan once, inside the caller's transaction: the conditional update lets one of
 * two concurrent reveals through; false when the plan is not drawn or already revealed. The audit
 * entry carries everything that was secret until now.
 */
export async function revealPlanIn(
  trx: Trx,
  keys: Keys,
  actor: AuditActor,
  id: number,
  reason: RevealReason,
): Promise<boolean> {
  const claimed = await trx
    .updateTable('inspection_plans')
    .set({ revealed_at: nowIso(), revealed_by: actor.actorId, reveal_reason: reason })
    .where('id', '=', id)
    .where('drawn_at', 'is not', null)
    .where('revealed_at', 'is', null)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) return false;
  const plan = await trx
    .selectFrom('inspection_plans')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const inspections = await trx
    .selectFrom('inspections')
    .select('id')
    .where('plan_id', '=', id)
    .orderBy('id')
    .execute();
  await recordAudit(trx, keys, actor, {
    action: 'inspection_plan.reveal',
    entityType: 'inspection_plan',
    entityId: id,
    divisionCode: plan.division_code,
    changes: {
      reason,
      serverSeed: plan.server_seed_enc ? decryptField(keys, plan.server_seed_enc) : null,
      seed: plan.seed,
      selected: JSON.parse(plan.selected_json ?? '[]'),
      inspectionIds: inspections.map((i) => i.id),
    },
  });
  return true;
}

/** The plan's regulator reveals before the due date (409 when not drawn or already revealed). */
export async function revealPlan(ctx: AppContext, caller: SessionUser, actor: AuditActor, id: number) {
  await ctx.db.transaction().execute(async (trx) => {
    const plan = await trx
      .selectFrom('inspection_plans')
      .select(['division_code', 'drawn_at', 'revealed_at'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!plan || !isInScope(scopeOf(caller), plan.division_code)) throw notFound();
    if (!plan.drawn_at) throw conflict(msg('该计划尚未抽取，不能公开', 'This plan has not been drawn yet'));
    if (plan.revealed_at || !(await revealPlanIn(trx, ctx.keys, actor, id, 'regulator')))
      throw conflict(msg('该计划的抽取结果已公开', 'This draw has already been revealed'));
  });
  return publicRecord(ctx, id, caller);
}

/**
 * Reveals the plan of a just-recorded inspection when it was the last without a result, inside
 * the recording transaction. The plan row is locked first (a self-assignment), so of two last
 * results recorded at once on PostgreSQL the second to commit sees the first and reveals.
 */
export async function revealIfAllRecorded(trx: Trx, keys: Keys, planId: number): Promise<void> {
  await trx
    .updateTable('inspection_plans')
    .set((eb) => ({ revealed_at: eb.ref('revealed_at') }))
    .where('id', '=', planId)
    .execute();
  const open = await trx
    .selectFrom('inspections')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('plan_id', '=', planId)
    .where('result', 'is', null)
    .executeTakeFirstOrThrow();
  if (Number(open.n) === 0) await revealPlanIn(trx, keys, PLATFORM, planId, 'results');
}

/**
 * The scheduled reveal: every drawn plan whose due date has come (`due_by` on or before `today`, a
 * Beijing date) and not yet revealed — the "at the plan's dueBy"; the job runs just after
 * midnight, when the checks should all be done. Returns the ids revealed, each revealed in a
 * transaction of its own.
 */
export async function revealDuePlans(ctx: AppContext, today: string): Promise<number[]> {
  const due = await ctx.db
    .selectFrom('inspection_plans')
    .select('id')
    .where('revealed_at', 'is', null)
    .where('drawn_at', 'is not', null)
    .where('due_by', '<=', today)
    .orderBy('id')
    .execute();
  const revealed: number[] = [];
  for (const p of due)
    if (await ctx.db.transaction().execute((trx) => revealPlanIn(trx, ctx.keys, PLATFORM, p.id, 'due')))
      revealed.push(p.id);
  return revealed;
}
