/**
 * Attendance and the live staff-to-child ratio (托育机构设置标准（试行）; standards.md: checked live —
 * carers checked in against children checked in, per class). A carer whose yearly health exam has
 * lapsed is not counted. A breach is recorded from the check-in that broke the ratio to the one
 * that restored it, so the provider is alerted at once and the county sees how long it lasted.
 */
import type { Ratios } from '@tuoyu/contracts';
import { type ClassType, minCarers } from '@tuoyu/domain';
import type { Db } from '../../db';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { conflict, invalid } from '../../platform/errors';
import { msg } from '../../platform/i18n';
import { assertProviderVisible, ownProvider } from '../../platform/provider-access';
import { scopeOf } from '../../platform/scope';
import { beijingDate, nowIso, todayInBeijing } from '../../platform/time';
import { standardsSettings } from '../settings/service';
import { healthExamLapsed } from '../staff/service';
import {
  breachRows,
  checkIn,
  checkOut,
  currentStaff,
  endBreach,
  enrolledChild,
  insertBreach,
  openAttendance,
  openBreachesOfProvider,
  openBreachOfClass,
  presentRows,
  presentWithStaff,
  providerClass,
  providerClasses,
  providerDivision,
} from './queries';

interface AttendanceInput {
  subject: 'child' | 'staff';
  id: number;
  classId: number;
  action: 'in' | 'out';
  at?: string | undefined;
}

export async function recordAttendance(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  b: AttendanceInput,
) {
  const providerId = ownProvider(caller);
  const at = b.at ? new Date(b.at).toISOString() : nowIso();
  const day = beijingDate(at);
  const cls = await providerClass(ctx.db, providerId, b.classId);
  if (!cls)
    throw invalid({ path: 'classId', message: msg('本机构没有这个班级', 'No such class at this provider') });
  if (b.subject === 'child') {
    const c = await enrolledChild(ctx.db, providerId, b.id);
    if (!c)
      throw invalid({ path: 'id', message: msg('本机构没有这名在托幼儿', 'No such child enrolled here') });
    if (c.class_id !== b.classId)
      throw invalid({ path: 'classId', message: msg('幼儿不在这个班级', 'The child is not in this class') });
  } else {
    const s = await currentStaff(ctx.db, providerId, b.id);
    if (!s)
      throw invalid({ path: 'id', message: msg('本机构没有这名在职人员', 'No such staff member here') });
  }
  return ctx.db.transaction().execute(async (trx) => {
    const open = await openAttendance(trx, b.subject, b.id, day);
    if (b.action === 'in') {
      if (open) throw conflict(msg('已签到，请先签退', 'Already checked in'));
      await checkIn(trx, { providerId, classId: b.classId, subject: b.subject, subjectId: b.id, day, at });
    } else {
      if (!open) throw conflict(msg('尚未签到，不能签退', 'Not checked in'));
      await checkOut(trx, open.id, at);
    }
    const affected = new Set([b.classId, open?.class_id ?? b.classId]);
    for (const classId of affected) await trackBreach(trx, { providerId, classId, day, at });
    await recordAudit(trx, ctx.keys, actor, {
      action: `attendance.${b.action}`,
      entityType: b.subject,
      entityId: b.id,
      changes: { classId: b.classId, at },
    });
    return { ok: true as const };
  });
}

/** Who is checked in now at the caller's provider (the roll-call screen starts from this). */
export async function presentNow(ctx: AppContext, caller: SessionUser) {
  const providerId = ownProvider(caller);
  const rows = await presentRows(ctx.db, providerId, todayInBeijing());
  return {
    items: rows.map((r) => ({
      subject: r.subject as 'child' | 'staff',
      id: r.subject_id,
      classId: r.class_id,
      since: r.in_at,
    })),
  };
}

/** Live figures per class: children and counted carers present now. */
async function classFigures(db: Db, providerId: number, day: string) {
  const [classes, present, settings] = await Promise.all([
    providerClasses(db, providerId),
    presentWithStaff(db, providerId, day),
    standardsSettings(db),
  ]);
  return classes.map((c) => {
    const here = present.filter((p) => p.class_id === c.id);
    const childrenPresent = here.filter((p) => p.subject === 'child').length;
    const carersPresent = here.filter(
      (p) => p.subject === 'staff' && p.role === 'carer' && !healthExamLapsed(p.health_exam_date, day),
    ).length;
    const required = minCarers(c.type as ClassType, childrenPresent, settings);
    return {
      classId: c.id,
      name: c.name,
      type: c.type as ClassType,
      childrenPresent,
      carersPresent,
      required,
      ok: carersPresent >= required,
    };
  });
}

/** The class whose figures a check-in or -out changed, on which day, at what time. */
interface ClassChange {
  providerId: number;
  classId: number;
  day: string;
  at: string;
}

/** Opens a ratio breach for the class when it falls short, ends the open one when it is met again. */
export async function trackBreach(db: Db, { providerId, classId, day, at }: ClassChange) {
  const figures = (await classFigures(db, providerId, day)).find((f) => f.classId === classId);
  if (!figures) return;
  const open = await openBreachOfClass(db, classId);
  if (!figures.ok && !open) {
    const provider = await providerDivision(db, providerId);
    await insertBreach(db, {
      provider_id: providerId,
      class_id: classId,
      division_code: provider.division_code,
      started_at: at,
      ended_at: null,
      children_present: figures.childrenPresent,
      carers_present: figures.carersPresent,
    });
  } else if (figures.ok && open) {
    await endBreach(db, open.id, at);
  }
}

export async function liveRatios(ctx: AppContext, caller: SessionUser, providerId: number): Promise<Ratios> {
  await assertProviderVisible(ctx, caller, providerId);
  const day = todayInBeijing();
  const [figures, open] = await Promise.all([
    classFigures(ctx.db, providerId, day),
    openBreachesOfProvider(ctx.db, providerId),
  ]);
  return {
    providerId,
    at: nowIso(),
    classes: figures.map((f) => ({
      ...f,
      breachSince: f.ok ? null : (open.find((o) => o.class_id === f.classId)?.started_at ?? null),
    })),
  };
}

/** Breaches in the caller's scope (the county sees its providers'), newest first, with durations. */
export async function listBreaches(ctx: AppContext, caller: SessionUser) {
  const scope = scopeOf(caller);
  const rows = await breachRows(ctx.db, scope);
  const now = Date.now();
  return {
    items: rows.map((r) => ({
      id: r.id,
      providerId: r.provider_id,
      providerName: r.provider_name,
      className: r.class_name,
      classType: r.type,
      startedAt: r.started_at,
      endedAt: r.ended_at,
      minutes: Math.round(((r.ended_at ? Date.parse(r.ended_at) : now) - Date.parse(r.started_at)) / 60_000),
      childrenPresent: r.children_present,
      carersPresent: r.carers_present,
    })),
  };
}
