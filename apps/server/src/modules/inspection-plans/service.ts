/**
 * "双随机、一公开" inspection plans (issue 5 item 2; 国办发〔2015〕58号) drawn by commit, witness,
 * reveal (issue 9 item 3): a plan is published with the SHA-256 commitment of a secret CSPRNG
 * server seed and its frozen inputs (candidates per risk stratum, the inspector list, the declared
 * conflicts between them); the draw runs once, with the seed sha256(serverSeed:witnessInput) and
 * the domain's `computeDraw`, freezes the selection and creates the inspections; the reveal
 * publishes the server seed, the draw seed and the selection — when every result is in, once the
 * due date has passed, or earlier by the plan's regulator. The public record (record.ts) is
 * exactly these frozen columns, so anyone can check it then. Publishing is publish.ts, the draw
 * draw.ts, the reveal this file.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import type { AuditActor } from '../../platform/audit';
import { recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { decryptField, type Keys } from '../../platform/crypto';
import { conflict, notFound } from '../../platform/errors';
import { msg } from '../../platform/i18n';
import { isInScope, scopeOf } from '../../platform/scope';
import { nowIso } from '../../platform/time';
import {
  claimReveal,
  countUnrecorded,
  duePlanIds,
  lockPlan,
  planInspections,
  planRow,
  planState,
} from './queries';
import { publicRecord } from './record';

type Trx = Transaction<Database>;

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
  { planId: id, reason }: { planId: number; reason: RevealReason },
): Promise<boolean> {
  if (!(await claimReveal(trx, id, { at: nowIso(), by: actor.actorId, reason }))) return false;
  const plan = await planRow(trx, id);
  if (!plan) throw notFound();
  const inspections = await planInspections(trx, id);
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
    const plan = await planState(trx, id);
    if (!plan || !isInScope(scopeOf(caller), plan.division_code)) throw notFound();
    if (!plan.drawn_at) throw conflict(msg('该计划尚未抽取，不能公开', 'This plan has not been drawn yet'));
    if (plan.revealed_at || !(await revealPlanIn(trx, ctx.keys, actor, { planId: id, reason: 'regulator' })))
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
  await lockPlan(trx, planId);
  if ((await countUnrecorded(trx, planId)) === 0)
    await revealPlanIn(trx, keys, PLATFORM, { planId, reason: 'results' });
}

/**
 * The scheduled reveal: every drawn plan whose due date has come (`due_by` on or before `today`, a
 * Beijing date) and not yet revealed — the "at the plan's dueBy"; the job runs just after
 * midnight, when the checks should all be done. Returns the ids revealed, each revealed in a
 * transaction of its own.
 */
export async function revealDuePlans(ctx: AppContext, today: string): Promise<number[]> {
  const due = await duePlanIds(ctx.db, today);
  const revealed: number[] = [];
  for (const p of due)
    if (
      await ctx.db
        .transaction()
        .execute((trx) => revealPlanIn(trx, ctx.keys, PLATFORM, { planId: p.id, reason: 'due' }))
    )
      revealed.push(p.id);
  return revealed;
}
