/**
 * Parents book a place in an hourly/temporary care slot and may cancel before it starts.
 *
 * Never overbooked, also under many simultaneous requests: the place is taken by one conditional
 * update (`booked = booked + 1 … where booked < places`, queries.takePlace) inside the booking's
 * transaction; no row updated means full. One active booking per parent and slot: checked in the
 * same transaction and enforced by the unique index (slot_id, parent_user_id, active_key) — a
 * concurrent duplicate that passes the check fails on the index and is answered 409 as well.
 *
 * Lock order, the same in every use case, so PostgreSQL never deadlocks: the slot row, then the
 * booking row, then the audit head.
 */
import type { BookingBody, Booking as BookingView, MyBooking } from '@tuoyu/contracts';
import { ageInMonths, CLASS_AGE_RANGES, CLASS_TYPE_NAMES, type ClassType, fitsClass } from '@tuoyu/domain';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { conflict, isUniqueViolation, notFound, ruleBroken } from '../../platform/errors';
import { nowIso, todayInBeijing } from '../../platform/time';
import { blacklistedRefusal } from '../credit/listing';
import { isBlacklisted } from '../credit/queries';
import * as q from './queries';

/** Children are cared for under 3 (《托育机构设置标准（试行）》): under 36 whole months on the day. */
export const MAX_AGE_MONTHS = 36;

/** A child's name is personal data (PIPL): the audit trail keeps only its first character. */
export const nameInitial = (name: string) => `${[...name.trim()][0] ?? ''}*`;

const alreadyBooked = () =>
  conflict({
    zh: '您已预约该时段，无需重复预约',
    en: 'You already hold a place in this slot',
  });

const full = () => conflict({ zh: '该时段已约满，请选择其他时段', en: 'This slot is fully booked' });

function bookingView(r: q.BookingRow): BookingView {
  return {
    id: r.id,
    slotId: r.slot_id,
    childName: r.child_name,
    birthDate: r.birth_date,
    status: r.status,
    providerName: r.provider_name,
    date: r.date,
    start: r.start_time,
    end: r.end_time,
  };
}

/** 422 naming `birthDate` when the child's age on the slot's date does not fit the slot. */
function checkAge(birthDate: string, slotDate: string, classType: ClassType | null) {
  const wrong = (zh: string, en: string) =>
    ruleBroken({ zh, en }, [{ path: 'birthDate', message: { zh, en } }]);
  if (birthDate > todayInBeijing()) throw wrong('出生日期不能晚于今天', 'The birth date is in the future');
  const months = ageInMonths(birthDate, slotDate);
  if (months >= MAX_AGE_MONTHS) {
    throw wrong(
      '托育服务对象为 3 岁以下婴幼儿，孩子在预约当天须未满 36 个月',
      'Care is for children under 3: the child must be under 36 months on the day',
    );
  }
  if (classType && !fitsClass(classType, months)) {
    const range = CLASS_AGE_RANGES[classType];
    const name = CLASS_TYPE_NAMES[classType];
    throw wrong(
      `该时段为${name.zh}，招收 ${range.minMonths}–${range.belowMonths} 个月（不含）的婴幼儿；孩子当天 ${months} 个月`,
      `This slot is for the ${name.en} (${range.minMonths} to under ${range.belowMonths} months); the child will be ${months} months`,
    );
  }
}

/** Books one place for the caller's child: 201, 409 full or already booked, 422 age, 404 past or unknown. */
export async function bookSlot(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  slotId: number,
  body: BookingBody,
): Promise<BookingView> {
  const slot = await q.findSlot(ctx.db, slotId);
  if (!slot || slot.withdrawn_at || slot.provider_public !== 1 || slot.starts_at <= nowIso()) {
    throw notFound();
  }
  if (await isBlacklisted(ctx.db, slot.provider_id)) throw blacklistedRefusal();
  checkAge(body.birthDate, slot.date, slot.class_type as ClassType | null);
  try {
    const id = await ctx.db.transaction().execute(async (trx) => {
      if (await q.findActiveBooking(trx, slotId, caller.id)) throw alreadyBooked();
      const now = nowIso();
      if ((await q.takePlace(trx, slotId, now)) === undefined) {
        // Nothing updated: full, unless it was withdrawn or started since the read above.
        const fresh = await q.findSlot(trx, slotId);
        if (!fresh || fresh.withdrawn_at || fresh.starts_at <= now) throw notFound();
        throw full();
      }
      const bookingId = await q.insertBooking(trx, {
        slot_id: slotId,
        provider_id: slot.provider_id,
        parent_user_id: caller.id,
        child_name: body.childName,
        birth_date: body.birthDate,
        status: 'booked',
        active_key: 0,
        created_at: now,
        cancelled_at: null,
      });
      await recordAudit(trx, ctx.keys, actor, {
        action: 'booking.create',
        entityType: 'booking',
        entityId: bookingId,
        divisionCode: slot.division_code,
        changes: {
          slotId,
          providerId: slot.provider_id,
          date: slot.date,
          start: slot.start_time,
          childName: nameInitial(body.childName),
        },
      });
      return bookingId;
    });
    return {
      id,
      slotId,
      childName: body.childName,
      birthDate: body.birthDate,
      status: 'booked',
      providerName: slot.provider_name,
      date: slot.date,
      start: slot.start_time,
      end: slot.end_time,
    };
  } catch (e) {
    // Two simultaneous requests of one parent both passed the check; the index let one through.
    if (isUniqueViolation(e)) throw alreadyBooked();
    throw e;
  }
}

/** Cancels the caller's booking before the slot starts and releases the place. */
export async function cancelBooking(ctx: AppContext, caller: SessionUser, actor: AuditActor, id: number) {
  const b = await q.findBooking(ctx.db, id);
  // Someone else's booking answers as if it did not exist.
  if (!b || b.parent_user_id !== caller.id) throw notFound();
  const cancelled = () => conflict({ zh: '该预约已取消', en: 'This booking has already been cancelled' });
  if (b.status !== 'booked') throw cancelled();
  if (b.starts_at <= nowIso()) {
    throw conflict({
      zh: '时段已开始，不能再取消',
      en: 'The slot has started; it can no longer be cancelled',
    });
  }
  await ctx.db.transaction().execute(async (trx) => {
    await q.releasePlace(trx, b.slot_id);
    // Conditional: of two simultaneous cancels one updates the booking, the other rolls back.
    if (!(await q.cancelBooking(trx, id, caller.id, nowIso()))) throw cancelled();
    await recordAudit(trx, ctx.keys, actor, {
      action: 'booking.cancel',
      entityType: 'booking',
      entityId: id,
      divisionCode: b.division_code,
      changes: {
        slotId: b.slot_id,
        providerId: b.provider_id,
        date: b.date,
        start: b.start_time,
        childName: nameInitial(b.child_name),
      },
    });
  });
  return { ok: true as const };
}

/** The caller's bookings, newest first, with provider names and slot times. */
export async function listMyBookings(
  ctx: AppContext,
  caller: SessionUser,
  page: { page: number; pageSize: number },
) {
  const [total, rows] = await Promise.all([
    q.countParentBookings(ctx.db, caller.id),
    q.listParentBookings(ctx.db, caller.id, page.pageSize, (page.page - 1) * page.pageSize),
  ]);
  const now = nowIso();
  const items: MyBooking[] = rows.map((r) => ({
    ...bookingView(r),
    providerId: r.provider_id,
    createdAt: r.created_at,
    cancelledAt: r.cancelled_at,
    cancellable: r.status === 'booked' && r.starts_at > now,
  }));
  return { items, total, page: page.page, pageSize: page.pageSize };
}
