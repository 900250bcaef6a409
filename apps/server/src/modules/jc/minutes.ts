/**
 * Minutes (会议纪要): one per meeting, numbered per year 巴托育联纪〔YYYY〕N号 (市卫生健康委代章). Each
 * agreed matter's tasks start open with their lead unit, co-units, due date and expected output;
 * matters of minutes reported to the city government (重大事项报市政府审定) await its approval.
 */
import type { JcMinutes, JcMinutesBody, JcMinutesCreated } from '@tuoyu/contracts';
import { jcMinutesNo } from '@tuoyu/domain';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { conflict, invalid, isUniqueViolation, notFound } from '../../platform/errors';
import { msg } from '../../platform/i18n';
import { nowIso } from '../../platform/time';
import { unknownUnits, visibleMeeting } from './meetings';
import {
  insertMatter,
  insertMinutes,
  markHeld,
  mattersOf,
  meeting,
  minutesOf,
  nextMinutesSeq,
} from './queries';
import { coUnitsOf, insertTask, taskRowsOfMatters } from './queries-tasks';

const ALREADY = msg('本次会议已有会议纪要', 'This meeting already has its minutes');
const RACED = msg(
  '另一份会议纪要同时登记，请重试',
  'Other minutes were recorded at the same moment; try again',
);

export async function recordMinutes(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  meetingId: number,
  b: JcMinutesBody,
): Promise<JcMinutesCreated> {
  const m = await meeting(ctx.db, meetingId);
  if (!m) throw notFound();
  const codes = b.matters.flatMap((matter, i) =>
    matter.tasks.flatMap((t, j) => [
      { path: `matters.${i}.tasks.${j}.leadUnit`, code: t.leadUnit },
      ...t.coUnits.map((code, k) => ({ path: `matters.${i}.tasks.${j}.coUnits.${k}`, code })),
    ]),
  );
  const problems = await unknownUnits(ctx.db, codes);
  if (problems.length) throw invalid(...problems);
  const year = Number(m.date.slice(0, 4));
  return write(ctx, caller, actor, meetingId, b, year).catch((e: unknown) => {
    // Two minutes at once: one meeting's second, or the same number of the year; the loser retries.
    if (isUniqueViolation(e)) throw conflict(RACED);
    throw e;
  });
}

function write(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  meetingId: number,
  b: JcMinutesBody,
  year: number,
) {
  const report = b.reportToCityGovernment === true;
  return ctx.db.transaction().execute(async (trx) => {
    if (await minutesOf(trx, meetingId)) throw conflict(ALREADY);
    const seq = await nextMinutesSeq(trx, year);
    const minutesNo = jcMinutesNo(year, seq);
    const at = nowIso();
    const minutesId = await insertMinutes(trx, {
      meeting_id: meetingId,
      number: minutesNo,
      year,
      seq,
      summary: b.summary,
      report_to_city_government: report ? 1 : 0,
      created_by: caller.id,
      created_at: at,
    });
    const matterIds: number[] = [];
    const taskIds: number[] = [];
    for (const matter of b.matters) {
      const matterId = await insertMatter(trx, {
        minutes_id: minutesId,
        title: matter.title,
        detail: matter.detail,
        city_government_approval: report ? 'pending' : null,
      });
      matterIds.push(matterId);
      for (const t of matter.tasks) {
        const coUnits = [...new Set(t.coUnits)].filter((c) => c !== t.leadUnit);
        taskIds.push(
          await insertTask(
            trx,
            {
              matter_id: matterId,
              title: t.title ?? matter.title,
              lead_unit: t.leadUnit,
              due_on: t.dueOn,
              output: t.output,
              status: 'open',
              last_progress_at: null,
              done_on: null,
              created_at: at,
            },
            coUnits,
          ),
        );
      }
    }
    await markHeld(trx, meetingId);
    await recordAudit(trx, ctx.keys, actor, {
      action: 'jc.minutes.record',
      entityType: 'jc_meeting',
      entityId: meetingId,
      changes: {
        minutesNo,
        matters: matterIds.length,
        tasks: taskIds.length,
        reportToCityGovernment: report,
      },
    });
    return { minutesNo, matterIds, taskIds };
  });
}

/** The minutes of a meeting the caller may see, as printed: each matter with its tasks (404 if none). */
export async function getMinutes(
  ctx: AppContext,
  caller: SessionUser,
  meetingId: number,
): Promise<JcMinutes> {
  const { m, units } = await visibleMeeting(ctx.db, caller, meetingId);
  const minutes = await minutesOf(ctx.db, meetingId);
  if (!minutes) throw notFound();
  const matters = await mattersOf(ctx.db, minutes.id);
  const tasks = await taskRowsOfMatters(
    ctx.db,
    matters.map((x) => x.id),
  );
  const co = await coUnitsOf(
    ctx.db,
    tasks.map((x) => x.id),
  );
  return {
    meetingId: m.id,
    meetingKind: m.kind,
    meetingTitle: m.title,
    date: m.date,
    place: m.place,
    chair: m.chair,
    minutesNo: minutes.number,
    summary: minutes.summary,
    reportToCityGovernment: minutes.report_to_city_government === 1,
    createdAt: minutes.created_at,
    // Only units recorded as present (in person or by a substitute): none while attendance is unrecorded.
    attended: units
      .filter((u) => u.attendance === 'attended' || u.attendance === 'substitute')
      .map((u) => u.unit_code),
    matters: matters.map((x) => ({
      id: x.id,
      title: x.title,
      detail: x.detail,
      cityGovernmentApproval: x.city_government_approval,
      tasks: tasks
        .filter((t) => t.matter_id === x.id)
        .map((t) => ({
          id: t.id,
          title: t.title,
          leadUnit: t.lead_unit,
          coUnits: co.get(t.id) ?? [],
          dueOn: t.due_on,
          output: t.output,
        })),
    })),
  };
}
