import type { FilingData } from '@tuoyu/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInBeijing } from '../../platform/time';
import { buildTestApp, call, type TestApp, userSession } from '../../test/helpers';
import { documentsFor, filingData, registeredProvider } from '../providers/test-fixtures';
import { addDays } from './slots';

let t: TestApp;
let samr: string;
let linhe: string;
/** A filed, listed provider offering hourly care, and its manager's session. */
let hourly: { providerId: number; manager: string };
/** A registered provider that is not filed yet (not listed). */
let unlisted: { providerId: number; manager: string };
let parent: string;

const tomorrow = () => addDays(todayInBeijing(), 1);
const paths = (res: { json(): unknown }) =>
  ((res.json() as { errors?: { path: string }[] }).errors ?? []).map((e) => e.path);

/** The first of the month `months` months before the month of `date`: exactly `months` old on `date`. */
function bornMonthsBefore(date: string, months: number) {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) - months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-01`;
}

/** Registers, fills in, submits and files a provider through the API; the county accepts it. */
async function filedProvider(
  serviceForms: FilingData['serviceForms'],
  fees?: FilingData['fees'],
  name = '临河区小太阳全日托托育中心',
) {
  const p = await registeredProvider(t, samr, linhe, { serviceForms, name });
  const docs = await documentsFor(t, p.manager);
  const base = filingData(docs);
  const data = filingData(docs, { serviceForms, fees: fees ?? base.fees });
  const saved = await call(t.app, 'PUT', `/api/filings/${p.filingId}`, { cookie: p.manager, body: data });
  if (saved.statusCode !== 200) throw new Error(`save failed: ${saved.body}`);
  const submitted = await call(t.app, 'POST', `/api/filings/${p.filingId}/submit`, { cookie: p.manager });
  if (submitted.statusCode !== 200) throw new Error(`submit failed: ${submitted.body}`);
  const accepted = await call(t.app, 'POST', `/api/filings/${p.filingId}/accept`, {
    cookie: linhe,
    body: {},
  });
  if (accepted.statusCode !== 200) throw new Error(`accept failed: ${accepted.body}`);
  return p;
}

async function createSlot(body: Record<string, unknown>, cookie = hourly.manager) {
  return call(t.app, 'POST', '/api/slots', {
    cookie,
    body: { date: tomorrow(), start: '09:00', end: '11:00', places: 3, ...body },
  });
}

async function newSlot(body: Record<string, unknown> = {}) {
  const res = await createSlot(body);
  if (res.statusCode !== 201) throw new Error(`slot failed: ${res.body}`);
  return res.json() as { id: number; places: number; remaining: number };
}

const book = (slotId: number, cookie: string, body: Record<string, unknown> = {}) =>
  call(t.app, 'POST', `/api/slots/${slotId}/bookings`, {
    cookie,
    body: { childName: '王小明', birthDate: bornMonthsBefore(tomorrow(), 18), ...body },
  });

const newParent = async () => (await userSession(t, { role: 'parent', divisionCode: '150800' })).cookie;

async function slotRow(id: number) {
  return t.ctx.db.selectFrom('slots').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

beforeAll(async () => {
  t = await buildTestApp();
  samr = (await userSession(t, { role: 'department_officer', divisionCode: '150802', unit: 'samr' })).cookie;
  linhe = (await userSession(t, { role: 'county_regulator', divisionCode: '150802' })).cookie;
  const base = filingData([]);
  hourly = await filedProvider(
    ['full_day', 'hourly'],
    [
      ...base.fees,
      { item: '计时托费', serviceForm: 'hourly', classType: 'toddler_young', unit: 'hour', amountFen: 3000 },
    ],
  );
  unlisted = await registeredProvider(t, samr, linhe, {
    serviceForms: ['hourly'],
    name: '临河区彩虹计时托托育点',
  });
  parent = await newParent();
});
afterAll(() => t.close());

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
