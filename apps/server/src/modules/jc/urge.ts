/**
 * 催办 (issue 12 item 4): the office's notice on a task to its lead unit and co-units, into their
 * 我的消息, recorded as a task event of kind `reminder` and audited. A done task is not urged (409).
 */
import type { JcUrgeBody } from '@tuoyu/contracts';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { conflict } from '../../platform/errors';
import { msg } from '../../platform/i18n';
import { nowIso } from '../../platform/time';
import { insertTaskEvent } from './queries-tasks';
import { noticeUnits } from './reminders';
import { visibleTask } from './tasks';

export async function urgeTask(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  b: JcUrgeBody,
) {
  return ctx.db.transaction().execute(async (trx) => {
    const { t } = await visibleTask(trx, caller, id);
    if (t.status === 'done') throw conflict(msg('任务已办结，无需催办', 'The task is done; nothing to urge'));
    const notices = await noticeUnits(trx, t, {
      kind: 'jc.task.urge',
      title: `联席会议办公室催办：${t.title}`,
      body: b.text,
      dedupe: null,
    });
    const eventId = await insertTaskEvent(trx, {
      task_id: id,
      kind: 'reminder',
      unit_code: null,
      text: b.text,
      percent: null,
      due_on: t.due_on,
      approve: null,
      reason: null,
      by_user: caller.id,
      at: nowIso(),
    });
    await recordAudit(trx, ctx.keys, actor, {
      action: 'jc.task.urge',
      entityType: 'jc_task',
      entityId: id,
      changes: { notices },
    });
    return { id: eventId };
  });
}
