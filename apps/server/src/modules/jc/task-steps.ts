/**
 * A task's steps, each checked against the state machine of @tuoyu/domain: progress by the lead or a
 * co-unit, extension and completion by the lead, the office's decision (an approved extension moves
 * the due date; an approved completion is 销号). Another unit's task is 404, a step not its party's
 * 403, a step the status does not allow 409. Every step is an event and an audit entry, together.
 */
import type { JcCompletionBody, JcDecisionBody, JcExtensionBody, JcProgressBody } from '@tuoyu/contracts';
import { type JcTaskAction, type JcTaskStatus, jcNextStatus, jcPartyMay } from '@tuoyu/domain';
import type { Db } from '../../db';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { conflict, forbidden, invalid } from '../../platform/errors';
import { msg } from '../../platform/i18n';
import { nowIso, todayInBeijing } from '../../platform/time';
import { insertTaskEvent, lastExtension, updateTask } from './queries-tasks';
import { visibleTask } from './tasks';

const WRONG_STATE = msg('任务当前状态不允许此操作', 'The task’s status does not allow this step');

interface Step {
  action: JcTaskAction;
  approve?: boolean;
  text?: string | null;
  percent?: number | null;
  dueOn?: string | null;
  reason?: string | null;
}

async function step(ctx: AppContext, caller: SessionUser, actor: AuditActor, id: number, s: Step) {
  return ctx.db.transaction().execute(async (trx) => {
    const { t, party } = await visibleTask(trx, caller, id);
    if (!jcPartyMay(s.action, party)) throw forbidden();
    const next = jcNextStatus(t.status, s.action, s.approve);
    if (!next) throw conflict(WRONG_STATE);
    const at = nowIso();
    const set = await changes(trx, t, s, next, at);
    if (!(await updateTask(trx, id, t.status, set))) throw conflict(WRONG_STATE);
    await insertTaskEvent(trx, {
      task_id: id,
      kind: s.action,
      unit_code: party === 'office' ? null : (caller.unit ?? null),
      text: s.text ?? null,
      percent: s.percent ?? null,
      due_on: s.dueOn ?? set.due_on ?? null,
      approve: s.approve === undefined ? null : s.approve ? 1 : 0,
      reason: s.reason ?? null,
      by_user: caller.id,
      at,
    });
    await recordAudit(trx, ctx.keys, actor, {
      action: `jc.task.${s.action}`,
      entityType: 'jc_task',
      entityId: id,
      changes: { from: t.status, to: next, approve: s.approve ?? null, dueOn: set.due_on ?? null },
    });
    return { ok: true as const };
  });
}

async function changes(trx: Db, t: { id: number; status: string }, s: Step, next: JcTaskStatus, at: string) {
  const set: { status: JcTaskStatus; last_progress_at?: string; due_on?: string; done_on?: string } = {
    status: next,
  };
  if (s.action === 'progress' || s.action === 'completion') set.last_progress_at = at;
  if (s.action === 'decision' && s.approve && t.status === 'extension_requested') {
    const asked = await lastExtension(trx, t.id);
    if (asked?.due_on) set.due_on = asked.due_on;
  }
  if (next === 'done') set.done_on = todayInBeijing();
  return set;
}

export const reportProgress = (
  ctx: AppContext,
  c: SessionUser,
  a: AuditActor,
  id: number,
  b: JcProgressBody,
) => step(ctx, c, a, id, { action: 'progress', text: b.text, percent: b.percent ?? null });

export function requestExtension(
  ctx: AppContext,
  c: SessionUser,
  a: AuditActor,
  id: number,
  b: JcExtensionBody,
) {
  if (b.dueOn <= todayInBeijing())
    throw invalid({
      path: 'dueOn',
      message: msg('延期后的期限须晚于今天', 'The new due date must be after today'),
    });
  return step(ctx, c, a, id, { action: 'extension', dueOn: b.dueOn, reason: b.reason });
}

export const requestCompletion = (
  ctx: AppContext,
  c: SessionUser,
  a: AuditActor,
  id: number,
  b: JcCompletionBody,
) => step(ctx, c, a, id, { action: 'completion', text: b.text });

export const decideTask = (ctx: AppContext, c: SessionUser, a: AuditActor, id: number, b: JcDecisionBody) =>
  step(ctx, c, a, id, { action: 'decision', approve: b.approve, reason: b.reason ?? null });
