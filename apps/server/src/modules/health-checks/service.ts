/**
 * Daily health checks (晨午检; 托育机构保育指导大纲（试行）: morning and noon checks of every child).
 * One check per child, Beijing day and session. An abnormal result needs a note and notifies the
 * guardian in-app — kept against the child until guardians are linked to parent accounts. The
 * day's figures per class: children present, checks done per session, abnormal results.
 */
import type { HealthCheckBody, HealthCheckDay } from '@tuoyu/contracts';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { decryptField, lookupHash } from '../../platform/crypto';
import { conflict, invalid, notFound } from '../../platform/errors';
import { msg } from '../../platform/i18n';
import { ownProvider } from '../../platform/provider-access';
import { nowIso, todayInBeijing } from '../../platform/time';
import * as q from './queries';

const SESSION_ZH = { morning: '晨检', noon: '午检' } as const;

export async function recordHealthCheck(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  b: HealthCheckBody,
) {
  const providerId = ownProvider(caller);
  const note = b.note?.trim() ? b.note.trim() : null;
  if (b.result === 'abnormal' && !note)
    throw invalid({
      path: 'note',
      message: msg('异常结果须填写说明', 'An abnormal result needs a note'),
    });
  // Another provider's child (or one who has left) does not exist for this caller.
  const child = await q.enrolledChild(ctx.db, providerId, b.childId);
  if (!child) throw notFound();
  const day = todayInBeijing();
  const at = nowIso();
  return ctx.db.transaction().execute(async (trx) => {
    const done = await q.checkOfSession(trx, child.id, day, b.session);
    if (done)
      throw conflict(
        msg(`今天的${SESSION_ZH[b.session]}已经记录`, `Today's ${b.session} check is already recorded`),
      );
    const row = await q.insertHealthCheck(trx, {
      provider_id: providerId,
      child_id: child.id,
      class_id: child.class_id,
      division_code: child.division_code,
      day,
      session: b.session,
      result: b.result,
      note,
      checked_by: caller.id,
      created_at: at,
    });
    let notificationId: number | null = null;
    if (b.result === 'abnormal') {
      const n = await q.insertNotification(trx, {
        user_id: null,
        provider_id: providerId,
        child_id: child.id,
        kind: 'health_check.abnormal',
        title: `${child.name}${SESSION_ZH[b.session]}异常`,
        body: `${day} ${SESSION_ZH[b.session]}：${note ?? ''}`,
        created_at: at,
        read_at: null,
      });
      notificationId = n.id;
      // The guardians' own accounts, found by the keyed hash of their mobile numbers.
      const guardians = JSON.parse(decryptField(ctx.keys, child.guardians_enc)) as { mobile: string }[];
      const parents = await q.parentsByMobileHash(
        trx,
        guardians.map((g) => lookupHash(ctx.keys, g.mobile)),
      );
      for (const p of parents) {
        await q.insertNotification(trx, {
          user_id: p.id,
          provider_id: providerId,
          child_id: child.id,
          kind: 'health_check.abnormal',
          title: `${child.name}${SESSION_ZH[b.session]}异常`,
          body: `${day} ${SESSION_ZH[b.session]}：${note ?? ''}`,
          created_at: at,
          read_at: null,
        });
      }
    }
    await recordAudit(trx, ctx.keys, actor, {
      action: 'health_check.record',
      entityType: 'child',
      entityId: child.id,
      divisionCode: child.division_code,
      changes: { day, session: b.session, result: b.result, note, notificationId },
    });
    return { id: row.id, day, notificationId };
  });
}

/** The day's figures per class of the caller's provider (counted per day). */
export async function healthCheckDay(
  ctx: AppContext,
  caller: SessionUser,
  date: string | undefined,
): Promise<HealthCheckDay> {
  const providerId = ownProvider(caller);
  const day = date ?? todayInBeijing();
  const [classes, present, checks] = await Promise.all([
    q.providerClasses(ctx.db, providerId),
    q.childrenPresentPerClass(ctx.db, providerId, day),
    q.checkCounts(ctx.db, providerId, day),
  ]);
  const sum = (classId: number, f: (c: (typeof checks)[number]) => boolean) =>
    checks.filter((c) => c.class_id === classId && f(c)).reduce((s, c) => s + Number(c.n), 0);
  return {
    date: day,
    classes: classes.map((c) => ({
      classId: c.id,
      className: c.name,
      childrenPresent: Number(present.find((p) => p.class_id === c.id)?.n ?? 0),
      checkedMorning: sum(c.id, (x) => x.session === 'morning'),
      checkedNoon: sum(c.id, (x) => x.session === 'noon'),
      abnormal: sum(c.id, (x) => x.result === 'abnormal'),
    })),
  };
}

/** A child's notifications, newest first, for the provider the child is enrolled at. */
export async function childNotifications(ctx: AppContext, caller: SessionUser, childId: number) {
  const providerId = ownProvider(caller);
  const child = await q.providerChild(ctx.db, providerId, childId);
  if (!child) throw notFound();
  const rows = await q.childNotificationRows(ctx.db, providerId, childId);
  return {
    items: rows.map((r) => ({
      id: r.id,
      childId: r.child_id,
      kind: r.kind,
      title: r.title,
      body: r.body,
      createdAt: r.created_at,
      readAt: r.read_at,
    })),
  };
}

/** The parent's own notifications (abnormal health checks of their children), newest first. */
export async function myNotifications(ctx: AppContext, caller: SessionUser) {
  const rows = await q.userNotificationRows(ctx.db, caller.id);
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      body: r.body,
      providerName:
        r.provider_name ?? (r.kind.startsWith('jc.') ? '市托育服务联席会议办公室' : '儿童健康管理'),
      createdAt: r.created_at,
      readAt: r.read_at,
    })),
  };
}

/** Marks one of the parent's own notifications read (404 for anyone else's). */
export async function markNotificationRead(ctx: AppContext, caller: SessionUser, id: number) {
  const mine = await q.userNotification(ctx.db, caller.id, id);
  if (!mine) throw notFound();
  if (!mine.read_at) await q.markRead(ctx.db, id, nowIso());
  return { ok: true as const };
}
