import { describe, expect, it } from 'vitest';
import { todayInBeijing } from '../../platform/time';
import { call } from '../../test/helpers';
import { addDays } from './slots';
import {
  book,
  bornMonthsBefore,
  hourly,
  newParent,
  newSlot,
  parent,
  paths,
  setUpBookingTests,
  slotRow,
  t,
  tomorrow,
} from './test-setup';

setUpBookingTests();

describe('bookings (parents)', () => {
  it('books a place: 201 with the provider and times; the audit keeps only the child’s initial', async () => {
    const slot = await newSlot({ start: '10:00', end: '12:00', places: 2 });
    const res = await book(slot.id, parent, { childName: '王小明' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({
      id: expect.any(Number),
      slotId: slot.id,
      childName: '王小明',
      birthDate: bornMonthsBefore(tomorrow(), 18),
      status: 'booked',
      providerName: '临河区小太阳全日托托育中心',
      date: tomorrow(),
      start: '10:00',
      end: '12:00',
    });
    expect((await slotRow(slot.id)).booked).toBe(1);
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['changes'])
      .where('action', '=', 'booking.create')
      .where('entity_id', '=', String(res.json().id))
      .executeTakeFirstOrThrow();
    expect(audit.changes).toContain('"childName":"王*"');
    expect(audit.changes).not.toContain('小明');
  });

  it('answers 409 when the slot is full, and when the same parent books it twice', async () => {
    const slot = await newSlot({ places: 1, start: '15:00', end: '16:00' });
    const first = await book(slot.id, parent);
    expect(first.statusCode).toBe(201);
    const twice = await book(slot.id, parent, { childName: '王小红' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail).toMatch(/已预约/);
    const other = await book(slot.id, await newParent());
    expect(other.statusCode).toBe(409);
    expect(other.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(other.json().detail).toMatch(/已约满/);
    expect((await slotRow(slot.id)).booked).toBe(1);
  });

  it('cancel releases the place; a second cancel is 409; someone else’s booking is 404', async () => {
    const slot = await newSlot({ places: 1, start: '17:00', end: '18:00' });
    const mine = await book(slot.id, parent);
    expect(mine.statusCode).toBe(201);
    const stranger = await newParent();
    expect((await book(slot.id, stranger)).statusCode).toBe(409);
    // Someone else's booking: 404, as if it did not exist.
    expect(
      (await call(t.app, 'DELETE', `/api/bookings/${mine.json().id}`, { cookie: stranger })).statusCode,
    ).toBe(404);
    expect((await call(t.app, 'DELETE', '/api/bookings/999999', { cookie: parent })).statusCode).toBe(404);

    const cancelled = await call(t.app, 'DELETE', `/api/bookings/${mine.json().id}`, { cookie: parent });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toEqual({ ok: true });
    expect((await slotRow(slot.id)).booked).toBe(0);
    const again = await call(t.app, 'DELETE', `/api/bookings/${mine.json().id}`, { cookie: parent });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toMatch(/已取消/);

    // The released place is free for someone else, and the parent may book again after cancelling.
    expect((await book(slot.id, stranger)).statusCode).toBe(201);
    const slot2 = await newSlot({ places: 2, start: '17:00', end: '18:00', date: addDays(tomorrow(), 1) });
    const b1 = await book(slot2.id, parent);
    await call(t.app, 'DELETE', `/api/bookings/${b1.json().id}`, { cookie: parent });
    expect((await book(slot2.id, parent)).statusCode).toBe(201);
  });

  it('cannot cancel once the slot has started (409)', async () => {
    const slot = await newSlot({ start: '19:00', end: '20:00' });
    const b = await book(slot.id, parent);
    await t.ctx.db
      .updateTable('slots')
      .set({ starts_at: new Date(Date.now() - 60_000).toISOString() })
      .where('id', '=', slot.id)
      .execute();
    const res = await call(t.app, 'DELETE', `/api/bookings/${b.json().id}`, { cookie: parent });
    expect(res.statusCode).toBe(409);
    expect((await slotRow(slot.id)).booked).toBe(1);
  });

  it('answers 404 for unknown and past slots', async () => {
    expect((await book(999999, parent)).statusCode).toBe(404);
    const slot = await newSlot({ start: '20:00', end: '21:00' });
    await t.ctx.db
      .updateTable('slots')
      .set({
        date: addDays(todayInBeijing(), -1),
        starts_at: new Date(Date.now() - 86_400_000).toISOString(),
      })
      .where('id', '=', slot.id)
      .execute();
    expect((await book(slot.id, parent)).statusCode).toBe(404);
  });

  it('applies the age rules: under 36 months on the day, and the slot’s class type when it has one (422)', async () => {
    const day = tomorrow();
    const any = await newSlot({ start: '08:00', end: '09:00', places: 10 });
    const tooOld = await book(any.id, parent, { birthDate: bornMonthsBefore(day, 36) });
    expect(tooOld.statusCode).toBe(422);
    expect(paths(tooOld)).toEqual(['birthDate']);
    expect(tooOld.json().detail).toMatch(/36 个月/);
    const unborn = await book(any.id, parent, { birthDate: addDays(todayInBeijing(), 2) });
    expect(unborn.statusCode).toBe(422);
    expect(paths(unborn)).toEqual(['birthDate']);
    const badDate = await book(any.id, parent, { birthDate: '2025-02-30' });
    expect(badDate.statusCode).toBe(400);
    expect(paths(badDate)).toEqual(['birthDate']);
    const noName = await book(any.id, parent, { childName: '  ' });
    expect(noName.statusCode).toBe(400);
    expect(paths(noName)).toEqual(['childName']);
    expect((await book(any.id, parent, { birthDate: bornMonthsBefore(day, 35) })).statusCode).toBe(201);

    const young = await newSlot({ start: '09:00', end: '10:00', places: 10, classType: 'toddler_young' });
    const thirty = await book(young.id, parent, { birthDate: bornMonthsBefore(day, 30) });
    expect(thirty.statusCode).toBe(422);
    expect(thirty.json().detail).toMatch(/托小班/);
    const eleven = await book(young.id, parent, { birthDate: bornMonthsBefore(day, 11) });
    expect(eleven.statusCode).toBe(422);
    expect((await book(young.id, parent, { birthDate: bornMonthsBefore(day, 12) })).statusCode).toBe(201);
    expect((await slotRow(young.id)).booked).toBe(1);
  });

  it('is for parents only: provider users 403, anonymous 401', async () => {
    const slot = await newSlot({ start: '12:00', end: '13:00' });
    expect((await book(slot.id, hourly.manager)).statusCode).toBe(403);
    const anon = await t.app.inject({
      method: 'POST',
      url: `/api/slots/${slot.id}/bookings`,
      headers: { 'x-requested-with': 'tuoyu' },
      payload: { childName: '王小明', birthDate: '2025-01-01' },
    });
    expect(anon.statusCode).toBe(401);
    expect((await call(t.app, 'GET', '/api/my/bookings')).statusCode).toBe(401);
  });

  it('lists my bookings newest first, with provider names, times and whether they can be cancelled', async () => {
    const me = await newParent();
    const a = await newSlot({ start: '07:30', end: '08:30', date: addDays(tomorrow(), 2) });
    const b = await newSlot({ start: '08:30', end: '09:30', date: addDays(tomorrow(), 2) });
    const first = (await book(a.id, me, { childName: '李小雨' })).json();
    const second = (await book(b.id, me, { childName: '李小雪' })).json();
    await call(t.app, 'DELETE', `/api/bookings/${first.id}`, { cookie: me });
    const res = await call(t.app, 'GET', '/api/my/bookings', { cookie: me });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ total: 2, page: 1, pageSize: 20 });
    expect(res.json().items).toEqual([
      expect.objectContaining({
        id: second.id,
        slotId: b.id,
        childName: '李小雪',
        status: 'booked',
        providerId: hourly.providerId,
        providerName: '临河区小太阳全日托托育中心',
        start: '08:30',
        end: '09:30',
        cancellable: true,
        cancelledAt: null,
      }),
      expect.objectContaining({ id: first.id, status: 'cancelled', cancellable: false }),
    ]);
    // Nobody else's bookings.
    const others = (await call(t.app, 'GET', '/api/my/bookings', { cookie: await newParent() })).json();
    expect(others.items).toEqual([]);
  });
});

describe('never overbooked under simultaneous requests', () => {
  it('50 parents booking a slot with 7 places at once: exactly 7 get 201, 43 get 409, booked = 7', async () => {
    const slot = await newSlot({ places: 7, start: '10:00', end: '11:30', date: addDays(tomorrow(), 3) });
    const parents = await Promise.all(Array.from({ length: 50 }, () => newParent()));
    const results = await Promise.all(
      parents.map((cookie, i) => book(slot.id, cookie, { childName: `张${i}号` })),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(7);
    expect(codes.filter((c) => c === 409)).toHaveLength(43);
    expect((await slotRow(slot.id)).booked).toBe(7);
    const active = await t.ctx.db
      .selectFrom('bookings')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('slot_id', '=', slot.id)
      .where('status', '=', 'booked')
      .executeTakeFirstOrThrow();
    expect(Number(active.n)).toBe(7);
    const pub = (
      await call(
        t.app,
        'GET',
        `/api/public/providers/${hourly.providerId}/slots?from=${addDays(tomorrow(), 3)}`,
      )
    ).json();
    expect(pub.items.find((s: { id: number }) => s.id === slot.id).remaining).toBe(0);
  }, 60_000);

  it('one parent sending the same booking 10 times at once gets exactly one place', async () => {
    const slot = await newSlot({ places: 5, start: '12:00', end: '13:00', date: addDays(tomorrow(), 3) });
    const me = await newParent();
    const results = await Promise.all(Array.from({ length: 10 }, () => book(slot.id, me)));
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(9);
    expect((await slotRow(slot.id)).booked).toBe(1);
  });

  it('simultaneous cancels of one booking release exactly one place', async () => {
    const slot = await newSlot({ places: 3, start: '14:00', end: '15:00', date: addDays(tomorrow(), 3) });
    const me = await newParent();
    const b = (await book(slot.id, me)).json();
    expect((await book(slot.id, await newParent())).statusCode).toBe(201);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => call(t.app, 'DELETE', `/api/bookings/${b.id}`, { cookie: me })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409, 409, 409, 409]);
    expect((await slotRow(slot.id)).booked).toBe(1);
  });
});
