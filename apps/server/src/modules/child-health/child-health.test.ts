import { addDays, addMonths, DAYS_PER_MONTH, valueAtZ } from '@tuoyu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInBeijing } from '../../platform/time';
import { auditCount, buildTestApp, call, type TestApp, userSession } from '../../test/helpers';

let t: TestApp;
let linheHc: string;
let wuyuanHc: string;
let linheRegulator: string;
let city: string;
const today = todayInBeijing();
let serial = 0;

beforeAll(async () => {
  t = await buildTestApp();
  linheHc = (await userSession(t, { role: 'health_worker', divisionCode: '150802004', unit: 'health' }))
    .cookie;
  wuyuanHc = (await userSession(t, { role: 'health_worker', divisionCode: '150821100', unit: 'health' }))
    .cookie;
  linheRegulator = (await userSession(t, { role: 'county_regulator', divisionCode: '150802' })).cookie;
  city = (await userSession(t, { role: 'city_regulator', divisionCode: '150800' })).cookie;
});
afterAll(() => t.close());

const certificate = () => `Q15${String(++serial).padStart(7, '0')}`;

async function register(birthDate: string, o: Record<string, unknown> = {}) {
  const res = await call(t.app, 'POST', '/api/child-health/children', {
    cookie: linheHc,
    body: {
      name: '测试宝宝',
      sex: 'female',
      birthDate,
      birthCertificateNo: certificate(),
      townshipCode: '150802004',
      guardians: [{ name: '刘女士', relation: '母亲', mobile: '13804781234' }],
      ...o,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as number;
}

const monthsOld = (birthDate: string, date: string) =>
  Math.round((Date.parse(date) - Date.parse(birthDate)) / 86_400_000 / DAYS_PER_MONTH);

/** A median child's measurements at an age (WHO tables). */
function median(birthDate: string, date: string) {
  const months = monthsOld(birthDate, date);
  return {
    weightKg: Math.round((valueAtZ('weightForAge', 'female', months, 0) ?? 0) * 100) / 100,
    lengthCm: Math.round((valueAtZ('lengthForAge', 'female', months, 0) ?? 0) * 10) / 10,
  };
}

const checkup = (id: number, body: Record<string, unknown>, cookie = linheHc) =>
  call(t.app, 'POST', `/api/child-health/children/${id}/checkups`, { cookie, body });

describe('the child-health register (issue 11)', () => {
  it('registers a newborn, refuses the same birth certificate twice (409) and audits the full read', async () => {
    const cert = certificate();
    const id = await register(addDays(today, -5), { birthCertificateNo: cert });
    const again = await call(t.app, 'POST', '/api/child-health/children', {
      cookie: linheHc,
      body: {
        name: '重复',
        sex: 'male',
        birthDate: addDays(today, -5),
        birthCertificateNo: cert,
        townshipCode: '150802004',
        guardians: [{ name: '父', relation: '父亲', mobile: '13804781235' }],
      },
    });
    expect(again.statusCode).toBe(409);
    const list = await call(t.app, 'GET', '/api/child-health/children?list=newborn_unvisited', {
      cookie: linheHc,
    });
    const item = list.json().items.find((i: { id: number }) => i.id === id);
    expect(item.birthCertificateNo).toBe(`${cert.slice(0, 1)}*****${cert.slice(-4)}`);
    expect(item.guardians[0].mobile).toBe('138****1234');
    const before = await auditCount(t.ctx);
    const full = await call(t.app, 'GET', `/api/child-health/children/${id}`, { cookie: linheHc });
    expect(full.json().birthCertificateNo).toBe(cert);
    expect(full.json().guardians[0].mobile).toBe('13804781234');
    expect(await auditCount(t.ctx)).toBe(before + 1);
  });

  it('another county’s health worker gets 404 for the record and its check-ups; the county regulator sees it', async () => {
    const id = await register(addMonths(today, -4));
    expect(
      (await call(t.app, 'GET', `/api/child-health/children/${id}`, { cookie: wuyuanHc })).statusCode,
    ).toBe(404);
    const body = { kind: 'scheduled', ageMonths: 3, date: today, ...median(addMonths(today, -4), today) };
    expect((await checkup(id, body, wuyuanHc)).statusCode).toBe(404);
    expect(
      (await call(t.app, 'GET', `/api/child-health/children/${id}`, { cookie: linheRegulator })).statusCode,
    ).toBe(200);
    // A regulator reads, it does not record.
    expect((await checkup(id, body, linheRegulator)).statusCode).toBe(403);
    const listed = await call(t.app, 'GET', '/api/child-health/children?pageSize=100', { cookie: wuyuanHc });
    expect(listed.json().items.some((i: { id: number }) => i.id === id)).toBe(false);
  });

  it('a township outside the worker’s scope is refused naming the field', async () => {
    const res = await call(t.app, 'POST', '/api/child-health/children', {
      cookie: linheHc,
      body: {
        name: '外乡',
        sex: 'male',
        birthDate: addDays(today, -3),
        townshipCode: '150821100',
        guardians: [{ name: '父', relation: '父亲', mobile: '13804781236' }],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain('townshipCode');
  });
});

describe('check-ups (issue 11 item 3)', () => {
  it('answers z-scores and onTime; the schedule shows done and the next due', async () => {
    const birth = addMonths(today, -3);
    const id = await register(birth);
    const res = await checkup(id, {
      kind: 'scheduled',
      ageMonths: 3,
      date: today,
      ...median(birth, today),
      development: 'normal',
    });
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json();
    expect(r.onTime).toBe(true);
    expect(Math.abs(r.zScores.weightForAge)).toBeLessThan(0.2);
    expect(Math.abs(r.zScores.lengthForAge)).toBeLessThan(0.2);
    expect(r.flags).toEqual([]);
    const rec = (await call(t.app, 'GET', `/api/child-health/children/${id}`, { cookie: linheHc })).json();
    expect(rec.schedule[0]).toMatchObject({ ageMonths: 3, status: 'done', checkupId: r.id, counted: true });
    expect(rec.schedule[1]).toMatchObject({ ageMonths: 6, status: 'upcoming', checkupId: null });
    expect(rec.schedule.at(-1)).toMatchObject({ ageMonths: 36, counted: false });
    expect(rec.checkups[0]).toMatchObject({
      id: r.id,
      development: 'normal',
      recordedBy: expect.any(String),
    });
  });

  it.each([
    ['a date before birth', { date: '2020-01-01' }, 'date'],
    ['a date after today', { date: addDays(today, 1) }, 'date'],
    ['40 kg at 6 months', { weightKg: 40 }, 'weightKg'],
    ['a 20 cm length at 6 months', { lengthCm: 20 }, 'lengthCm'],
  ])('refuses %s with 422 naming the field, and writes nothing', async (_name, change, field) => {
    const birth = addMonths(today, -6);
    const id = await register(birth);
    const res = await checkup(id, {
      kind: 'scheduled',
      ageMonths: 6,
      date: today,
      ...median(birth, today),
      ...change,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(field);
    const rec = (await call(t.app, 'GET', `/api/child-health/children/${id}`, { cookie: linheHc })).json();
    expect(rec.checkups).toEqual([]);
  });

  it('a scheduled check-up needs its age in months (400)', async () => {
    const birth = addMonths(today, -6);
    const id = await register(birth);
    const res = await checkup(id, { kind: 'scheduled', date: today, ...median(birth, today) });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('ageMonths');
  });

  it('a low weight and Hb flag the child for the 体弱儿 list', async () => {
    const birth = addMonths(today, -6);
    const id = await register(birth);
    const low =
      Math.round((valueAtZ('weightForAge', 'female', monthsOld(birth, today), -2.6) ?? 0) * 10) / 10;
    const res = await checkup(id, {
      kind: 'scheduled',
      ageMonths: 6,
      date: today,
      weightKg: low,
      lengthCm: median(birth, today).lengthCm,
      hemoglobinGL: 95,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().flags).toEqual(expect.arrayContaining(['underweight', 'anaemia']));
    const flagged = await call(t.app, 'GET', '/api/child-health/children?list=flagged&pageSize=100', {
      cookie: linheHc,
    });
    expect(flagged.json().items.some((i: { id: number }) => i.id === id)).toBe(true);
  });
});

describe('I-2 live (issue 11 item 4)', () => {
  it('a township’s rate moves when a due check-up is recorded, public and in scope alike', async () => {
    const year = Number(today.slice(0, 4));
    const township = async () =>
      (await call(t.app, 'GET', `/api/child-health/indicators?year=${year}`, { cookie: linheHc })).json();
    // A child whose 3-month due date was 10 days ago: counted, not managed until checked.
    const birth = addDays(addMonths(today, -3), -10);
    if (addMonths(birth, 3).slice(0, 4) !== String(year)) return; // the first days of January
    const before = await township();
    const id = await register(birth);
    const counted = await township();
    expect(counted.denominator).toBe(before.denominator + 1);
    expect(counted.numerator).toBe(before.numerator);
    expect(
      counted.unmanaged.some(
        (u: { id: number; missedAges: number[] }) => u.id === id && u.missedAges[0] === 3,
      ),
    ).toBe(true);
    const date = addDays(today, -1);
    expect(
      (await checkup(id, { kind: 'scheduled', ageMonths: 3, date, ...median(birth, date) })).json().onTime,
    ).toBe(true);
    const managed = await township();
    expect(managed.numerator).toBe(before.numerator + 1);
    expect(managed.rule).toMatchObject({
      scheduleAges: [3, 6, 8, 12, 18, 24, 30],
      windowDays: 30,
      windowMode: 'around',
    });
    const pub = (await call(t.app, 'GET', `/api/public/indicators/health-management?year=${year}`)).json();
    expect(pub).toMatchObject({ year, target: 92 });
    const linhe = pub.byDivision.find((d: { divisionCode: string }) => d.divisionCode === '150802');
    expect(linhe.denominator).toBeGreaterThanOrEqual(managed.denominator);
    expect(pub.byDivision).toHaveLength(7);
    expect(pub).not.toHaveProperty('unmanaged');
    // The city regulator sees the counties; a county's health worker cannot ask for the city.
    const cityView = (
      await call(t.app, 'GET', `/api/child-health/indicators?year=${year}`, { cookie: city })
    ).json();
    expect(cityView.byDivision.map((d: { divisionCode: string }) => d.divisionCode)).toContain('150821');
    expect(
      (await call(t.app, 'GET', `/api/child-health/indicators?division=150800`, { cookie: linheHc }))
        .statusCode,
    ).toBe(404);
  });

  it('a child who moves to another county leaves this township’s figure and enters that one', async () => {
    const year = Number(today.slice(0, 4));
    const birth = addDays(addMonths(today, -3), -10);
    if (addMonths(birth, 3).slice(0, 4) !== String(year)) return;
    const id = await register(birth);
    const wuyuan = async () =>
      (await call(t.app, 'GET', `/api/child-health/indicators?year=${year}`, { cookie: wuyuanHc })).json()
        .denominator;
    const before = await wuyuan();
    const moved = await call(t.app, 'POST', `/api/child-health/children/${id}/status`, {
      cookie: linheHc,
      body: { status: 'active', on: today, townshipCode: '150821100' },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await wuyuan()).toBe(before + 1);
    // The record followed the child: the old township no longer sees it.
    expect(
      (await call(t.app, 'GET', `/api/child-health/children/${id}`, { cookie: linheHc })).statusCode,
    ).toBe(404);
  });
});

describe('parents (issue 11 item 6)', () => {
  it('links a child only when a guardian’s mobile is the parent’s, then sees its schedule', async () => {
    const cert = certificate();
    const birth = addMonths(today, -7);
    await register(birth, {
      birthCertificateNo: cert,
      guardians: [{ name: '张女士', relation: '母亲', mobile: '13804789001' }],
    });
    const mother = (await userSession(t, { role: 'parent', divisionCode: '150800', mobile: '13804789001' }))
      .cookie;
    const stranger = (await userSession(t, { role: 'parent', divisionCode: '150800', mobile: '13804789002' }))
      .cookie;
    const body = { birthCertificateNo: cert, birthDate: birth };
    const refused = await call(t.app, 'POST', '/api/my/children', { cookie: stranger, body });
    expect(refused.statusCode).toBe(422);
    const wrongDate = await call(t.app, 'POST', '/api/my/children', {
      cookie: mother,
      body: { ...body, birthDate: today },
    });
    expect(wrongDate.statusCode).toBe(422);
    expect((await call(t.app, 'POST', '/api/my/children', { cookie: mother, body })).statusCode).toBe(201);
    const mine = (await call(t.app, 'GET', '/api/my/children', { cookie: mother })).json();
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0].schedule.map((s: { ageMonths: number }) => s.ageMonths)).toEqual([
      3, 6, 8, 12, 18, 24, 30, 36,
    ]);
    expect((await call(t.app, 'GET', '/api/my/children', { cookie: stranger })).json().items).toEqual([]);
  });
});
