/**
 * Time slots of hourly and temporary care (计时托/临时托; plan (四)6): a filed, publicly listed
 * provider offering either service publishes slots with a number of places; parents see the
 * future ones on the provider's public page. Every change is audited in its own transaction.
 */
import type { ProviderSlot, Slot, SlotBody, SlotRangeQuery } from '@tuoyu/contracts';
import { dayNumberToIsoDate, isoDateToDayNumber, serviceBit } from '@tuoyu/domain';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { conflict, forbidden, invalid, notFound, ruleBroken } from '../../platform/errors';
import { ownProvider } from '../../platform/provider-access';
import { beijingInstant, nowIso, todayInBeijing } from '../../platform/time';
import * as q from './queries';

/** Default listing window and the longest one a request may ask for, in days. */
export const DEFAULT_RANGE_DAYS = 14;
export const MAX_RANGE_DAYS = 31;
/** How far ahead a provider may publish. */
export const MAX_DAYS_AHEAD = 90;

const BOOKABLE_SERVICES = serviceBit('hourly') | serviceBit('temporary');

export const addDays = (date: string, days: number) => dayNumberToIsoDate(isoDateToDayNumber(date) + days);

export function slotView(r: q.SlotRow): Slot {
  return {
    id: r.id,
    date: r.date,
    start: r.start_time,
    end: r.end_time,
    places: r.places,
    remaining: Math.max(0, r.places - r.booked),
    classType: r.class_type as Slot['classType'],
  };
}

/** from … to (inclusive); `to` defaults to 14 days after `from`; at most 31 days; 400 naming `to`. */
export function dateRange(query: SlotRangeQuery, today = todayInBeijing()) {
  const from = query.from ?? today;
  const to = query.to ?? addDays(from, DEFAULT_RANGE_DAYS);
  if (to < from) {
    throw invalid({ path: 'to', message: { zh: '结束日期不能早于开始日期', en: 'Must not be before from' } });
  }
  if (isoDateToDayNumber(to) - isoDateToDayNumber(from) > MAX_RANGE_DAYS) {
    throw invalid({
      path: 'to',
      message: {
        zh: `查询范围最多 ${MAX_RANGE_DAYS} 天`,
        en: `The range may span at most ${MAX_RANGE_DAYS} days`,
      },
    });
  }
  return { from, to };
}

/** Publishes a slot for the caller's own provider (never another one: the id comes from the session). */
export async function createSlot(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  body: SlotBody,
): Promise<Slot> {
  const providerId = ownProvider(caller);
  if (body.end <= body.start) {
    throw invalid({
      path: 'end',
      message: { zh: '结束时间须晚于开始时间', en: 'Must be later than the start time' },
    });
  }
  const provider = await q.findProvider(ctx.db, providerId);
  if (!provider) throw forbidden();
  if (provider.public !== 1) {
    throw ruleBroken({
      zh: '机构备案通过并公示后才能发布预约时段',
      en: 'Slots can be published only once the provider is filed and publicly listed',
    });
  }
  if ((provider.service_mask & BOOKABLE_SERVICES) === 0) {
    throw ruleBroken({
      zh: '本机构备案的服务形式不含计时托或临时托，不能发布预约时段',
      en: 'The provider’s filing offers neither hourly nor temporary care',
    });
  }
  const today = todayInBeijing();
  const startsAt = beijingInstant(body.date, body.start);
  if (body.date < today) {
    throw ruleBroken({ zh: '日期不能早于今天', en: 'The date is in the past' }, [
      { path: 'date', message: { zh: '日期不能早于今天', en: 'Must not be in the past' } },
    ]);
  }
  if (startsAt <= nowIso()) {
    throw ruleBroken({ zh: '开始时间已过', en: 'The start time has passed' }, [
      { path: 'start', message: { zh: '开始时间已过', en: 'Already past' } },
    ]);
  }
  if (body.date > addDays(today, MAX_DAYS_AHEAD)) {
    throw ruleBroken(
      { zh: `最多提前 ${MAX_DAYS_AHEAD} 天发布`, en: `At most ${MAX_DAYS_AHEAD} days ahead` },
      [
        {
          path: 'date',
          message: { zh: `最多提前 ${MAX_DAYS_AHEAD} 天`, en: `At most ${MAX_DAYS_AHEAD} days ahead` },
        },
      ],
    );
  }
  const now = nowIso();
  const row = await ctx.db.transaction().execute(async (trx) => {
    const values = {
      provider_id: providerId,
      division_code: provider.division_code,
      date: body.date,
      start_time: body.start,
      end_time: body.end,
      starts_at: startsAt,
      places: body.places,
      booked: 0,
      class_type: body.classType ?? null,
      created_by: caller.id,
      created_at: now,
      withdrawn_at: null,
    };
    const id = await q.insertSlot(trx, values);
    await recordAudit(trx, ctx.keys, actor, {
      action: 'slot.create',
      entityType: 'slot',
      entityId: id,
      divisionCode: provider.division_code,
      changes: {
        providerId,
        date: body.date,
        start: body.start,
        end: body.end,
        places: body.places,
        classType: body.classType ?? null,
      },
    });
    return { ...values, id };
  });
  return slotView(row);
}

/** The provider's own slots in a date range (past ones included), with the places booked. */
export async function listOwnSlots(
  ctx: AppContext,
  caller: SessionUser,
  query: SlotRangeQuery,
): Promise<{ items: ProviderSlot[] }> {
  const providerId = ownProvider(caller);
  const { from, to } = dateRange(query);
  const rows = await q.listSlots(ctx.db, providerId, from, to);
  return { items: rows.map((r) => ({ ...slotView(r), booked: r.booked })) };
}

/** Withdraws a slot of the caller's provider; 409 while anyone holds a place in it. */
export async function withdrawSlot(ctx: AppContext, caller: SessionUser, actor: AuditActor, id: number) {
  const providerId = ownProvider(caller);
  const slot = await q.findSlot(ctx.db, id);
  if (!slot || slot.provider_id !== providerId || slot.withdrawn_at) throw notFound();
  const taken = conflict({
    zh: '该时段已有家长预约，不能删除；请先联系家长取消预约',
    en: 'Parents hold places in this slot; it cannot be deleted until they cancel',
  });
  if (slot.booked > 0) throw taken;
  await ctx.db.transaction().execute(async (trx) => {
    // Conditional: a booking that lands between the read and this update keeps the slot.
    if (!(await q.withdrawSlot(trx, id, providerId, nowIso()))) throw taken;
    await recordAudit(trx, ctx.keys, actor, {
      action: 'slot.withdraw',
      entityType: 'slot',
      entityId: id,
      divisionCode: slot.division_code,
      changes: { providerId, date: slot.date, start: slot.start_time, end: slot.end_time },
    });
  });
  return { ok: true as const };
}

/** Future slots of a publicly listed provider; 404 for unknown and unlisted providers. */
export async function listPublicSlots(ctx: AppContext, providerId: number, query: SlotRangeQuery) {
  const provider = await q.findProvider(ctx.db, providerId);
  if (provider?.public !== 1) throw notFound();
  const { from, to } = dateRange(query);
  const rows = await q.listSlots(ctx.db, providerId, from, to, nowIso());
  return { items: rows.map(slotView) };
}
