/**
 * Rectification (SPEC C5): the provider answers each failed item until an inspector (or the county
 * regulator) verifies the fix; the last verified item closes the inspection.
 */
import type { ReplyFindingBody, VerifyFindingBody } from '@tuoyu/contracts';
import { type FindingAction, isInspectionClosed, nextFindingStatus } from '@tuoyu/domain';
import type { Db } from '../../db';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors';
import { msg } from '../../platform/i18n';
import { assertOwnProvider, ownProvider } from '../../platform/provider-access';
import { nowIso, todayInBeijing } from '../../platform/time';
import * as q from './queries';
import * as qf from './queries-findings';

async function loadFinding(trx: Db, inspectionId: number, findingId: number) {
  const f = await qf.findingOf(trx, inspectionId, findingId);
  if (!f) throw notFound();
  return f;
}

const ILLEGAL: Record<FindingAction, { zh: string; en: string }> = {
  reply: msg('只能答复待整改的问题', 'Only an open finding can be answered'),
  accept: msg('只能复核机构已答复整改的问题', 'Only a finding the provider has answered can be verified'),
  reject: msg('只能退回机构已答复整改的问题', 'Only a finding the provider has answered can be sent back'),
};

/** The provider's manager answers an open finding with what was done and the evidence. */
export async function replyFinding(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  findingId: number,
  b: ReplyFindingBody,
) {
  const row = await q.visibleInspection(ctx.db, caller, id);
  if (caller.role !== 'provider_manager') throw forbidden();
  assertOwnProvider(caller, row.provider_id);
  const fileIds = [...new Set(b.fileIds)];
  if (fileIds.length) {
    const known = await qf.knownFiles(ctx.db, fileIds, row.provider_id);
    if (known.length !== fileIds.length)
      throw invalid({ path: 'fileIds', message: msg('附件不存在', 'Unknown file') });
  }
  return ctx.db.transaction().execute(async (trx) => {
    const f = await loadFinding(trx, id, findingId);
    if (nextFindingStatus(f.status, 'reply') === null) throw conflict(ILLEGAL.reply);
    const at = nowIso();
    const updated = await qf.updateFinding(
      trx,
      findingId,
      {
        status: 'rectified',
        reply: b.text,
        reply_file_ids: JSON.stringify(fileIds),
        replied_at: at,
        replied_by: caller.id,
      },
      'open',
    );
    if (!updated) throw conflict(ILLEGAL.reply);
    await recordAudit(trx, ctx.keys, actor, {
      action: 'inspection.finding.reply',
      entityType: 'inspection',
      entityId: id,
      divisionCode: row.division_code,
      changes: { findingId, text: b.text, fileIds },
    });
    return { id: findingId, status: 'rectified' as const };
  });
}

/** An assigned inspector (or the county regulator) accepts the fix or sends it back with the reason. */
export async function verifyFinding(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  findingId: number,
  b: VerifyFindingBody,
) {
  const row = await q.visibleInspection(ctx.db, caller, id);
  const mayVerify =
    (await q.isAssigned(ctx.db, id, caller.id)) ||
    (caller.role === 'county_regulator' && caller.providerId === null);
  if (!mayVerify) throw forbidden();
  const action: FindingAction = b.accepted ? 'accept' : 'reject';
  return ctx.db.transaction().execute(async (trx) => {
    const f = await loadFinding(trx, id, findingId);
    const next = nextFindingStatus(f.status, action);
    if (next === null) throw conflict(ILLEGAL[action]);
    const at = nowIso();
    const verification = b.accepted
      ? { status: 'verified' as const, verified_at: at, verified_by: caller.id }
      : { status: 'open' as const, rejection: b.note ?? null, verified_at: null, verified_by: null };
    const updated = await qf.updateFinding(trx, findingId, verification, 'rectified');
    if (!updated) throw conflict(ILLEGAL[action]);
    const failed = (await qf.findingsOf(trx, id)).filter((x) => x.status !== null);
    const closes = isInspectionClosed(
      row.result,
      failed.map((x) => x.status),
    );
    if (closes) await q.updateInspectionIn(trx, id, 'submitted', { status: 'closed', closed_at: at });
    await recordAudit(trx, ctx.keys, actor, {
      action: b.accepted ? 'inspection.finding.verify' : 'inspection.finding.reject',
      entityType: 'inspection',
      entityId: id,
      divisionCode: row.division_code,
      changes: { findingId, accepted: b.accepted, note: b.note ?? null, inspectionClosed: closes },
    });
    return { id: findingId, status: next, inspectionClosed: closes };
  });
}

/** The provider's rectification notices: failed findings still open or awaiting verification. */
export async function rectifications(ctx: AppContext, caller: SessionUser) {
  const providerId = ownProvider(caller);
  const rows = await qf.openRectifications(ctx.db, providerId);
  const today = todayInBeijing();
  return {
    items: rows.map((r) => ({
      inspectionId: r.inspection_id,
      inspectedOn: r.inspected_on,
      result: r.result,
      findingId: r.id,
      itemText: r.text,
      category: r.category,
      note: r.note,
      status: r.status ?? 'open',
      deadline: r.deadline,
      rejection: r.rejection,
      reply: r.reply,
      repliedAt: r.replied_at,
      overdue: r.status === 'open' && !!r.deadline && r.deadline < today,
    })),
  };
}
