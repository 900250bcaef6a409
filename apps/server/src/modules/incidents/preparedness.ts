/**
 * Emergency plans and drills per provider (应急预案与演练; SPEC C7, 《托育机构管理规范（试行）》 安全管理):
 * the provider records them, regulators in scope read them, and the county sees which providers
 * had no drill in the last six months.
 */
import type {
  DrillBody,
  DrillList,
  EmergencyPlanBody,
  EmergencyPlanList,
  PreparednessList,
  PreparednessQuery,
} from '@tuoyu/contracts';
import { DRILL_OVERDUE_MONTHS, drillOverdue, type EmergencyPlanKind, monthsBefore } from '@tuoyu/domain';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { invalid } from '../../platform/errors';
import { msg } from '../../platform/i18n';
import { assertOwnProvider, assertProviderVisible } from '../../platform/provider-access';
import { scopeOf } from '../../platform/scope';
import { nowIso, todayInBeijing } from '../../platform/time';
import * as q from './queries';

/** Attached files must be the provider's own uploads. */
async function assertFiles(ctx: AppContext, providerId: number, ids: number[], path: string) {
  if (!ids.length) return;
  const found = await q.providerFileIds(ctx.db, providerId, ids);
  if (found.length !== new Set(ids).size)
    throw invalid({ path, message: msg('文件不存在或不属于本机构', 'No such file of this provider') });
}

async function divisionOf(ctx: AppContext, providerId: number) {
  const p = await q.providerDivisionCode(ctx.db, providerId);
  return p?.division_code ?? null;
}

export async function listPlans(
  ctx: AppContext,
  caller: SessionUser,
  providerId: number,
): Promise<EmergencyPlanList> {
  await assertProviderVisible(ctx, caller, providerId);
  const rows = await q.planRows(ctx.db, providerId);
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind as EmergencyPlanKind,
      title: r.title,
      effectiveOn: r.effective_on,
      fileId: r.file_id,
      createdAt: r.created_at,
    })),
  };
}

export async function addPlan(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  providerId: number,
  b: EmergencyPlanBody,
) {
  assertOwnProvider(caller, providerId);
  if (b.fileId) await assertFiles(ctx, providerId, [b.fileId], 'fileId');
  const divisionCode = await divisionOf(ctx, providerId);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await q.insertPlan(trx, {
      provider_id: providerId,
      kind: b.kind,
      title: b.title,
      effective_on: b.effectiveOn,
      file_id: b.fileId ?? null,
      created_by: caller.id,
      created_at: nowIso(),
    });
    await recordAudit(trx, ctx.keys, actor, {
      action: 'emergency_plan.add',
      entityType: 'provider',
      entityId: providerId,
      divisionCode,
      changes: { planId: row.id, kind: b.kind, title: b.title, effectiveOn: b.effectiveOn },
    });
    return row.id;
  });
  return { id };
}

export async function listDrills(
  ctx: AppContext,
  caller: SessionUser,
  providerId: number,
): Promise<DrillList> {
  await assertProviderVisible(ctx, caller, providerId);
  const rows = await q.drillRows(ctx.db, providerId);
  return {
    items: rows.map((r) => ({
      id: r.id,
      planKind: r.plan_kind as EmergencyPlanKind,
      heldOn: r.held_on,
      participants: r.participants,
      notes: r.notes,
      photoFileIds: JSON.parse(r.photo_file_ids) as number[],
      createdAt: r.created_at,
    })),
  };
}

export async function addDrill(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  providerId: number,
  b: DrillBody,
) {
  assertOwnProvider(caller, providerId);
  if (b.heldOn > todayInBeijing())
    throw invalid({ path: 'heldOn', message: msg('演练日期不能晚于今天', 'Cannot be in the future') });
  await assertFiles(ctx, providerId, b.photoFileIds, 'photoFileIds');
  const divisionCode = await divisionOf(ctx, providerId);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await q.insertDrill(trx, {
      provider_id: providerId,
      plan_kind: b.planKind,
      held_on: b.heldOn,
      participants: b.participants,
      notes: b.notes?.trim() ? b.notes.trim() : null,
      photo_file_ids: JSON.stringify(b.photoFileIds),
      created_by: caller.id,
      created_at: nowIso(),
    });
    await recordAudit(trx, ctx.keys, actor, {
      action: 'drill.add',
      entityType: 'provider',
      entityId: providerId,
      divisionCode,
      changes: { drillId: row.id, planKind: b.planKind, heldOn: b.heldOn, participants: b.participants },
    });
    return row.id;
  });
  return { id };
}

/** Filed providers in scope, those without a drill for six months first. */
export async function listPreparedness(
  ctx: AppContext,
  caller: SessionUser,
  f: PreparednessQuery,
): Promise<PreparednessList> {
  const today = todayInBeijing();
  const cutoff = monthsBefore(today, DRILL_OVERDUE_MONTHS);
  const { count, rows } = q.pagePreparedness(
    ctx.db,
    scopeOf(caller),
    cutoff,
    f.overdue,
    f.pageSize,
    (f.page - 1) * f.pageSize,
  );
  const [c, r] = await Promise.all([count, rows]);
  return {
    items: r.map((x) => ({
      providerId: x.id,
      providerName: x.name,
      divisionName: x.division_name,
      plans: Number(x.plans),
      lastDrillOn: x.last_drill_on,
      drillOverdue: drillOverdue(x.last_drill_on, today),
    })),
    total: Number(c?.n ?? 0),
    page: f.page,
    pageSize: f.pageSize,
  };
}
