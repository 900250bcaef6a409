/**
 * The inspector pool and conflict declarations (standards.md, Supervision: a pool of inspectors,
 * ≥ 2 per check, recusal of an inspector tied to the provider). The pool of a division is every
 * active user the domain rule `mayInspectIn` admits there: health commission staff, and 消防, 公安,
 * 市场监管 officers for joint checks.
 */
import type { ConflictBody, Inspector, InspectorConflict } from '@tuoyu/contracts';
import { can, INSPECTORS } from '@tuoyu/contracts';
import { isInspectorRole, mayInspectIn } from '@tuoyu/domain';
import type { Db } from '../../db';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors';
import { msg } from '../../platform/i18n';
import { isInScope, scopeOf } from '../../platform/scope';
import { nowIso } from '../../platform/time';
import { referenceNames } from '../reference/names';
import {
  conflictRows,
  insertConflict,
  inspectableProvidersInScope,
  inspectorCandidates,
  openConflict,
  ownConflict,
  providerInScope,
  withdrawConflictRow,
} from './queries';

/** "临河区卫生健康委 · 陈检查员"-style label parts for a user. */
export async function inspectorLabel(
  db: Db,
  u: { display_name: string; unit: string | null; division_code: string },
) {
  const names = await referenceNames(db);
  const divisionName = names.divisions.get(u.division_code) ?? u.division_code;
  const unitLocal = u.unit ? names.units.get(u.unit) : undefined;
  const unitName = unitLocal ? `${divisionName}${unitLocal}` : null;
  return { divisionName, unitName, label: unitName ? `${unitName} · ${u.display_name}` : u.display_name };
}

/** Every active user allowed to inspect in `divisionCode`, ordered by division, unit, id. */
export async function inspectorPool(db: Db, divisionCode: string): Promise<Inspector[]> {
  const rows = await inspectorCandidates(db);
  const out: Inspector[] = [];
  for (const r of rows) {
    const candidate = { role: r.role, unit: r.unit, divisionCode: r.division_code };
    if (!mayInspectIn(candidate, divisionCode, INSPECTORS)) continue;
    const l = await inspectorLabel(db, r);
    out.push({
      id: r.id,
      displayName: r.display_name,
      role: r.role,
      unit: r.unit,
      unitName: l.unitName,
      divisionCode: r.division_code,
      divisionName: l.divisionName,
    });
  }
  return out;
}

/** The pool of a division in the caller's scope (default: the caller's own division). */
export async function listInspectors(ctx: AppContext, caller: SessionUser, divisionCode?: string) {
  const code = divisionCode ?? caller.divisionCode;
  if (!isInScope(scopeOf(caller), code)) throw notFound();
  return { items: await inspectorPool(ctx.db, code) };
}

const isRegulator = (caller: SessionUser) => can(caller.role, 'inspectors.read');

export async function listConflicts(
  ctx: AppContext,
  caller: SessionUser,
): Promise<{ items: InspectorConflict[] }> {
  // Inspectors see their own declarations; regulators every declaration about providers in scope.
  const rows = await conflictRows(
    ctx.db,
    isRegulator(caller) ? { scope: scopeOf(caller) } : { inspectorId: caller.id },
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      inspectorId: r.inspector_id,
      inspectorName: r.display_name,
      providerId: r.provider_id,
      providerName: r.name,
      divisionCode: r.division_code,
      reason: r.reason,
      declaredAt: r.declared_at,
      withdrawnAt: r.withdrawn_at,
    })),
  };
}

/** The inspectable providers an inspector may declare a tie to (his scope), for the picker. */
export async function conflictProviders(ctx: AppContext, caller: SessionUser) {
  const rows = await inspectableProvidersInScope(ctx.db, scopeOf(caller));
  return { items: rows.map((r) => ({ id: r.id, name: r.name, divisionCode: r.division_code })) };
}

/** An inspector declares, for himself, a tie to a provider in his scope (回避申报). */
export async function declareConflict(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  b: ConflictBody,
) {
  if (!isInspectorRole(caller, INSPECTORS)) throw forbidden();
  const provider = await providerInScope(ctx.db, scopeOf(caller), b.providerId);
  if (!provider)
    throw invalid({
      path: 'providerId',
      message: msg('机构不在您的检查范围内', 'The provider is outside your area'),
    });
  return ctx.db.transaction().execute(async (trx) => {
    const open = await openConflict(trx, caller.id, provider.id);
    if (open)
      throw conflict(msg('已申报过与该机构的回避', 'A conflict with this provider is already declared'));
    const id = await insertConflict(trx, {
      inspectorId: caller.id,
      providerId: provider.id,
      reason: b.reason,
      declaredAt: nowIso(),
    });
    await recordAudit(trx, ctx.keys, actor, {
      action: 'inspector_conflict.declare',
      entityType: 'inspector_conflict',
      entityId: id,
      divisionCode: provider.division_code,
      changes: { providerId: provider.id, reason: b.reason },
    });
    return { id };
  });
}

/**
 * Withdraws one's own declaration. Plans already published keep the conflicts they froze: the
 * withdrawal only counts for plans published afterwards.
 */
export async function withdrawConflict(ctx: AppContext, caller: SessionUser, actor: AuditActor, id: number) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await ownConflict(trx, caller.id, id);
    if (!row) throw notFound();
    if (row.withdrawn_at) throw conflict(msg('该申报已撤回', 'Already withdrawn'));
    await withdrawConflictRow(trx, id, nowIso());
    await recordAudit(trx, ctx.keys, actor, {
      action: 'inspector_conflict.withdraw',
      entityType: 'inspector_conflict',
      entityId: id,
      divisionCode: row.division_code,
      changes: { providerId: row.provider_id },
    });
    return { ok: true as const };
  });
}
