/**
 * Handling a case (SPEC C6): acknowledge, assign (or re-route), notes and the answer, each a
 * state-machine transition with its timeline event.
 */
import type { ComplaintAnswerBody, ComplaintAssignBody } from '@tuoyu/contracts';
import { can } from '@tuoyu/contracts';
import {
  type ComplaintAction,
  type ComplaintStatus,
  complaintActionAllowed,
  complaintStatusAfter,
} from '@tuoyu/domain';
import type { Updateable } from 'kysely';
import type { Db } from '../../db';
import type { ComplaintTable } from '../../db/schema-complaints';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { conflict, forbidden, invalid } from '../../platform/errors';
import { msg } from '../../platform/i18n';
import { divisionPrefix } from '../../platform/scope';
import { nowIso } from '../../platform/time';
import { getForConsole, loadVisible, mayHandle } from './console';
import type { ComplaintRow } from './queries';
import * as q from './queries';

/** Loads the case, checks the caller may act and the state machine allows it (409 if not). */
async function guard(ctx: AppContext, caller: SessionUser, id: number, action: ComplaintAction) {
  const r = await loadVisible(ctx, caller, id);
  if (!mayHandle(caller, r, action)) throw forbidden();
  if (!complaintActionAllowed(r.status as ComplaintStatus, action))
    throw conflict(
      msg(`当前状态（${r.status}）不能执行此操作`, `Not allowed while the complaint is ${r.status}`),
    );
  return r;
}

export async function acknowledge(ctx: AppContext, caller: SessionUser, actor: AuditActor, id: number) {
  const r = await guard(ctx, caller, id, 'acknowledge');
  const at = nowIso();
  await ctx.db.transaction().execute(async (trx) => {
    await transition(trx, r, 'acknowledge', { acknowledged_at: at, updated_at: at });
    await q.insertEvent(trx, { complaint_id: id, kind: 'acknowledged', actor_id: caller.id, text: null, at });
    await recordAudit(trx, ctx.keys, actor, {
      action: 'complaint.acknowledge',
      entityType: 'complaint',
      entityId: id,
      divisionCode: r.division_code,
      changes: { status: { from: r.status, to: 'acknowledged' } },
    });
  });
  return getForConsole(ctx, caller, id);
}

export async function assign(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  b: ComplaintAssignBody,
) {
  const r = await loadVisible(ctx, caller, id);
  if (!mayHandle(caller, r, 'assign')) throw forbidden();
  if (r.status === 'answered')
    throw conflict(msg('已答复的投诉不能再分派', 'An answered complaint cannot be assigned'));
  const at = nowIso();
  const set: Updateable<ComplaintTable> = { updated_at: at };
  let text: string;
  if (b.divisionCode) {
    // Re-routing a triage case to a county is the city's call and does not move the status.
    if (!can(caller.role, 'complaints.reroute')) throw forbidden();
    const county = await q.county(ctx.db, b.divisionCode);
    if (!county)
      throw invalid({ path: 'divisionCode', message: msg('不是本市的区县', 'Not a county of the city') });
    Object.assign(set, { division_code: county.code, township_code: null, assigned_user_id: null });
    text = `转至${county.name}`;
  } else {
    if (!complaintActionAllowed(r.status as ComplaintStatus, 'assign'))
      throw conflict(msg('请先受理再分派', 'Acknowledge the complaint before assigning it'));
    const prefix = divisionPrefix(r.division_code);
    if (b.townshipCode) {
      const town = await q.townshipOf(ctx.db, r.division_code, b.townshipCode);
      if (!town)
        throw invalid({
          path: 'townshipCode',
          message: msg('不是本区县的乡镇街道', 'Not a township of this county'),
        });
      Object.assign(set, { township_code: town.code, assigned_user_id: null, status: 'assigned' });
      text = `分派至${town.name}`;
    } else {
      const user = await q.activeOfficer(ctx.db, b.userId as number);
      if (!user?.division_code.startsWith(prefix))
        throw invalid({
          path: 'userId',
          message: msg('不是本区县的工作人员', 'Not an officer of this county'),
        });
      Object.assign(set, { assigned_user_id: user.id, status: 'assigned' });
      text = `分派给${user.display_name}`;
    }
  }
  await ctx.db.transaction().execute(async (trx) => {
    await q.updateComplaint(trx, id, set);
    await q.insertEvent(trx, { complaint_id: id, kind: 'assigned', actor_id: caller.id, text, at });
    await recordAudit(trx, ctx.keys, actor, {
      action: 'complaint.assign',
      entityType: 'complaint',
      entityId: id,
      divisionCode: r.division_code,
      changes: {
        ...(set.status && set.status !== r.status ? { status: { from: r.status, to: set.status } } : {}),
        ...(b.divisionCode ? { divisionCode: { from: r.division_code, to: b.divisionCode } } : {}),
        ...(b.townshipCode ? { townshipCode: { from: r.township_code, to: b.townshipCode } } : {}),
        ...(b.userId ? { assignedUserId: { from: r.assigned_user_id, to: b.userId } } : {}),
      },
    });
  });
  // After a re-route the caller may no longer see the case (a county regulator never re-routes).
  return getForConsole(ctx, caller, id);
}

export async function addNote(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  text: string,
) {
  const r = await guard(ctx, caller, id, 'note');
  const at = nowIso();
  await ctx.db.transaction().execute(async (trx) => {
    await q.updateComplaint(trx, id, { updated_at: at });
    await q.insertEvent(trx, { complaint_id: id, kind: 'note', actor_id: caller.id, text, at });
    await recordAudit(trx, ctx.keys, actor, {
      action: 'complaint.note',
      entityType: 'complaint',
      entityId: id,
      divisionCode: r.division_code,
      changes: { note: text },
    });
  });
  return getForConsole(ctx, caller, id);
}

export async function answer(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  b: ComplaintAnswerBody,
) {
  const r = await guard(ctx, caller, id, 'answer');
  const at = nowIso();
  await ctx.db.transaction().execute(async (trx) => {
    await transition(trx, r, 'answer', {
      outcome: b.outcome,
      reply: b.reply,
      answered_at: at,
      answered_by: caller.id,
      updated_at: at,
    });
    await q.insertEvent(trx, { complaint_id: id, kind: 'answered', actor_id: caller.id, text: b.reply, at });
    await recordAudit(trx, ctx.keys, actor, {
      action: 'complaint.answer',
      entityType: 'complaint',
      entityId: id,
      divisionCode: r.division_code,
      changes: { status: { from: r.status, to: 'answered' }, outcome: b.outcome, reply: b.reply },
    });
  });
  return getForConsole(ctx, caller, id);
}

async function transition(
  trx: Db,
  r: ComplaintRow,
  action: ComplaintAction,
  set: Updateable<ComplaintTable>,
) {
  const to = complaintStatusAfter(r.status as ComplaintStatus, action);
  // Guarded by the status read before: a concurrent change makes this update miss, answered 409.
  if ((await q.updateWhileStatus(trx, r.id, r.status, { ...set, status: to })) === 0)
    throw conflict(msg('投诉状态已被他人更改，请刷新', 'The complaint was changed meanwhile; reload it'));
}
