/** Drawing a published plan once: the seed, the frozen selection and its inspections (see service.ts). */
import type { DrawBody } from '@tuoyu/contracts';
import { computeDraw, drawSeedOf } from '@tuoyu/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { decryptField, type Keys } from '../../platform/crypto';
import { conflict, notFound } from '../../platform/errors';
import { msg } from '../../platform/i18n';
import { isInScope, scopeOf } from '../../platform/scope';
import { nowIso } from '../../platform/time';
import type { PlanActing } from './publish';
import { claimDraw, insertInspection, planRow, providerDivisions } from './queries';
import { frozenInputs, publicRecord } from './record';

type Trx = Transaction<Database>;

const ALREADY_DRAWN = msg('该计划已抽取，不能重复抽取', 'This plan has already been drawn');

/**
 * Draws once, inside the caller's transaction: the conditional update `drawn_at is null` lets
 * exactly one of two concurrent draws through (PostgreSQL re-checks the condition after the
 * winner commits; SQLite runs one write transaction at a time); the other answers 409.
 */
export async function drawPlanIn(
  trx: Trx,
  keys: Keys,
  { caller, actor }: PlanActing,
  { planId: id, ...b }: DrawBody & { planId: number },
) {
  const plan = await planRow(trx, id);
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
  const claimed = await claimDraw(trx, id, {
    seed,
    witnessInput: b.witnessInput,
    witnessName: b.witnessName ?? null,
    selectedJson: JSON.stringify(result.selected),
    by: caller.id,
    at,
  });
  if (!claimed) throw conflict(ALREADY_DRAWN);
  const providers = await providerDivisions(
    trx,
    result.selected.map((s) => s.providerId),
  );
  const divisionOf = new Map(providers.map((p) => [p.id, p.division_code]));
  const inspectionIds: number[] = [];
  for (const s of result.selected) {
    const inspectionId = await insertInspection(
      trx,
      {
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
      },
      s.inspectorIds,
    );
    inspectionIds.push(inspectionId);
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
  await ctx.db
    .transaction()
    .execute((trx) => drawPlanIn(trx, ctx.keys, { caller, actor }, { planId: id, ...b }));
  const record = await publicRecord(ctx, id, caller);
  return { drawId: id, ...record };
}
