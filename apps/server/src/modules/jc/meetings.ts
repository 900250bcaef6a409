/**
 * Meetings (annex 三): plenary, thematic and liaison meetings with their invited units, the units'
 * agenda items (议题) and the attendance the office records. A unit sees the meetings it is invited
 * to; the office and the convener all of them.
 */
import type {
  CreateJcMeetingBody,
  JcAgendaBody,
  JcAttendanceBody,
  JcDecisionBody,
  JcMeeting,
  JcMeetingListItem,
} from '@tuoyu/contracts';
import type { Db } from '../../db';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { conflict, type FieldError, invalid, notFound } from '../../platform/errors';
import { msg } from '../../platform/i18n';
import { nowIso } from '../../platform/time';
import { oversees, unitOf } from './parties';
import {
  agendaItems,
  decideAgendaItem,
  insertAgendaItem,
  insertMeeting,
  mattersOf,
  meeting,
  meetings,
  meetingUnits,
  memberUnitCodes,
  minutesOf,
  setAttendance,
} from './queries';
import { tasksOfMatters } from './queries-tasks';

/** A field error for each code that is not a member unit's, at its path. */
export async function unknownUnits(db: Db, codes: { path: string; code: string }[]): Promise<FieldError[]> {
  const known = await memberUnitCodes(db);
  return codes
    .filter((c) => !known.has(c.code))
    .map((c) => ({
      path: c.path,
      message: msg(`不是联席会议成员单位：${c.code}`, `Not a member unit of the conference: ${c.code}`),
    }));
}

export async function createMeeting(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  b: CreateJcMeetingBody,
) {
  const codes = [...new Set(b.unitCodes)];
  const problems = await unknownUnits(
    ctx.db,
    b.unitCodes.map((code, i) => ({ path: `unitCodes.${i}`, code })),
  );
  if (problems.length) throw invalid(...problems);
  return ctx.db.transaction().execute(async (trx) => {
    const id = await insertMeeting(
      trx,
      {
        kind: b.kind,
        title: b.title,
        date: b.date,
        place: b.place ?? null,
        chair: b.chair ?? null,
        status: 'planned',
        created_by: caller.id,
        created_at: nowIso(),
      },
      codes,
    );
    await recordAudit(trx, ctx.keys, actor, {
      action: 'jc.meeting.create',
      entityType: 'jc_meeting',
      entityId: id,
      changes: { kind: b.kind, title: b.title, date: b.date, units: codes },
    });
    return { id };
  });
}

/** The meetings the caller may see: all for the office and convener, a unit's invitations. */
export async function listMeetings(ctx: AppContext, caller: SessionUser, year: number | undefined) {
  const unit = oversees(caller) ? null : unitOf(caller);
  if (!oversees(caller) && !unit) return { items: [] };
  const rows = await meetings(ctx.db, year, unit);
  const items: JcMeetingListItem[] = rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    title: r.title,
    date: r.date,
    place: r.place,
    chair: r.chair,
    status: r.status,
    minutesNo: r.number ?? null,
  }));
  return { items };
}

/** A meeting the caller may see (404 otherwise), with its invited units. */
export async function visibleMeeting(db: Db, caller: SessionUser, id: number) {
  const m = await meeting(db, id);
  if (!m) throw notFound();
  const units = await meetingUnits(db, id);
  const unit = unitOf(caller);
  if (!oversees(caller) && !(unit && units.some((u) => u.unit_code === unit))) throw notFound();
  return { m, units };
}

export async function getMeeting(ctx: AppContext, caller: SessionUser, id: number): Promise<JcMeeting> {
  const { m, units } = await visibleMeeting(ctx.db, caller, id);
  const [agenda, minutes] = await Promise.all([agendaItems(ctx.db, id), minutesOf(ctx.db, id)]);
  const matters = minutes ? await mattersOf(ctx.db, minutes.id) : [];
  const tasks = await tasksOfMatters(
    ctx.db,
    matters.map((x) => x.id),
  );
  return {
    id: m.id,
    kind: m.kind,
    title: m.title,
    date: m.date,
    place: m.place,
    chair: m.chair,
    status: m.status,
    minutesNo: minutes?.number ?? null,
    units: units.map((u) => ({
      unitCode: u.unit_code,
      attendance: u.attendance,
      substitute: u.substitute,
      reason: u.reason,
    })),
    agenda: agenda.map((a) => ({
      id: a.id,
      unitCode: a.unit_code,
      title: a.title,
      detail: a.detail,
      status: a.status,
    })),
    minutes: minutes
      ? {
          minutesNo: minutes.number,
          summary: minutes.summary,
          reportToCityGovernment: minutes.report_to_city_government === 1,
          matters: matters.map((x) => ({
            id: x.id,
            title: x.title,
            detail: x.detail,
            cityGovernmentApproval: x.city_government_approval,
            taskIds: tasks.filter((t) => t.matter_id === x.id).map((t) => t.id),
          })),
        }
      : null,
  };
}

/** An invited unit or the office puts an item on the agenda (议题). */
export async function proposeAgendaItem(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  b: JcAgendaBody,
) {
  await visibleMeeting(ctx.db, caller, id);
  const unit = oversees(caller) ? null : unitOf(caller);
  return ctx.db.transaction().execute(async (trx) => {
    const itemId = await insertAgendaItem(trx, {
      meeting_id: id,
      unit_code: unit,
      title: b.title,
      detail: b.detail ?? null,
      by: caller.id,
      at: nowIso(),
    });
    await recordAudit(trx, ctx.keys, actor, {
      action: 'jc.agenda.propose',
      entityType: 'jc_meeting',
      entityId: id,
      changes: { itemId, unit, title: b.title },
    });
    return { id: itemId };
  });
}

/** The office accepts or declines a proposed agenda item (409 once decided; 404 for another meeting's). */
export async function decideAgenda(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  itemId: number,
  b: JcDecisionBody,
) {
  await visibleMeeting(ctx.db, caller, id);
  const items = await agendaItems(ctx.db, id);
  if (!items.some((a) => a.id === itemId)) throw notFound();
  return ctx.db.transaction().execute(async (trx) => {
    const status = b.approve ? 'accepted' : 'declined';
    if (!(await decideAgendaItem(trx, id, itemId, status)))
      throw conflict(msg('该议题已处理', 'This agenda item has already been decided'));
    await recordAudit(trx, ctx.keys, actor, {
      action: `jc.agenda.${status === 'accepted' ? 'accept' : 'decline'}`,
      entityType: 'jc_meeting',
      entityId: id,
      changes: { itemId, status, reason: b.reason ?? null },
    });
    return { ok: true as const };
  });
}

/** The office records each invited unit's attendance (a substitute's name, an absence's reason). */
export async function recordAttendance(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  b: JcAttendanceBody,
) {
  const { units } = await visibleMeeting(ctx.db, caller, id);
  const invited = new Set(units.map((u) => u.unit_code));
  const problems: FieldError[] = [];
  b.items.forEach((a, i) => {
    if (!invited.has(a.unitCode))
      problems.push({
        path: `items.${i}.unitCode`,
        message: msg('该单位未受邀参加本次会议', 'This unit is not invited to the meeting'),
      });
    if (a.status === 'substitute' && !a.substitute)
      problems.push({
        path: `items.${i}.substitute`,
        message: msg('委托参会须填写参会人员', 'Name who attended instead'),
      });
    if (a.status === 'absent' && !a.reason)
      problems.push({
        path: `items.${i}.reason`,
        message: msg('缺席须说明原因', 'Give the reason for the absence'),
      });
  });
  if (problems.length) throw invalid(...problems);
  return ctx.db.transaction().execute(async (trx) => {
    for (const a of b.items)
      await setAttendance(trx, id, {
        unitCode: a.unitCode,
        status: a.status,
        substitute: a.status === 'substitute' ? (a.substitute ?? null) : null,
        reason: a.reason ?? null,
      });
    await recordAudit(trx, ctx.keys, actor, {
      action: 'jc.meeting.attendance',
      entityType: 'jc_meeting',
      entityId: id,
      changes: { items: b.items.map((a) => `${a.unitCode}:${a.status}`) },
    });
    return { ok: true as const };
  });
}
