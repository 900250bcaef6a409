/**
 * Incidents (安全事故; SPEC C7): a provider reports, serious and critical reports alert the county at
 * once, the provider and the county follow up, the county closes. `late` is fixed at reporting with
 * the city's `incidentLateHours` of that moment. Children appear masked (PIPL) in every view.
 */
import {
  can,
  type IncidentAlerts,
  type IncidentBody,
  type IncidentDetail,
  type IncidentList,
  type IncidentListItem,
  type IncidentListQuery,
  type Permission,
} from '@tuoyu/contracts';
import {
  alertsCounty,
  type IncidentSeverity,
  type IncidentStatus,
  type IncidentType,
  isLateReport,
  maskPersonName,
  nextIncidentStatus,
} from '@tuoyu/domain';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { conflict, invalid, notFound } from '../../platform/errors';
import { msg } from '../../platform/i18n';
import { ownProvider } from '../../platform/provider-access';
import { scopeOf } from '../../platform/scope';
import { nowIso } from '../../platform/time';
import { standardsSettings } from '../settings/service';
import * as q from './queries';

/** A device clock a little ahead of the server's is not "the future". */
const CLOCK_SKEW_MS = 5 * 60_000;

function toItem(r: q.IncidentRow): IncidentListItem {
  return {
    id: r.id,
    providerId: r.provider_id,
    providerName: r.provider_name,
    divisionCode: r.division_code,
    divisionName: r.division_name,
    type: r.type as IncidentType,
    severity: r.severity as IncidentSeverity,
    status: r.status as IncidentStatus,
    occurredAt: r.occurred_at,
    reportedAt: r.reported_at,
    late: r.late === 1,
    alert: r.alert === 1,
    acknowledgedAt: r.acknowledged_at,
    childCount: Number(r.child_count),
  };
}

export async function reportIncident(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  b: IncidentBody,
) {
  const providerId = ownProvider(caller);
  const now = nowIso();
  if (Date.parse(b.occurredAt) > Date.parse(now) + CLOCK_SKEW_MS)
    throw invalid({ path: 'occurredAt', message: msg('发生时间不能晚于现在', 'Cannot be in the future') });
  if (b.guardiansNotifiedAt && Date.parse(b.guardiansNotifiedAt) > Date.parse(now) + CLOCK_SKEW_MS)
    throw invalid({
      path: 'guardiansNotifiedAt',
      message: msg('通知时间不能晚于现在', 'Cannot be in the future'),
    });
  const childIds = [...new Set(b.childIds ?? [])];
  if (childIds.length) {
    const found = await q.providerChildIds(ctx.db, providerId, childIds);
    if (found.length !== childIds.length)
      throw invalid({
        path: 'childIds',
        message: msg('只能选择本机构的幼儿', "Only this provider's children"),
      });
  }
  const provider = await q.providerPlace(ctx.db, providerId);
  const { incidentLateHours } = await standardsSettings(ctx.db);
  // Normalised to UTC ISO so text order is time order on both engines.
  const occurredAt = new Date(b.occurredAt).toISOString();
  const late = isLateReport(occurredAt, now, incidentLateHours);
  const alert = alertsCounty(b.severity);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await q.insertIncident(trx, {
      provider_id: providerId,
      division_code: provider.division_code,
      township_code: provider.township_code,
      type: b.type,
      severity: b.severity,
      occurred_at: occurredAt,
      reported_at: now,
      late: late ? 1 : 0,
      description: b.description,
      actions_taken: b.actionsTaken,
      guardians_notified_at: b.guardiansNotifiedAt ? new Date(b.guardiansNotifiedAt).toISOString() : null,
      status: 'open',
      alert: alert ? 1 : 0,
      acknowledged_at: null,
      acknowledged_by: null,
      closed_at: null,
      closed_by: null,
      close_summary: null,
      reported_by: caller.id,
      updated_at: now,
    });
    for (const childId of childIds) await q.insertIncidentChild(trx, row.id, childId);
    await recordAudit(trx, ctx.keys, actor, {
      action: 'incident.report',
      entityType: 'incident',
      entityId: row.id,
      divisionCode: provider.division_code,
      changes: { type: b.type, severity: b.severity, occurredAt, late, alert, children: childIds.length },
    });
    return row.id;
  });
  return { id, late, alert };
}

export async function listIncidents(
  ctx: AppContext,
  caller: SessionUser,
  f: IncidentListQuery,
): Promise<IncidentList> {
  const filter = { ...f, scope: scopeOf(caller) };
  const [total, rows] = await Promise.all([
    q.countIncidents(ctx.db, filter),
    q.pageIncidents(ctx.db, filter, f.pageSize, (f.page - 1) * f.pageSize),
  ]);
  return { items: rows.map(toItem), total, page: f.page, pageSize: f.pageSize };
}

export async function incidentAlerts(ctx: AppContext, caller: SessionUser): Promise<IncidentAlerts> {
  const filter = { scope: scopeOf(caller), alertsOnly: true };
  const [count, rows] = await Promise.all([
    q.countIncidents(ctx.db, filter),
    q.pageIncidents(ctx.db, filter, 20, 0),
  ]);
  return { count, items: rows.map(toItem) };
}

async function load(ctx: AppContext, caller: SessionUser, id: number) {
  const row = await q.findIncident(ctx.db, scopeOf(caller), id);
  if (!row) throw notFound();
  return row;
}

export async function getIncident(ctx: AppContext, caller: SessionUser, id: number): Promise<IncidentDetail> {
  const row = await load(ctx, caller, id);
  const [children, updates] = await Promise.all([
    q.incidentChildren(ctx.db, id),
    q.incidentUpdates(ctx.db, id),
  ]);
  return {
    ...toItem(row),
    description: row.description,
    actionsTaken: row.actions_taken,
    guardiansNotifiedAt: row.guardians_notified_at,
    closedAt: row.closed_at,
    closeSummary: row.close_summary,
    children: children.map((c) => ({
      id: c.id,
      name: maskPersonName(c.name),
      residentId: c.resident_id_masked,
    })),
    updates: updates.map((u) => ({
      id: u.id,
      at: u.at,
      authorName: u.author_name,
      authorRole: u.author_role,
      kind: u.kind as 'follow_up' | 'close',
      text: u.text,
    })),
    actions: incidentActions(caller, row),
  };
}

/** What the caller may do on an incident they can see. */
function incidentActions(caller: SessionUser, row: q.IncidentRow): Permission[] {
  const open = row.status !== 'closed';
  const actions: Permission[] = [];
  if (can(caller.role, 'incidents.acknowledge') && row.alert === 1 && !row.acknowledged_at)
    actions.push('incidents.acknowledge');
  if (open && can(caller.role, 'incidents.follow-up')) actions.push('incidents.follow-up');
  if (open && can(caller.role, 'incidents.close')) actions.push('incidents.close');
  return actions;
}

const illegal = (status: string) =>
  conflict(msg(`事故当前状态（${status}）不允许此操作`, `Not allowed while the incident is ${status}`));

export async function acknowledgeIncident(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
) {
  const row = await load(ctx, caller, id);
  if (row.alert !== 1 || row.acknowledged_at)
    throw conflict(msg('该事故无待确认的预警', 'No unacknowledged alert on this incident'));
  const now = nowIso();
  await ctx.db.transaction().execute(async (trx) => {
    await q.markAcknowledged(trx, id, caller.id, now);
    await recordAudit(trx, ctx.keys, actor, {
      action: 'incident.acknowledge',
      entityType: 'incident',
      entityId: id,
      divisionCode: row.division_code,
      changes: { acknowledgedAt: now },
    });
  });
  return getIncident(ctx, caller, id);
}

async function addUpdate(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  action: 'follow_up' | 'close',
  text: string,
) {
  const row = await load(ctx, caller, id);
  const to = nextIncidentStatus(row.status as IncidentStatus, action);
  if (!to) throw illegal(row.status);
  const now = nowIso();
  await ctx.db.transaction().execute(async (trx) => {
    await q.insertIncidentUpdate(trx, {
      incident_id: id,
      at: now,
      author_id: caller.id,
      author_name: caller.displayName,
      author_role: caller.role,
      kind: action,
      text,
    });
    await q.setIncidentStatus(trx, id, to, now, action === 'close' ? { by: caller.id, summary: text } : null);
    await recordAudit(trx, ctx.keys, actor, {
      action: action === 'close' ? 'incident.close' : 'incident.follow_up',
      entityType: 'incident',
      entityId: id,
      divisionCode: row.division_code,
      changes: { status: { from: row.status, to }, text },
    });
  });
  return getIncident(ctx, caller, id);
}

export const followUpIncident = (
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  text: string,
) => addUpdate(ctx, caller, actor, id, 'follow_up', text);

export const closeIncident = (
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  summary: string,
) => addUpdate(ctx, caller, actor, id, 'close', summary);
