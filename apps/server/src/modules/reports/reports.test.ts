import { SHIPPED_CALENDAR } from '@tuoyu/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, call, type TestApp, userSession } from '../../test/helpers';
import { currentCalendar } from '../calendar/service';
import { checkIn, providerWithInfants, today } from '../health-checks/test-fixtures';
import { registeredProvider } from '../providers/test-fixtures';
import { monthOf } from './service';

let t: TestApp;
let linhe: string;
let wuyuan: string;
let city: string;
let samr: string;
const thisMonth = () => today().slice(0, 7);

beforeAll(async () => {
  t = await buildTestApp();
  linhe = (await userSession(t, { role: 'county_regulator', divisionCode: '150802' })).cookie;
  wuyuan = (await userSession(t, { role: 'county_regulator', divisionCode: '150821' })).cookie;
  city = (await userSession(t, { role: 'city_regulator', divisionCode: '150800' })).cookie;
  samr = (await userSession(t, { role: 'department_officer', divisionCode: '150802', unit: 'samr' })).cookie;
});
afterAll(() => t.close());

describe('working days of a month (the working calendar: statutory holidays + State Council schedules)', () => {
  it.each([
    ['2026-10', 18], // 国庆 1–7 October off, Saturday 10 October worked
    ['2026-11', 21], // no holidays
    ['2026-02', 16], // 春节 15–23 February off (six weekdays), Saturdays 14 and 28 worked
    ['2027-03', 23], // no schedule entered, no holiday in March
    ['2027-02', 18], // no schedule entered: 春节 statutory 5–8 February (Friday and Monday)
  ])('%s has %i working days', async (month, n) => {
    expect(monthOf(month, await currentCalendar(t.ctx.db)).workingDays).toBe(n);
  });

  it.each([
    // Tuesday 1 – Thursday 3 December: three working days so far, enrolment counted today.
    ['2026-12', '2026-12-03', 3, false, '2026-12-03'],
    // A past month: all 21 working days, enrolment at its end.
    ['2026-11', '2026-12-03', 21, true, '2026-11-30'],
    // 国庆: 1–7 October off; on the 8th one working day has passed.
    ['2026-10', '2026-10-08', 1, false, '2026-10-08'],
    // A month not begun yet has no working day behind it.
    ['2027-01', '2026-12-03', 0, false, '2027-01-01'],
  ])(
    '%s seen on %s has %i working days elapsed (complete: %s, as of %s)',
    (month, today, n, complete, asOf) => {
      expect(monthOf(month, SHIPPED_CALENDAR, today)).toMatchObject({
        workingDaysElapsed: n,
        complete,
        asOf,
      });
    },
  );

  it('takes the month in Beijing time', () => {
    expect(monthOf('2026-12', SHIPPED_CALENDAR)).toMatchObject({
      first: '2026-12-01',
      last: '2026-12-31',
      startUtc: '2026-11-30T16:00:00.000Z',
      endUtc: '2026-12-31T16:00:00.000Z',
    });
  });
});

/** Four infants and two carers (one with a lapsed exam); three come in; one breach; morning checks for two. */
async function monthOfWork() {
  const p = await providerWithInfants(t, samr, linhe, 4, [today(), '2020-01-01']);
  const [carer = 0] = p.carers;
  await checkIn(t, p.manager, 'staff', carer, p.infant);
  for (const c of p.children.slice(0, 3)) await checkIn(t, p.manager, 'child', c, p.infant);
  // A fourth infant breaks 1:3; leaving again restores it.
  await checkIn(t, p.manager, 'child', p.children[3] ?? 0, p.infant);
  await checkIn(t, p.manager, 'child', p.children[3] ?? 0, p.infant, 'out');
  for (const c of p.children.slice(0, 2))
    await call(t.app, 'POST', '/api/health-checks', {
      cookie: p.manager,
      body: { childId: c, session: 'morning', result: 'normal' },
    });
  return p;
}

describe('monthly report, produced from the records', () => {
  it('gives capacity, enrolled, attendance rate, staff by role, breaches and check completion', async () => {
    const p = await monthOfWork();
    const res = await call(
      t.app,
      'GET',
      `/api/providers/${p.providerId}/monthly-report?month=${thisMonth()}`,
      {
        cookie: p.manager,
      },
    );
    expect(res.statusCode).toBe(200);
    const r = res.json();
    const { workingDays, workingDaysElapsed } = monthOf(thisMonth(), SHIPPED_CALENDAR);
    expect(r).toMatchObject({
      providerId: p.providerId,
      month: thisMonth(),
      enrolled: 4,
      workingDays,
      workingDaysElapsed,
      complete: false,
      childDaysPresent: 4,
      // A month in progress divides by the working days behind it, not the whole month's.
      attendanceRate: workingDaysElapsed ? Math.round((4 / (4 * workingDaysElapsed)) * 1000) / 10 : null,
      staffByRole: { carer: 2, head: 0, health: 0, guard: 0, cook: 0, other: 0 },
      ratioBreaches: { count: 1 },
      healthCheckCompletion: 50,
    });
    expect(r.capacity).toBeGreaterThan(0);
    expect(r.providerName).toEqual(expect.any(String));
    expect(r.ratioBreaches.minutes).toBeGreaterThanOrEqual(0);
  });

  it('a month before anyone enrolled has no denominator: rates are null', async () => {
    const p = await monthOfWork();
    const r = (
      await call(t.app, 'GET', `/api/providers/${p.providerId}/monthly-report?month=2026-01`, {
        cookie: linhe,
      })
    ).json();
    expect(r).toMatchObject({
      enrolled: 0,
      childDaysPresent: 0,
      attendanceRate: null,
      healthCheckCompletion: null,
      ratioBreaches: { count: 0, minutes: 0 },
      staffByRole: { carer: 0 },
    });
    expect(
      (
        await call(t.app, 'GET', `/api/providers/${p.providerId}/monthly-report?month=2026-13`, {
          cookie: linhe,
        })
      ).statusCode,
    ).toBe(400);
  });

  it('another county and another provider get 404; the county and the city see it', async () => {
    const a = await monthOfWork();
    const b = await registeredProvider(t, samr, linhe);
    const url = `/api/providers/${a.providerId}/monthly-report?month=${thisMonth()}`;
    expect((await call(t.app, 'GET', url, { cookie: wuyuan })).statusCode).toBe(404);
    expect((await call(t.app, 'GET', url, { cookie: b.manager })).statusCode).toBe(404);
    expect((await call(t.app, 'GET', url, { cookie: linhe })).statusCode).toBe(200);
    expect((await call(t.app, 'GET', url, { cookie: city })).statusCode).toBe(200);
  });
});

describe('monthly reports of every provider in scope', () => {
  it('lists the filed providers of the county with the same figures; not other counties’, not unfiled ones', async () => {
    const a = await monthOfWork();
    const unfiled = await registeredProvider(t, samr, linhe);
    const own = (
      await call(t.app, 'GET', `/api/providers/${a.providerId}/monthly-report?month=${thisMonth()}`, {
        cookie: a.manager,
      })
    ).json();
    const res = await call(t.app, 'GET', `/api/reports/monthly?month=${thisMonth()}`, { cookie: linhe });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { providerId: number }[];
    expect(items.find((i) => i.providerId === a.providerId)).toEqual(own);
    expect(items.some((i) => i.providerId === unfiled.providerId)).toBe(false);
    const cityItems = (
      await call(t.app, 'GET', `/api/reports/monthly?month=${thisMonth()}`, { cookie: city })
    ).json().items as { providerId: number }[];
    expect(cityItems.some((i) => i.providerId === a.providerId)).toBe(true);
    const other = (
      await call(t.app, 'GET', `/api/reports/monthly?month=${thisMonth()}`, { cookie: wuyuan })
    ).json().items as { providerId: number }[];
    expect(other.some((i) => i.providerId === a.providerId)).toBe(false);
    // Provider users have no city-wide view.
    expect(
      (await call(t.app, 'GET', `/api/reports/monthly?month=${thisMonth()}`, { cookie: a.manager }))
        .statusCode,
    ).toBe(403);
  });

  it('exports to Excel', async () => {
    await monthOfWork();
    const res = await call(t.app, 'GET', `/api/reports/monthly/export.xlsx?month=${thisMonth()}`, {
      cookie: linhe,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('.xlsx');
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
    // Percentages are numbers Excel formats, not text: they sum, sort and chart.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    const header = (ws.getRow(1).values as unknown[]).indexOf('晨检完成率');
    expect(header).toBeGreaterThan(0);
    const cells: ExcelJS.Cell[] = [];
    ws.eachRow((row, n) => {
      if (n > 1) cells.push(row.getCell(header));
    });
    const filled = cells.filter((c) => c.value !== null && c.value !== undefined);
    expect(filled.length).toBeGreaterThan(0);
    for (const c of filled) {
      expect(typeof c.value).toBe('number');
      expect(c.numFmt).toBe('0.0%');
    }
  });
});
