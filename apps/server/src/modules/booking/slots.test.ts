import { describe, expect, it } from 'vitest';
import { todayInBeijing } from '../../platform/time';
import { call } from '../../test/helpers';
import { addDays } from './slots';
import {
  book,
  createSlot,
  filedProvider,
  hourly,
  newParent,
  newSlot,
  parent,
  paths,
  setUpBookingTests,
  slotRow,
  t,
  tomorrow,
  unlisted,
} from './test-setup';

setUpBookingTests();

describe('slots (provider users publish 计时托/临时托 time slots)', () => {
  it('creates a slot for the caller’s own provider: 201 with remaining places, audited', async () => {
    const res = await createSlot({ places: 5, classType: 'toddler_young' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({
      id: expect.any(Number),
      date: tomorrow(),
      start: '09:00',
      end: '11:00',
      places: 5,
      remaining: 5,
      classType: 'toddler_young',
    });
    const row = await slotRow(res.json().id);
    expect(row.provider_id).toBe(hourly.providerId);
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id', 'division_code'])
      .where('action', '=', 'slot.create')
      .where('entity_id', '=', String(res.json().id))
      .executeTakeFirst();
    expect(audit).toMatchObject({ division_code: '150802' });
  });

  it.each([
    ['a date that is not a date', { date: '2026-13-01' }, 'date'],
    ['a start that is not HH:MM', { start: '9:00' }, 'start'],
    ['an end of 24:00', { end: '24:00' }, 'end'],
    ['no places', { places: 0 }, 'places'],
    ['more than 50 places', { places: 51 }, 'places'],
    ['fractional places', { places: 2.5 }, 'places'],
    ['an unknown class type', { classType: 'nursery' }, 'classType'],
    ['an end not after the start', { start: '11:00', end: '11:00' }, 'end'],
  ])('refuses %s with 400 naming the field', async (_what, body, path) => {
    const res = await createSlot(body);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(paths(res)).toContain(path);
  });

  it('refuses a date in the past with 422 naming date', async () => {
    const res = await createSlot({ date: addDays(todayInBeijing(), -1) });
    expect(res.statusCode).toBe(422);
    expect(paths(res)).toEqual(['date']);
    expect(res.json().detail).toMatch(/今天/);
  });

  it('refuses a provider that is not publicly listed, or offers neither hourly nor temporary care (422)', async () => {
    const notListed = await createSlot({}, unlisted.manager);
    expect(notListed.statusCode).toBe(422);
    expect(notListed.json().detail).toMatch(/备案/);
    const fullDayOnly = await filedProvider(['full_day']);
    const res = await createSlot({}, fullDayOnly.manager);
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toMatch(/计时托/);
  }, 60_000);

  it('is refused to parents (403) and anonymous callers (401)', async () => {
    expect((await createSlot({}, parent)).statusCode).toBe(403);
    const anon = await t.app.inject({
      method: 'POST',
      url: '/api/slots',
      headers: { 'x-requested-with': 'tuoyu' },
      payload: { date: tomorrow(), start: '09:00', end: '10:00', places: 1 },
    });
    expect(anon.statusCode).toBe(401);
  });

  it('another provider’s users create slots only for their own provider and never see this one’s', async () => {
    const mine = await newSlot({ start: '14:00', end: '15:00' });
    const other = await filedProvider(
      ['hourly'],
      [{ item: '计时托费', serviceForm: 'hourly', unit: 'hour', amountFen: 2500 }],
      '临河区彩虹计时托托育中心',
    );
    const theirs = await createSlot({ start: '14:00', end: '15:00' }, other.manager);
    expect(theirs.statusCode).toBe(201);
    expect((await slotRow(theirs.json().id)).provider_id).toBe(other.providerId);

    const listed = (await call(t.app, 'GET', '/api/slots', { cookie: other.manager })).json();
    expect(listed.items.map((s: { id: number }) => s.id)).toEqual([theirs.json().id]);
    const own = (await call(t.app, 'GET', '/api/slots', { cookie: hourly.manager })).json();
    expect(own.items.map((s: { id: number }) => s.id)).toContain(mine.id);
    expect(own.items.map((s: { id: number }) => s.id)).not.toContain(theirs.json().id);
    expect((await call(t.app, 'DELETE', `/api/slots/${mine.id}`, { cookie: other.manager })).statusCode).toBe(
      404,
    );
    expect((await slotRow(mine.id)).withdrawn_at).toBeNull();
  }, 60_000);

  it('lists the provider’s own slots with the places booked; range at most 31 days', async () => {
    const slot = await newSlot({ start: '16:00', end: '17:00', places: 4 });
    expect((await book(slot.id, parent)).statusCode).toBe(201);
    const res = await call(t.app, 'GET', `/api/slots?from=${tomorrow()}&to=${tomorrow()}`, {
      cookie: hourly.manager,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.find((s: { id: number }) => s.id === slot.id)).toMatchObject({
      places: 4,
      booked: 1,
      remaining: 3,
    });
    const tooLong = await call(t.app, 'GET', `/api/slots?from=${tomorrow()}&to=${addDays(tomorrow(), 32)}`, {
      cookie: hourly.manager,
    });
    expect(tooLong.statusCode).toBe(400);
    expect(paths(tooLong)).toEqual(['to']);
  });

  it('deletes a slot only while nobody holds a place (409 otherwise); then it is gone from every list', async () => {
    const taken = await newSlot({ start: '13:00', end: '14:00' });
    const bookingRes = await book(taken.id, parent);
    expect(bookingRes.statusCode).toBe(201);
    const refused = await call(t.app, 'DELETE', `/api/slots/${taken.id}`, { cookie: hourly.manager });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toMatch(/预约/);

    // Once the parent cancels, the slot can go.
    await call(t.app, 'DELETE', `/api/bookings/${bookingRes.json().id}`, { cookie: parent });
    const ok = await call(t.app, 'DELETE', `/api/slots/${taken.id}`, { cookie: hourly.manager });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ ok: true });
    expect(
      (await call(t.app, 'DELETE', `/api/slots/${taken.id}`, { cookie: hourly.manager })).statusCode,
    ).toBe(404);
    const pub = (await call(t.app, 'GET', `/api/public/providers/${hourly.providerId}/slots`)).json();
    expect(pub.items.map((s: { id: number }) => s.id)).not.toContain(taken.id);
    expect((await book(taken.id, parent)).statusCode).toBe(404);
  });
});

describe('public slots (no login)', () => {
  it('lists future slots of a listed provider with remaining places, in time order', async () => {
    const later = await newSlot({ date: addDays(tomorrow(), 1), start: '08:00', end: '09:00', places: 2 });
    const sooner = await newSlot({ start: '07:00', end: '08:00', places: 2 });
    expect((await book(sooner.id, await newParent())).statusCode).toBe(201);
    const res = await call(t.app, 'GET', `/api/public/providers/${hourly.providerId}/slots`);
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { id: number; remaining: number; date: string; start: string }[];
    expect(items.find((s) => s.id === sooner.id)).toEqual({
      id: sooner.id,
      date: tomorrow(),
      start: '07:00',
      end: '08:00',
      places: 2,
      remaining: 1,
      classType: null,
    });
    expect(items.findIndex((s) => s.id === sooner.id)).toBeLessThan(
      items.findIndex((s) => s.id === later.id),
    );
    const keys = items.map((s) => `${s.date} ${s.start}`);
    expect([...keys].sort()).toEqual(keys);
    // Only the requested range.
    const one = (
      await call(
        t.app,
        'GET',
        `/api/public/providers/${hourly.providerId}/slots?from=${tomorrow()}&to=${tomorrow()}`,
      )
    ).json();
    expect(one.items.every((s: { date: string }) => s.date === tomorrow())).toBe(true);
  });

  it('hides slots that have started', async () => {
    const slot = await newSlot({ start: '18:00', end: '19:00' });
    await t.ctx.db
      .updateTable('slots')
      .set({ starts_at: new Date(Date.now() - 60_000).toISOString() })
      .where('id', '=', slot.id)
      .execute();
    const pub = (await call(t.app, 'GET', `/api/public/providers/${hourly.providerId}/slots`)).json();
    expect(pub.items.map((s: { id: number }) => s.id)).not.toContain(slot.id);
  });

  it('answers 404 for unknown and unlisted providers, 400 for a range over 31 days', async () => {
    expect((await call(t.app, 'GET', '/api/public/providers/999999/slots')).statusCode).toBe(404);
    expect((await call(t.app, 'GET', `/api/public/providers/${unlisted.providerId}/slots`)).statusCode).toBe(
      404,
    );
    const res = await call(
      t.app,
      'GET',
      `/api/public/providers/${hourly.providerId}/slots?from=${tomorrow()}&to=${addDays(tomorrow(), 40)}`,
    );
    expect(res.statusCode).toBe(400);
    expect(paths(res)).toEqual(['to']);
  });
});
