import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInBeijing } from '../../platform/time';
import { buildTestApp, call, type TestApp, userSession } from '../../test/helpers';
import { calendarWarning } from './service';

let t: TestApp;
let city: string;
let admin: string;
const others: [string, string][] = [];
beforeAll(async () => {
  t = await buildTestApp();
  city = (await userSession(t, { role: 'city_regulator', divisionCode: '150800' })).cookie;
  admin = (await userSession(t, { role: 'sysadmin', divisionCode: '150800' })).cookie;
  for (const [role, divisionCode] of [
    ['county_regulator', '150802'],
    ['jc_office', '150800'],
    ['parent', '150802'],
  ] as const) {
    others.push([role, (await userSession(t, { role, divisionCode })).cookie]);
  }
});
afterAll(() => t.close());

const days2030 = [
  { date: '2030-02-01', kind: 'holiday', name: '春节' },
  { date: '2030-02-06', kind: 'holiday', name: '春节' },
  { date: '2030-01-26', kind: 'workday', name: '春节调休上班' },
];

describe('GET /api/calendar/:year (public)', () => {
  it('2026: the shipped State Council schedule, official', async () => {
    const res = await call(t.app, 'GET', '/api/calendar/2026');
    expect(res.statusCode).toBe(200);
    const y = res.json();
    expect(y).toMatchObject({ year: 2026, official: true });
    // 19 weekday holidays and 6 weekend make-up workdays; weekend days of a run are not listed.
    expect(y.days.filter((d: { kind: string }) => d.kind === 'holiday')).toHaveLength(19);
    expect(y.days.filter((d: { kind: string }) => d.kind === 'workday')).toHaveLength(6);
    expect(y.days).toContainEqual({ date: '2026-02-14', kind: 'workday', name: '春节调休上班' });
    expect(y.days).toContainEqual({ date: '2026-10-07', kind: 'holiday', name: '国庆节' });
    expect(y.days.map((d: { date: string }) => d.date)).not.toContain('2026-10-03');
  });

  it('2025: shipped too (国办发明电〔2024〕12号)', async () => {
    const y = (await call(t.app, 'GET', '/api/calendar/2025')).json();
    expect(y.official).toBe(true);
    expect(y.days).toContainEqual({ date: '2025-10-08', kind: 'holiday', name: '国庆节、中秋节' });
    expect(y.days).toContainEqual({ date: '2025-02-08', kind: 'workday', name: '春节调休上班' });
  });

  it('2027: statutory only, official false, no make-up days', async () => {
    const y = (await call(t.app, 'GET', '/api/calendar/2027')).json();
    expect(y).toMatchObject({ year: 2027, official: false, updatedAt: null });
    expect(y.days).toEqual([
      { date: '2027-01-01', kind: 'holiday', name: '元旦' },
      { date: '2027-02-05', kind: 'holiday', name: '春节' },
      { date: '2027-02-08', kind: 'holiday', name: '春节' },
      { date: '2027-04-05', kind: 'holiday', name: '清明节' },
      { date: '2027-06-09', kind: 'holiday', name: '端午节' },
      { date: '2027-09-15', kind: 'holiday', name: '中秋节' },
      { date: '2027-10-01', kind: 'holiday', name: '国庆节' },
    ]);
  });

  it.each(['abc', '2024', '2101', '2026.5'])('year %s → 400 problem+json', async (year) => {
    const res = await call(t.app, 'GET', `/api/calendar/${year}`);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});

describe('GET /api/calendar/working-days (public)', () => {
  it.each([
    ['2026-12-28', 5, '2027-01-05'], // 1 January 2027 is a statutory holiday
    ['2026-02-13', 1, '2026-02-14'], // the 春节 make-up Saturday
    ['2026-09-30', 5, '2026-10-13'],
    ['2026-01-11', 0, '2026-01-11'],
  ])('from %s add %i → %s', async (from, add, date) => {
    const res = await call(t.app, 'GET', `/api/calendar/working-days?from=${from}&add=${add}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ from, add, date });
  });

  it.each([
    'from=2026-02-30&add=1',
    'from=20261228&add=1',
    'from=2026-12-28&add=-1',
    'from=2026-12-28&add=367',
    'from=2026-12-28&add=1.5',
    'from=9999-12-31&add=366',
    'from=2024-12-31&add=1',
    'from=2026-12-28',
    'add=3',
  ])('%s → 400', async (qs) => {
    const res = await call(t.app, 'GET', `/api/calendar/working-days?${qs}`);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});

describe('PUT /api/calendar/:year (city regulator, administrator)', () => {
  it('401 anonymous, 403 for every other role; nothing changes', async () => {
    expect((await call(t.app, 'PUT', '/api/calendar/2030', { body: { days: days2030 } })).statusCode).toBe(
      401,
    );
    for (const [role, cookie] of others) {
      const res = await call(t.app, 'PUT', '/api/calendar/2030', { cookie, body: { days: days2030 } });
      expect(res.statusCode, role).toBe(403);
    }
    expect((await call(t.app, 'GET', '/api/calendar/2030')).json().official).toBe(false);
  });

  it.each([
    ['a date outside the year', [{ date: '2031-01-01', kind: 'holiday', name: '元旦' }], 'days.0.date'],
    [
      'a duplicate date',
      [
        { date: '2030-02-06', kind: 'holiday', name: '春节' },
        { date: '2030-02-06', kind: 'holiday', name: '春节' },
      ],
      'days.1.date',
    ],
    [
      'a make-up workday on a weekday',
      [{ date: '2030-02-11', kind: 'workday', name: '调休' }],
      'days.0.kind',
    ],
    [
      'a workday on a statutory holiday',
      [{ date: '2030-02-02', kind: 'workday', name: '调休' }],
      'days.0.date',
    ],
    ['an unknown kind', [{ date: '2030-02-06', kind: 'off', name: '春节' }], 'days.0.kind'],
    ['a date that does not exist', [{ date: '2030-02-30', kind: 'holiday', name: '春节' }], 'days.0.date'],
    ['an empty name', [{ date: '2030-02-06', kind: 'holiday', name: ' ' }], 'days.0.name'],
  ])('refuses %s with 400 naming the item', async (_label, days, path) => {
    const res = await call(t.app, 'PUT', '/api/calendar/2030', { cookie: city, body: { days } });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    expect((await call(t.app, 'GET', '/api/calendar/2030')).json().official).toBe(false);
  });

  it('replaces the year, audited; a holiday on a weekend is accepted and changes nothing', async () => {
    const body = { days: [...days2030, { date: '2030-02-09', kind: 'holiday', name: '春节' }] };
    const res = await call(t.app, 'PUT', '/api/calendar/2030', { cookie: city, body });
    expect(res.statusCode).toBe(200);
    const y = res.json();
    expect(y).toMatchObject({ year: 2030, official: true });
    expect(y.days).toContainEqual({ date: '2030-01-26', kind: 'workday', name: '春节调休上班' });
    expect(y.days).toContainEqual({ date: '2030-02-06', kind: 'holiday', name: '春节' });
    expect(y.days).toContainEqual({ date: '2030-02-04', kind: 'holiday', name: '春节' }); // statutory 初二
    expect(y.days.map((d: { date: string }) => d.date)).not.toContain('2030-02-09');
    expect((await call(t.app, 'GET', '/api/calendar/2030')).json()).toEqual(y);
    const work = await call(t.app, 'GET', '/api/calendar/working-days?from=2030-01-25&add=1');
    expect(work.json().date).toBe('2030-01-26');
    const entry = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'calendar.schedule')
      .executeTakeFirstOrThrow();
    expect(entry.entity_id).toBe('2030');

    // The administrator replaces it again: the make-up Saturday is gone at once.
    const again = await call(t.app, 'PUT', '/api/calendar/2030', { cookie: admin, body: { days: [] } });
    expect(again.json()).toMatchObject({ official: true });
    const after = await call(t.app, 'GET', '/api/calendar/working-days?from=2030-01-25&add=1');
    expect(after.json().date).toBe('2030-01-28');
  });
});

describe('Excel template and import', () => {
  const send = (cookie: string, year: number, file: Buffer) => {
    const b = '----cal';
    return t.app.inject({
      method: 'POST',
      url: `/api/calendar/${year}/import`,
      headers: { cookie, 'x-requested-with': 'tuoyu', 'content-type': `multipart/form-data; boundary=${b}` },
      payload: Buffer.concat([
        Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="file"; filename="c.xlsx"\r\n\r\n`),
        file,
        Buffer.from(`\r\n--${b}--\r\n`),
      ]),
    });
  };
  const sheet = async (rows: unknown[][]) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('x');
    ws.addRow(['日期', '类型', '名称']);
    for (const r of rows) ws.addRow(r);
    return Buffer.from(await wb.xlsx.writeBuffer());
  };

  it('downloads the year as a template that imports back unchanged', async () => {
    const res = await call(t.app, 'GET', '/api/calendar/2026/template.xlsx', { cookie: city });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws?.getRow(2).values).toEqual([undefined, '2026-01-01', '放假', '元旦']);
    const imported = await send(city, 2026, res.rawPayload);
    expect(imported.statusCode).toBe(200);
    expect(imported.json().imported).toBe(25);
    expect(imported.json().days).toEqual((await call(t.app, 'GET', '/api/calendar/2026')).json().days);
  });

  it('refuses the whole file with an error per Excel row', async () => {
    const res = await send(
      city,
      2031,
      await sheet([
        ['2031-01-02', '放假', '元旦'],
        ['2031-13-01', '放假', '元旦'],
        ['2031-01-04', '休息', '元旦'],
        ['2031-01-06', '上班', '调休'],
      ]),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['rows.3.date', 'rows.4.kind']);
    const fixed = await send(city, 2031, await sheet([['2031-01-06', '上班', '调休']]));
    expect(fixed.json().errors.map((e: { path: string }) => e.path)).toEqual(['rows.2.kind']);
    expect((await call(t.app, 'GET', '/api/calendar/2031')).json().official).toBe(false);
  });

  it('is for the city and the administrator only', async () => {
    const [, county] = others[0] as [string, string];
    expect(
      (await call(t.app, 'GET', '/api/calendar/2026/template.xlsx', { cookie: county })).statusCode,
    ).toBe(403);
    expect((await send(county, 2026, await sheet([]))).statusCode).toBe(403);
  });
});

describe('the warning while next year’s schedule is missing (from 1 November, Beijing)', () => {
  it.each([
    ['2026-10-31', null], // before November: nothing to chase yet
    ['2026-11-01', { year: 2027 }],
    ['2026-12-31', { year: 2027 }],
    ['2025-11-20', null], // 2026 is entered (shipped)
    ['2027-01-05', null],
  ])('on %s: %j', async (today, warning) => {
    expect(await calendarWarning(t.ctx, today)).toEqual(warning);
  });

  it('GET /api/calendar/warning answers the city and the administrator only', async () => {
    const expected = { warning: await calendarWarning(t.ctx, todayInBeijing()) };
    expect((await call(t.app, 'GET', '/api/calendar/warning', { cookie: city })).json()).toEqual(expected);
    expect((await call(t.app, 'GET', '/api/calendar/warning', { cookie: admin })).statusCode).toBe(200);
    for (const [role, cookie] of others) {
      expect((await call(t.app, 'GET', '/api/calendar/warning', { cookie })).statusCode, role).toBe(403);
    }
    expect((await call(t.app, 'GET', '/api/calendar/warning')).statusCode).toBe(401);
  });
});
