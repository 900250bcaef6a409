import { addDays, parseResidentId } from '@tuoyu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInBeijing } from '../../platform/time';
import { buildTestApp, call, type TestApp, userSession } from '../../test/helpers';
import { providerWithInfants } from '../health-checks/test-fixtures';
import { rebuildLedgers } from './ledger';
import { sendHealthReminders } from './reminders';

let t: TestApp;
let hc: string;
const today = todayInBeijing();

beforeAll(async () => {
  t = await buildTestApp();
  hc = (await userSession(t, { role: 'health_worker', divisionCode: '150802004', unit: 'health' })).cookie;
});
afterAll(() => t.close());

async function register(body: Record<string, unknown>) {
  const res = await call(t.app, 'POST', '/api/child-health/children', {
    cookie: hc,
    body: { name: '小宝', sex: 'male', townshipCode: '150802004', ...body },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as number;
}

describe('parents’ reminders (issue 11 item 5)', () => {
  it('a week before the window opens, and after a counted check-up was missed — once each', async () => {
    const mobile = '13804787001';
    const parent = (await userSession(t, { role: 'parent', divisionCode: '150800', mobile })).cookie;
    const id = await register({
      birthDate: addDays(today, -20),
      guardians: [{ name: '母亲', relation: '母亲', mobile }],
    });
    const rec = (await call(t.app, 'GET', `/api/child-health/children/${id}`, { cookie: hc })).json();
    const three = rec.schedule[0];
    expect(await sendHealthReminders(t.ctx, addDays(three.dueFrom, -7))).toMatchObject({ upcoming: 1 });
    expect(await sendHealthReminders(t.ctx, addDays(three.dueFrom, -7))).toMatchObject({ upcoming: 0 });
    expect(await sendHealthReminders(t.ctx, addDays(three.dueTo, 1))).toMatchObject({ missed: 1 });
    const inbox = (await call(t.app, 'GET', '/api/my/notifications', { cookie: parent })).json().items;
    expect(inbox.map((n: { kind: string }) => n.kind).sort()).toEqual([
      'child_health.due',
      'child_health.missed',
    ]);
    expect(inbox[0].providerName).toBe('儿童健康管理');
  });
});

describe('what a care provider sees (issue 11 item 1)', () => {
  it('only whether an enrolled child’s check-ups are up to date, linked by resident ID', async () => {
    const linhe = (await userSession(t, { role: 'county_regulator', divisionCode: '150802' })).cookie;
    const samr = (await userSession(t, { role: 'department_officer', divisionCode: '150802', unit: 'samr' }))
      .cookie;
    const p = await providerWithInfants(t, samr, linhe, 1);
    const childId = p.children[0] ?? 0;
    const before = (await call(t.app, 'GET', `/api/children/${childId}`, { cookie: p.manager })).json();
    expect(before.healthCheckupsUpToDate).toBeNull();
    const info = parseResidentId(before.residentId);
    if (!info) throw new Error('fixture resident ID');
    await register({
      name: before.name,
      sex: info.sex,
      birthDate: info.birthDate,
      residentId: before.residentId,
      guardians: [{ name: '家长', relation: '母亲', mobile: '13900000000' }],
    });
    // About eight months old without a check-up: the 3- and 6-month windows have closed.
    const after = (await call(t.app, 'GET', `/api/children/${childId}`, { cookie: p.manager })).json();
    expect(after.healthCheckupsUpToDate).toBe(false);
    expect(JSON.stringify(after)).not.toMatch(/weightKg|zScores/);
  });
});

describe('the city’s window and year are parameters (standards.md child health)', () => {
  it('changing the window to the 妇幼 forms’ rule recomputes the kept figure', async () => {
    const year = Number(today.slice(0, 4));
    const birth = addDays(today, -130);
    const id = await register({
      birthDate: birth,
      guardians: [{ name: '母亲', relation: '母亲', mobile: '13804787002' }],
    });
    const due = (await call(t.app, 'GET', `/api/child-health/children/${id}`, { cookie: hc })).json()
      .schedule[0];
    if (due.dueOn.slice(0, 4) !== String(year)) return;
    // Ten days before the due date: inside ±30, outside "from the due date to 29 days after".
    const date = addDays(due.dueOn, -10);
    const r = await call(t.app, 'POST', `/api/child-health/children/${id}/checkups`, {
      cookie: hc,
      body: { kind: 'scheduled', ageMonths: 3, date, weightKg: 6.4, lengthCm: 61.5 },
    });
    expect(r.json().onTime).toBe(true);
    const unmanaged = async () =>
      (await call(t.app, 'GET', `/api/child-health/indicators?year=${year}`, { cookie: hc }))
        .json()
        .unmanaged.some((u: { id: number }) => u.id === id);
    expect(await unmanaged()).toBe(false);
    const city = (await userSession(t, { role: 'city_regulator', divisionCode: '150800' })).cookie;
    const put = await call(t.app, 'PUT', '/api/settings/standards', {
      cookie: city,
      body: { checkupWindowMode: 'after' },
    });
    expect(put.statusCode, put.body).toBe(200);
    await rebuildLedgers(t.ctx.db); // the route starts the same rebuild in the background
    expect(await unmanaged()).toBe(true);
  });
});
