/**
 * 临近提醒 and 逾期提醒 (issue 12 item 4), sent by the daily job `jc-task-reminders` into 我的消息:
 * once when a task turns yellow (due within 3 working days by the platform calendar) and once when it
 * turns red (overdue), to the accounts of its lead and co-units, each recorded as a task event of
 * kind `reminder` and audited. A (task, stage, due date) is claimed once, so a repeated run sends
 * nothing; an approved extension (a new due date) starts its stages anew. The job sends on working
 * days only: on a weekend or holiday nobody is at the desk, and the next working day catches up.
 */
import { isWorkingDay, jcYellowUntil } from '@tuoyu/domain';
import type { Db } from '../../db';
import type { JcReminderStage } from '../../db/schema';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { nowIso } from '../../platform/time';
import { currentCalendar } from '../calendar/service';
import { insertNoticeOnce } from '../notices/queries';
import { claimReminder, tasksDueBy, unitAccounts } from './queries-reminders';
import { coUnitsOf, insertTaskEvent } from './queries-tasks';

const dateZh = (d: string) => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

const WORDING: Record<JcReminderStage, (title: string, dueOn: string) => { title: string; body: string }> = {
  yellow: (title, dueOn) => ({
    title: `督办任务临近期限：${title}`,
    body: `“${title}”的完成时限为${dateZh(dueOn)}，已不足 3 个工作日，请抓紧办理并及时反馈进展。`,
  }),
  red: (title, dueOn) => ({
    title: `督办任务已逾期：${title}`,
    body: `“${title}”的完成时限${dateZh(dueOn)}已过，请尽快办结；确需延期的，请牵头单位申请延期。`,
  }),
};

/** Sends a notice about a task to every account of its lead and co-units; how many were sent. */
export async function noticeUnits(
  trx: Db,
  task: { id: number; lead_unit: string },
  notice: { kind: string; title: string; body: string; dedupe: string | null },
) {
  const co = (await coUnitsOf(trx, [task.id])).get(task.id) ?? [];
  let sent = 0;
  for (const u of await unitAccounts(trx, [task.lead_unit, ...co])) {
    const row = await insertNoticeOnce(trx, {
      user_id: u.id,
      provider_id: null,
      child_id: null,
      kind: notice.kind,
      title: notice.title,
      body: notice.body,
      created_at: nowIso(),
      read_at: null,
      dedupe_key: notice.dedupe ? `${notice.dedupe}:${u.id}` : null,
    });
    if (row) sent++;
  }
  return sent;
}

export async function sendTaskReminders(ctx: AppContext, actor: AuditActor, day: string) {
  const calendar = await currentCalendar(ctx.db);
  const works = (d: string) => isWorkingDay(d, calendar);
  const counts = { yellow: 0, red: 0, notices: 0 };
  if (!works(day)) return counts;
  for (const t of await tasksDueBy(ctx.db, jcYellowUntil(day, works))) {
    const stage: JcReminderStage = t.due_on < day ? 'red' : 'yellow';
    await ctx.db.transaction().execute(async (trx) => {
      if (!(await claimReminder(trx, { task_id: t.id, stage, due_on: t.due_on, sent_on: day }))) return;
      const words = WORDING[stage](t.title, t.due_on);
      counts[stage]++;
      counts.notices += await noticeUnits(trx, t, {
        kind: `jc.task.${stage}`,
        ...words,
        dedupe: `jc.task.${stage}:${t.id}:${t.due_on}`,
      });
      await insertTaskEvent(trx, {
        task_id: t.id,
        kind: 'reminder',
        unit_code: null,
        text: words.body,
        percent: null,
        due_on: t.due_on,
        approve: null,
        reason: null,
        by_user: null,
        at: nowIso(),
      });
      await recordAudit(trx, ctx.keys, actor, {
        action: 'jc.task.reminder',
        entityType: 'jc_task',
        entityId: t.id,
        changes: { stage, dueOn: t.due_on },
      });
    });
  }
  return counts;
}
