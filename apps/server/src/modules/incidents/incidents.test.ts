import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, buildTestApp, call, type TestApp, userSession } from '../../test/helpers';
import { providerWithInfants } from '../health-checks/test-fixtures';

let t: TestApp;
let linhe: string;
let wuyuan: string;
let city: string;
let township: string;
let otherTownship: string;
let samr: string;
let wsamr: string;
type P = Awaited<ReturnType<typeof providerWithInfants>>;
let p: P;
let other: P;

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
const report = (cookie: string, body: Record<string, unknown>) =>
  call(t.app, 'POST', '/api/incidents', { cookie, body });
const base = {
  type: 'fall',
  severity: 'minor',
  description: '午睡起床时从床边跌落，额头擦伤',
  actionsTaken: '保健员消毒处理，已观察 30 分钟无异常',
};

beforeAll(async () => {
  t = await buildTestApp();
  linhe = (await userSession(t, { role: 'county_regulator', divisionCode: '150802' })).cookie;
  wuyuan = (await userSession(t, { role: 'county_regulator', divisionCode: '150821' })).cookie;
  city = (await userSession(t, { role: 'city_regulator', divisionCode: '150800' })).cookie;
  township = (await userSession(t, { role: 'township_officer', divisionCode: '150802004' })).cookie;
  otherTownship = (await userSession(t, { role: 'township_officer', divisionCode: '150802001' })).cookie;
  samr = (await userSession(t, { role: 'department_officer', divisionCode: '150802', unit: 'samr' })).cookie;
  wsamr = (await userSession(t, { role: 'department_officer', divisionCode: '150821', unit: 'samr' })).cookie;
  p = await providerWithInfants(t, samr, linhe, 2);
  other = await providerWithInfants(t, samr, linhe, 1);
});
afterAll(() => t.close());

describe('incident reports (SPEC C7)', () => {
  it('a provider reports with its children; 201 with late computed; audited', async () => {
    const before = await auditCount(t.ctx);
    const res = await report(p.manager, { ...base, occurredAt: hoursAgo(1), childIds: p.children });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ late: false, alert: false });
    expect(await auditCount(t.ctx)).toBe(before + 1);
    const detail = (await call(t.app, 'GET', `/api/incidents/${res.json().id}`, { cookie: linhe })).json();
    expect(detail.children).toHaveLength(2);
    // Masked name and ID number, never the full ones.
    expect(detail.children[0].name).toBe('婴*0');
    expect(detail.children[0].residentId).toMatch(/\*/);
    expect(detail.status).toBe('open');
  });

  it('refuses another provider’s children, a future time, and bad input as problem+json', async () => {
    const foreign = await report(p.manager, { ...base, occurredAt: hoursAgo(1), childIds: other.children });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.headers['content-type']).toMatch(/problem\+json/);
    expect(foreign.json().errors[0].path).toBe('childIds');
    const future = await report(p.manager, {
      ...base,
      occurredAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors[0].path).toBe('occurredAt');
    const bad = await report(p.manager, { ...base, type: 'alien', occurredAt: hoursAgo(1) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('request.invalid');
    // Regulators do not report.
    expect((await report(linhe, { ...base, occurredAt: hoursAgo(1) })).statusCode).toBe(403);
  });

  it('late when reported more than incidentLateHours after it occurred, with the parameter changed', async () => {
    const late = await report(p.manager, { ...base, occurredAt: hoursAgo(30) });
    expect(late.json().late).toBe(true);
    const put = await call(t.app, 'PUT', '/api/settings/standards', {
      cookie: city,
      body: { incidentLateHours: 48 },
    });
    expect(put.statusCode).toBe(200);
    const onTime = await report(p.manager, { ...base, occurredAt: hoursAgo(30) });
    expect(onTime.json().late).toBe(false);
    await call(t.app, 'PUT', '/api/settings/standards', { cookie: city, body: { incidentLateHours: 2 } });
    expect((await report(p.manager, { ...base, occurredAt: hoursAgo(3) })).json().late).toBe(true);
    await call(t.app, 'PUT', '/api/settings/standards', { cookie: city, body: { incidentLateHours: 24 } });
    // The flag was fixed at reporting: the earlier late report stays late.
    const list = (await call(t.app, 'GET', '/api/incidents?late=1&pageSize=100', { cookie: linhe })).json();
    expect(list.items.map((i: { id: number }) => i.id)).toContain(late.json().id);
    expect(list.items.every((i: { late: boolean }) => i.late)).toBe(true);
  });

  it('serious and critical alert the county at once; the county acknowledges (once)', async () => {
    const res = await report(p.manager, {
      ...base,
      type: 'foreign_body',
      severity: 'serious',
      occurredAt: hoursAgo(2),
    });
    expect(res.json().alert).toBe(true);
    const id = res.json().id;
    const alerts = (await call(t.app, 'GET', '/api/incidents/alerts', { cookie: linhe })).json();
    expect(alerts.items.map((i: { id: number }) => i.id)).toContain(id);
    expect(alerts.count).toBeGreaterThan(0);
    // Another county sees nothing of it.
    const theirs = (await call(t.app, 'GET', '/api/incidents/alerts', { cookie: wuyuan })).json();
    expect(theirs.count).toBe(0);
    expect(
      (await call(t.app, 'POST', `/api/incidents/${id}/acknowledge`, { cookie: wuyuan })).statusCode,
    ).toBe(404);
    // Only the county acknowledges.
    expect(
      (await call(t.app, 'POST', `/api/incidents/${id}/acknowledge`, { cookie: p.manager })).statusCode,
    ).toBe(403);
    const before = await auditCount(t.ctx);
    const ack = await call(t.app, 'POST', `/api/incidents/${id}/acknowledge`, { cookie: linhe });
    expect(ack.statusCode).toBe(200);
    expect(ack.json().acknowledgedAt).toBeTruthy();
    expect(await auditCount(t.ctx)).toBe(before + 1);
    expect(
      (await call(t.app, 'POST', `/api/incidents/${id}/acknowledge`, { cookie: linhe })).statusCode,
    ).toBe(409);
    const after = (await call(t.app, 'GET', '/api/incidents/alerts', { cookie: linhe })).json();
    expect(after.items.map((i: { id: number }) => i.id)).not.toContain(id);
    // A minor incident raises no alert to acknowledge.
    const minor = await report(p.manager, { ...base, occurredAt: hoursAgo(1) });
    expect(
      (await call(t.app, 'POST', `/api/incidents/${minor.json().id}/acknowledge`, { cookie: linhe }))
        .statusCode,
    ).toBe(409);
  });

  it('scope: provider sees its own only, the county its county, another county 404, townships by township', async () => {
    const mine = await report(p.manager, { ...base, occurredAt: hoursAgo(1) });
    const theirs = await report(other.manager, { ...base, occurredAt: hoursAgo(1) });
    const id = mine.json().id;
    const own = (await call(t.app, 'GET', '/api/incidents?pageSize=100', { cookie: p.manager })).json();
    expect(own.items.every((i: { providerId: number }) => i.providerId === p.providerId)).toBe(true);
    expect(
      (await call(t.app, 'GET', `/api/incidents/${theirs.json().id}`, { cookie: p.manager })).statusCode,
    ).toBe(404);
    expect((await call(t.app, 'GET', `/api/incidents/${id}`, { cookie: linhe })).statusCode).toBe(200);
    expect((await call(t.app, 'GET', `/api/incidents/${id}`, { cookie: city })).statusCode).toBe(200);
    expect((await call(t.app, 'GET', `/api/incidents/${id}`, { cookie: wuyuan })).statusCode).toBe(404);
    expect((await call(t.app, 'GET', '/api/incidents', { cookie: wuyuan })).json().total).toBe(0);
    // The fixture providers are in township 150802004.
    expect((await call(t.app, 'GET', `/api/incidents/${id}`, { cookie: township })).statusCode).toBe(200);
    expect((await call(t.app, 'GET', `/api/incidents/${id}`, { cookie: otherTownship })).statusCode).toBe(
      404,
    );
    // Filters.
    const serious = (
      await call(t.app, 'GET', '/api/incidents?severity=serious&type=foreign_body', { cookie: linhe })
    ).json();
    expect(serious.items.every((i: { severity: string }) => i.severity === 'serious')).toBe(true);
    const xlsx = await call(t.app, 'GET', '/api/incidents/export.xlsx?status=open', { cookie: linhe });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
  });

  it('follow-up moves open → following; the county closes; closed refuses more (409)', async () => {
    const id = (await report(p.manager, { ...base, occurredAt: hoursAgo(1) })).json().id;
    const up = await call(t.app, 'POST', `/api/incidents/${id}/updates`, {
      cookie: p.manager,
      body: { text: '已带幼儿到医院复查，无骨折' },
    });
    expect(up.statusCode).toBe(200);
    expect(up.json().status).toBe('following');
    const county = await call(t.app, 'POST', `/api/incidents/${id}/updates`, {
      cookie: linhe,
      body: { text: '已电话核实，要求完善床边护栏' },
    });
    expect(county.json().updates).toHaveLength(2);
    expect(
      (await call(t.app, 'POST', `/api/incidents/${id}/close`, { cookie: p.manager, body: { summary: 'x' } }))
        .statusCode,
    ).toBe(403);
    expect(
      (await call(t.app, 'POST', `/api/incidents/${id}/close`, { cookie: wuyuan, body: { summary: 'x' } }))
        .statusCode,
    ).toBe(404);
    const blank = await call(t.app, 'POST', `/api/incidents/${id}/close`, {
      cookie: linhe,
      body: { summary: '  ' },
    });
    expect(blank.statusCode).toBe(400);
    const before = await auditCount(t.ctx);
    const closed = await call(t.app, 'POST', `/api/incidents/${id}/close`, {
      cookie: linhe,
      body: { summary: '机构已整改，护栏加高，结案' },
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', closeSummary: '机构已整改，护栏加高，结案' });
    expect(await auditCount(t.ctx)).toBe(before + 1);
    const again = await call(t.app, 'POST', `/api/incidents/${id}/updates`, {
      cookie: p.manager,
      body: { text: '再补充' },
    });
    expect(again.statusCode).toBe(409);
    expect(
      (await call(t.app, 'POST', `/api/incidents/${id}/close`, { cookie: linhe, body: { summary: 'y' } }))
        .statusCode,
    ).toBe(409);
  });
});

describe('emergency plans and drills', () => {
  it('the provider records plans and drills; regulators in scope read; the county sees overdue drills', async () => {
    const plan = await call(t.app, 'POST', `/api/providers/${p.providerId}/emergency-plans`, {
      cookie: p.manager,
      body: { kind: 'fire', title: '消防安全应急预案（2026 版）', effectiveOn: '2026-01-01' },
    });
    expect(plan.statusCode).toBe(201);
    // Not another provider's.
    const foreign = await call(t.app, 'POST', `/api/providers/${other.providerId}/emergency-plans`, {
      cookie: p.manager,
      body: { kind: 'fire', title: 'x', effectiveOn: '2026-01-01' },
    });
    expect(foreign.statusCode).toBe(403);
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const drill = await call(t.app, 'POST', `/api/providers/${p.providerId}/drills`, {
      cookie: p.manager,
      body: { planKind: 'fire', heldOn: today, participants: 25, notes: '全员疏散用时 2 分 10 秒' },
    });
    expect(drill.statusCode).toBe(201);
    const future = await call(t.app, 'POST', `/api/providers/${p.providerId}/drills`, {
      cookie: p.manager,
      body: { planKind: 'fire', heldOn: '2999-01-01', participants: 25 },
    });
    expect(future.statusCode).toBe(400);
    const badFile = await call(t.app, 'POST', `/api/providers/${p.providerId}/drills`, {
      cookie: p.manager,
      body: { planKind: 'fire', heldOn: today, participants: 25, photoFileIds: [999999] },
    });
    expect(badFile.statusCode).toBe(400);
    expect(
      (await call(t.app, 'GET', `/api/providers/${p.providerId}/drills`, { cookie: linhe })).json().items,
    ).toHaveLength(1);
    expect(
      (await call(t.app, 'GET', `/api/providers/${p.providerId}/emergency-plans`, { cookie: wuyuan }))
        .statusCode,
    ).toBe(404);
    const all = (
      await call(t.app, 'GET', '/api/emergency-preparedness?pageSize=100', { cookie: linhe })
    ).json();
    const row = (id: number) => all.items.find((i: { providerId: number }) => i.providerId === id);
    expect(row(p.providerId)).toMatchObject({ plans: 1, lastDrillOn: today, drillOverdue: false });
    expect(row(other.providerId)).toMatchObject({ lastDrillOn: null, drillOverdue: true });
    const overdue = (
      await call(t.app, 'GET', '/api/emergency-preparedness?overdue=1&pageSize=100', { cookie: linhe })
    ).json();
    expect(overdue.items.map((i: { providerId: number }) => i.providerId)).not.toContain(p.providerId);
    expect((await call(t.app, 'GET', '/api/emergency-preparedness', { cookie: wuyuan })).json().total).toBe(
      0,
    );
    void wsamr;
  });
});
