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
import { inScope, scopeOf } from '../../platform/scope';
import { beijingDate, nowIso, todayInBeijing } from '../../platform/time';
import { standardsSettings } from '../settings/service';
import { healthExamLapsed } from '../staff/service';

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
  const cls = await ctx.db
    .selectFrom('classes')
    .select(['id'])
    .where('id', '=', b.classId)
    .where('provider_id', '=', providerId)
    .executeTakeFirst();
  if (!cls)
    throw invalid({ path: 'classId', message: msg('本机构没有这个班级', 'No such class at this provider') });
  if (b.subject === 'child') {
    const c = await ctx.db
      .selectFrom('children')
      .select(['class_id'])
      .where('id', '=', b.id)
      .where('provider_id', '=', providerId)
      .where('left_on', 'is', null)
      .executeTakeFirst();
    if (!c)
      throw invalid({ path: 'id', message: msg('本机构没有这名在托幼儿', 'No such child enrolled here') });
    if (c.class_id !== b.classId)
      throw invalid({ path: 'classId', message: msg('幼儿不在这个班级', 'The child is not in this class') });
  } else {
    const s = await ctx.db
      .selectFrom('staff')
      .select(['id'])
      .where('id', '=', b.id)
      .where('provider_id', '=', providerId)
      .where('left_on', 'is', null)
      .executeTakeFirst();
    if (!s)
      throw invalid({ path: 'id', message: msg('本机构没有这名在职人员', 'No such staff member here') });
  }
  return ctx.db.transaction().execute(async (trx) => {
    const open = await trx
      .selectFrom('attendance')
      .select(['id', 'class_id'])
      .where('subject', '=', b.subject)
      .where('subject_id', '=', b.id)
      .where('day', '=', day)
      .where('out_at', 'is', null)
      .executeTakeFirst();
    if (b.action === 'in') {
      if (open) throw conflict(msg('已签到，请先签退', 'Already checked in'));
      await trx
        .insertInto('attendance')
        .values({
          provider_id: providerId,
          class_id: b.classId,
          subject: b.subject,
          subject_id: b.id,
          day,
          in_at: at,
          out_at: null,
        })
        .execute();
    } else {
      if (!open) throw conflict(msg('尚未签到，不能签退', 'Not checked in'));
      await trx.updateTable('attendance').set({ out_at: at }).where('id', '=', open.id).execute();
    }
    const affected = new Set([b.classId, open?.class_id ?? b.classId]);
    for (const classId of affected) await trackBreach(trx, providerId, classId, day, at);
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
  const rows = await ctx.db
    .selectFrom('attendance')
    .select(['subject', 'subject_id', 'class_id', 'in_at'])
    .where('provider_id', '=', providerId)
    .where('day', '=', todayInBeijing())
    .where('out_at', 'is', null)
    .execute();
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
    db
      .selectFrom('classes')
      .select(['id', 'name', 'type'])
      .where('provider_id', '=', providerId)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('attendance as a')
      .leftJoin('staff as s', (j) => j.onRef('s.id', '=', 'a.subject_id').on('a.subject', '=', 'staff'))
      .select(['a.class_id', 'a.subject', 's.role', 's.health_exam_date'])
      .where('a.provider_id', '=', providerId)
      .where('a.day', '=', day)
      .where('a.out_at', 'is', null)
      .execute(),
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

export async function trackBreach(db: Db, providerId: number, classId: number, day: string, at: string) {
  const figures = (await classFigures(db, providerId, day)).find((f) => f.classId === classId);
  if (!figures) return;
  const open = await db
    .selectFrom('ratio_breaches')
    .select('id')
    .where('class_id', '=', classId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  if (!figures.ok && !open) {
    const provider = await db
      .selectFrom('providers')
      .select('division_code')
      .where('id', '=', providerId)
      .executeTakeFirstOrThrow();
    await db
      .insertInto('ratio_breaches')
      .values({
        provider_id: providerId,
        class_id: classId,
        division_code: provider.division_code,
        started_at: at,
        ended_at: null,
        children_present: figures.childrenPresent,
        carers_present: figures.carersPresent,
      })
      .execute();
  } else if (figures.ok && open) {
    await db.updateTable('ratio_breaches').set({ ended_at: at }).where('id', '=', open.id).execute();
  }
}

export async function liveRatios(ctx: AppContext, caller: SessionUser, providerId: number): Promise<Ratios> {
  await assertProviderVisible(ctx, caller, providerId);
  const day = todayInBeijing();
  const [figures, open] = await Promise.all([
    classFigures(ctx.db, providerId, day),
    ctx.db
      .selectFrom('ratio_breaches')
      .select(['class_id', 'started_at'])
      .where('provider_id', '=', providerId)
      .where('ended_at', 'is', null)
      .execute(),
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
  let q = ctx.db
    .selectFrom('ratio_breaches as b')
    .innerJoin('providers as p', 'p.id', 'b.provider_id')
    .innerJoin('classes as c', 'c.id', 'b.class_id')
    .select([
      'b.id',
      'b.provider_id',
      'p.name as provider_name',
      'c.name as class_name',
      'c.type',
      'b.started_at',
      'b.ended_at',
      'b.children_present',
      'b.carers_present',
    ]);
  q =
    scope.providerId !== null
      ? q.where('b.provider_id', '=', scope.providerId)
      : q.where(inScope(scope, 'b.division_code'));
  const rows = await q.orderBy('b.id', 'desc').limit(200).execute();
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
