/** Shared setup of the slot and booking tests: one app, a listed hourly provider, an unlisted one and a parent. */
import type { FilingData } from '@tuoyu/contracts';
import { afterAll, beforeAll } from 'vitest';
import { todayInBeijing } from '../../platform/time';
import { buildTestApp, call, type TestApp, userSession } from '../../test/helpers';
import { documentsFor, filingData, registeredProvider } from '../providers/test-fixtures';
import { addDays } from './slots';

// Live bindings: set by the hooks setUpBookingTests registers, read by the tests importing them.
export let t: TestApp;
let samr: string;
let linhe: string;
/** A filed, listed provider offering hourly care, and its manager's session. */
export let hourly: { providerId: number; manager: string };
/** A registered provider that is not filed yet (not listed). */
export let unlisted: { providerId: number; manager: string };
export let parent: string;

export const tomorrow = () => addDays(todayInBeijing(), 1);
export const paths = (res: { json(): unknown }) =>
  ((res.json() as { errors?: { path: string }[] }).errors ?? []).map((e) => e.path);

/** The first of the month `months` months before the month of `date`: exactly `months` old on `date`. */
export function bornMonthsBefore(date: string, months: number) {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) - months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-01`;
}

/** Registers, fills in, submits and files a provider through the API; the county accepts it. */
export async function filedProvider(
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

export async function createSlot(body: Record<string, unknown>, cookie = hourly.manager) {
  return call(t.app, 'POST', '/api/slots', {
    cookie,
    body: { date: tomorrow(), start: '09:00', end: '11:00', places: 3, ...body },
  });
}

export async function newSlot(body: Record<string, unknown> = {}) {
  const res = await createSlot(body);
  if (res.statusCode !== 201) throw new Error(`slot failed: ${res.body}`);
  return res.json() as { id: number; places: number; remaining: number };
}

export const book = (slotId: number, cookie: string, body: Record<string, unknown> = {}) =>
  call(t.app, 'POST', `/api/slots/${slotId}/bookings`, {
    cookie,
    body: { childName: '王小明', birthDate: bornMonthsBefore(tomorrow(), 18), ...body },
  });

export const newParent = async () =>
  (await userSession(t, { role: 'parent', divisionCode: '150800' })).cookie;

export async function slotRow(id: number) {
  return t.ctx.db.selectFrom('slots').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}
/** Registers the hooks that build the app and its providers before a test file runs and close it after. */
export function setUpBookingTests() {
  beforeAll(async () => {
    t = await buildTestApp();
    samr = (await userSession(t, { role: 'department_officer', divisionCode: '150802', unit: 'samr' }))
      .cookie;
    linhe = (await userSession(t, { role: 'county_regulator', divisionCode: '150802' })).cookie;
    const base = filingData([]);
    hourly = await filedProvider(
      ['full_day', 'hourly'],
      [
        ...base.fees,
        {
          item: '计时托费',
          serviceForm: 'hourly',
          classType: 'toddler_young',
          unit: 'hour',
          amountFen: 3000,
        },
      ],
    );
    unlisted = await registeredProvider(t, samr, linhe, {
      serviceForms: ['hourly'],
      name: '临河区彩虹计时托托育点',
    });
    parent = await newParent();
  });
  afterAll(() => t.close());
}
