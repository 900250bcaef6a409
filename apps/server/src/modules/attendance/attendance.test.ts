import { makeResidentId } from '@tuoyu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, call, type TestApp, userSession } from '../../test/helpers';
import { documentsFor, filingData, registeredProvider } from '../providers/test-fixtures';

let t: TestApp;
let linhe: string;
let wuyuan: string;
let samr: string;
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
let seq = 300;

beforeAll(async () => {
  t = await buildTestApp();
  linhe = (await userSession(t, { role: 'county_regulator', divisionCode: '150802' })).cookie;
  wuyuan = (await userSession(t, { role: 'county_regulator', divisionCode: '150821' })).cookie;
  samr = (await userSession(t, { role: 'department_officer', divisionCode: '150802', unit: 'samr' })).cookie;
});
afterAll(() => t.close());

/** A filed provider with an infant class of 4 children and two carers (one with a lapsed exam). */
async function setUp() {
  const p = await registeredProvider(t, samr, linhe);
  await call(t.app, 'PUT', `/api/filings/${p.filingId}`, {
    cookie: p.manager,
    body: filingData(await documentsFor(t, p.manager)),
  });
  await call(t.app, 'POST', `/api/filings/${p.filingId}/submit`, { cookie: p.manager });
  await call(t.app, 'POST', `/api/filings/${p.filingId}/accept`, { cookie: linhe, body: {} });
  const classes = (await call(t.app, 'GET', '/api/classes', { cookie: p.manager })).json().items as {
    id: number;
    type: string;
  }[];
  const infant = classes.find((c) => c.type === 'infant')?.id ?? 0;
  const children: number[] = [];
  for (let i = 0; i < 4; i++) {
    const birth = new Date(Date.now() - 240 * 86_400_000).toISOString().slice(0, 10);
    const res = await call(t.app, 'POST', '/api/children', {
      cookie: p.manager,
      body: {
        name: `婴儿${i}`,
        residentId: makeResidentId('150802', birth, seq++),
        guardians: [{ name: '家长', relation: '母亲', mobile: '13900000000' }],
        classId: infant,
        enrolledOn: today(),
        vaccinationUpToDate: true,
      },
    });
    children.push(res.json().id);
  }
  const hire = async (healthExamDate: string) =>
    (
      await call(t.app, 'POST', '/api/staff', {
        cookie: p.manager,
        body: {
          name: '保育员',
          residentId: makeResidentId('150802', '1990-01-01', seq++),
          role: 'carer',
          healthExamDate,
          hiredOn: today(),
        },
      })
    ).json().id as number;
  const carer = await hire(today());
  const lapsed = await hire('2020-01-01');
  return { ...p, infant, children, carer, lapsed };
}

const checkIn = (
  cookie: string,
  subject: 'child' | 'staff',
  id: number,
  classId: number,
  action: 'in' | 'out' = 'in',
) => call(t.app, 'POST', '/api/attendance', { cookie, body: { subject, id, classId, action } });

describe('live staff-to-child ratio (托育机构设置标准（试行）: infants 1 carer to 3)', () => {
  it('turns red when a fourth infant arrives, ignores a carer whose health exam lapsed, and green when a second carer checks in', async () => {
    const s = await setUp();
    const ratio = async () =>
      (await call(t.app, 'GET', `/api/providers/${s.providerId}/ratios`, { cookie: s.manager }))
        .json()
        .classes.find((c: { classId: number }) => c.classId === s.infant);
    await checkIn(s.manager, 'staff', s.carer, s.infant);
    for (const c of s.children.slice(0, 3)) await checkIn(s.manager, 'child', c, s.infant);
    expect(await ratio()).toMatchObject({
      childrenPresent: 3,
      carersPresent: 1,
      required: 1,
      ok: true,
      breachSince: null,
    });
    await checkIn(s.manager, 'child', s.children[3] ?? 0, s.infant);
    const red = await ratio();
    expect(red).toMatchObject({ childrenPresent: 4, carersPresent: 1, required: 2, ok: false });
    expect(red.breachSince).not.toBeNull();
    // A carer whose yearly health exam lapsed does not count (standards.md, People).
    await checkIn(s.manager, 'staff', s.lapsed, s.infant);
    expect(await ratio()).toMatchObject({ carersPresent: 1, ok: false });
    // The county sees the breach while it lasts.
    const open = (await call(t.app, 'GET', '/api/ratio-breaches', { cookie: linhe }))
      .json()
      .items.find((b: { providerId: number }) => b.providerId === s.providerId);
    expect(open).toMatchObject({ endedAt: null, childrenPresent: 4, carersPresent: 1 });
    expect(
      (await call(t.app, 'GET', '/api/ratio-breaches', { cookie: wuyuan }))
        .json()
        .items.some((b: { providerId: number }) => b.providerId === s.providerId),
    ).toBe(false);
    // One child goes home: back to 3 infants for 1 carer — green, and the breach is closed.
    await checkIn(s.manager, 'child', s.children[3] ?? 0, s.infant, 'out');
    expect(await ratio()).toMatchObject({ childrenPresent: 3, ok: true, breachSince: null });
    const closed = (await call(t.app, 'GET', '/api/ratio-breaches', { cookie: s.manager })).json().items[0];
    expect(closed.endedAt).not.toBeNull();
  });

  it('refuses a double check-in, a check-out without check-in, and a child in the wrong class', async () => {
    const s = await setUp();
    const c = s.children[0] ?? 0;
    expect((await checkIn(s.manager, 'child', c, s.infant, 'out')).statusCode).toBe(409);
    expect((await checkIn(s.manager, 'child', c, s.infant)).statusCode).toBe(200);
    expect((await checkIn(s.manager, 'child', c, s.infant)).statusCode).toBe(409);
    const other = (await call(t.app, 'GET', '/api/classes', { cookie: s.manager }))
      .json()
      .items.find((x: { type: string }) => x.type !== 'infant').id;
    const wrong = await checkIn(s.manager, 'child', s.children[1] ?? 0, other);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].path).toBe('classId');
  });

  it('another county and another provider get 404 for the ratio board', async () => {
    const a = await setUp();
    const b = await registeredProvider(t, samr, linhe);
    expect(
      (await call(t.app, 'GET', `/api/providers/${a.providerId}/ratios`, { cookie: wuyuan })).statusCode,
    ).toBe(404);
    expect(
      (await call(t.app, 'GET', `/api/providers/${a.providerId}/ratios`, { cookie: b.manager })).statusCode,
    ).toBe(404);
    expect(
      (await call(t.app, 'GET', `/api/providers/${a.providerId}/ratios`, { cookie: linhe })).statusCode,
    ).toBe(200);
  });
});
