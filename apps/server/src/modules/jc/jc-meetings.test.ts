import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, buildTestApp, call, type TestApp, userSession } from '../../test/helpers';

let t: TestApp;
let office: string;
let hrss: string;
let edu: string;
let convener: string;

beforeAll(async () => {
  t = await buildTestApp();
  office = (await userSession(t, { role: 'jc_office', divisionCode: '150800', unit: 'health' })).cookie;
  hrss = (await userSession(t, { role: 'department_officer', divisionCode: '150800', unit: 'hrss' })).cookie;
  edu = (await userSession(t, { role: 'department_officer', divisionCode: '150800', unit: 'edu' })).cookie;
  convener = (await userSession(t, { role: 'jc_convener', divisionCode: '150800', unit: 'health' })).cookie;
});
afterAll(() => t.close());

async function newMeeting(o: Record<string, unknown> = {}) {
  const res = await call(t.app, 'POST', '/api/jc/meetings', {
    cookie: office,
    body: {
      kind: 'plenary',
      title: '2026年第一次全体会议',
      date: '2026-03-10',
      unitCodes: ['hrss', 'finance'],
      ...o,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as number;
}

const minutes = (id: number, body: Record<string, unknown> = {}) =>
  call(t.app, 'POST', `/api/jc/meetings/${id}/minutes`, {
    cookie: office,
    body: {
      summary: '会议研究了普惠托育服务发展有关事项。',
      matters: [
        {
          title: '落实托育从业人员职业技能培训补贴',
          detail: '市人社局牵头，市财政局配合。',
          tasks: [
            { leadUnit: 'hrss', coUnits: ['finance'], dueOn: '2026-06-30', output: '培训补贴实施方案' },
          ],
        },
      ],
      ...body,
    },
  });

describe('meetings (issue 12)', () => {
  it('the office calls a meeting for invited units; an unknown unit is 400 at its path; a unit may not call one', async () => {
    const before = await auditCount(t.ctx);
    const id = await newMeeting({ place: '市政府第三会议室', chair: '王副市长' });
    expect(await auditCount(t.ctx)).toBe(before + 1);
    const bad = await call(t.app, 'POST', '/api/jc/meetings', {
      cookie: office,
      body: { kind: 'thematic', title: '专题会', date: '2026-04-01', unitCodes: ['hrss', 'nosuch'] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('unitCodes.1');
    const unit = await call(t.app, 'POST', '/api/jc/meetings', {
      cookie: hrss,
      body: { kind: 'liaison', title: '联络员会议', date: '2026-04-01', unitCodes: ['hrss'] },
    });
    expect(unit.statusCode).toBe(403);
    const got = await call(t.app, 'GET', `/api/jc/meetings/${id}`, { cookie: hrss });
    expect(got.statusCode).toBe(200);
    expect(got.json()).toMatchObject({ kind: 'plenary', status: 'planned', minutes: null });
    expect(got.json().units.map((u: { unitCode: string }) => u.unitCode)).toEqual(['finance', 'hrss']);
    // A unit not invited neither lists nor opens it; the convener sees all.
    expect((await call(t.app, 'GET', `/api/jc/meetings/${id}`, { cookie: edu })).statusCode).toBe(404);
    const listed = (await call(t.app, 'GET', '/api/jc/meetings', { cookie: edu })).json().items;
    expect(listed.some((m: { id: number }) => m.id === id)).toBe(false);
    const all = (await call(t.app, 'GET', '/api/jc/meetings?year=2026', { cookie: convener })).json().items;
    expect(all.some((m: { id: number }) => m.id === id)).toBe(true);
  });

  it('an invited unit proposes an agenda item; the office records attendance with reasons', async () => {
    const id = await newMeeting();
    const item = await call(t.app, 'POST', `/api/jc/meetings/${id}/agenda`, {
      cookie: hrss,
      body: { title: '关于托育从业人员培训补贴的议题' },
    });
    expect(item.statusCode, item.body).toBe(201);
    expect(
      (await call(t.app, 'POST', `/api/jc/meetings/${id}/agenda`, { cookie: edu, body: { title: 'x 议题' } }))
        .statusCode,
    ).toBe(404);
    const missing = await call(t.app, 'PUT', `/api/jc/meetings/${id}/attendance`, {
      cookie: office,
      body: { items: [{ unitCode: 'finance', status: 'absent' }] },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].path).toBe('items.0.reason');
    const ok = await call(t.app, 'PUT', `/api/jc/meetings/${id}/attendance`, {
      cookie: office,
      body: {
        items: [
          { unitCode: 'hrss', status: 'attended' },
          { unitCode: 'finance', status: 'substitute', substitute: '李科长' },
        ],
      },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const got = (await call(t.app, 'GET', `/api/jc/meetings/${id}`, { cookie: office })).json();
    expect(got.agenda).toMatchObject([{ unitCode: 'hrss', status: 'proposed' }]);
    expect(got.units).toMatchObject([
      { unitCode: 'finance', attendance: 'substitute', substitute: '李科长' },
      { unitCode: 'hrss', attendance: 'attended' },
    ]);
  });
});

describe('minutes (issue 12)', () => {
  it('numbers the minutes per year, refuses a second for the same meeting (409) and names a bad unit’s path', async () => {
    const first = await newMeeting({ date: '2027-02-01' });
    const second = await newMeeting({ date: '2027-05-01' });
    const bad = await minutes(first, {
      matters: [
        {
          title: '事项',
          detail: '说明',
          tasks: [
            { leadUnit: 'hrss', coUnits: [], dueOn: '2027-06-30', output: '方案' },
            { leadUnit: 'nosuch', coUnits: ['finance', 'zzz'], dueOn: '2027-06-30', output: '方案' },
          ],
        },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'matters.0.tasks.1.leadUnit',
      'matters.0.tasks.1.coUnits.1',
    ]);
    const a = await minutes(first, { reportToCityGovernment: true });
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json().minutesNo).toBe('巴托育联纪〔2027〕1号');
    expect(a.json().taskIds).toHaveLength(1);
    const b = await minutes(second);
    expect(b.json().minutesNo).toBe('巴托育联纪〔2027〕2号');
    expect((await minutes(first)).statusCode).toBe(409);
    const got = (await call(t.app, 'GET', `/api/jc/meetings/${first}`, { cookie: office })).json();
    expect(got).toMatchObject({ status: 'held', minutesNo: '巴托育联纪〔2027〕1号' });
    expect(got.minutes.matters[0]).toMatchObject({
      cityGovernmentApproval: 'pending',
      taskIds: a.json().taskIds,
    });
    expect((await minutes(second, {})).statusCode).toBe(409);
    expect(
      (
        await call(t.app, 'POST', '/api/jc/meetings/999999/minutes', {
          cookie: office,
          body: {
            summary: 's',
            matters: [{ title: 't', detail: 'd', tasks: [] }],
          },
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('minutes at the same moment', () => {
  it('two minutes for one meeting at once: one is recorded, the other is 409', async () => {
    const x = await newMeeting({ date: '2028-03-01' });
    const both = await Promise.all([minutes(x), minutes(x)]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
  });
});

describe('members (annex 四)', () => {
  it('a unit proposes its liaison, the office confirms it; the old one ends the day before; audited', async () => {
    const p = await call(t.app, 'POST', '/api/jc/members/proposals', {
      cookie: hrss,
      body: {
        position: 'liaison',
        name: '赵联络',
        title: '市人社局职业能力建设科科长',
        fromOn: '2026-01-01',
      },
    });
    expect(p.statusCode, p.body).toBe(201);
    expect(
      (
        await call(t.app, 'POST', `/api/jc/members/proposals/${p.json().id}/decision`, {
          cookie: hrss,
          body: { approve: true },
        })
      ).statusCode,
    ).toBe(403);
    const before = await auditCount(t.ctx);
    const d = await call(t.app, 'POST', `/api/jc/members/proposals/${p.json().id}/decision`, {
      cookie: office,
      body: { approve: true },
    });
    expect(d.statusCode, d.body).toBe(200);
    expect(await auditCount(t.ctx)).toBe(before + 1);
    expect(
      (
        await call(t.app, 'POST', `/api/jc/members/proposals/${p.json().id}/decision`, {
          cookie: office,
          body: { approve: false },
        })
      ).statusCode,
    ).toBe(409);
    const q = await call(t.app, 'POST', '/api/jc/members/proposals', {
      cookie: hrss,
      body: {
        position: 'liaison',
        name: '钱联络',
        title: '科员',
        fromOn: '2026-09-01',
        mobile: '13804781111',
      },
    });
    await call(t.app, 'POST', `/api/jc/members/proposals/${q.json().id}/decision`, {
      cookie: office,
      body: { approve: true },
    });
    const now = (await call(t.app, 'GET', '/api/jc/members', { cookie: convener })).json();
    expect(now.items.filter((m: { unitCode: string }) => m.unitCode === 'hrss')).toMatchObject([
      { position: 'liaison', name: '钱联络', toOn: null },
    ]);
    const history = (await call(t.app, 'GET', '/api/jc/members?history=true', { cookie: office })).json();
    expect(history.items.find((m: { name: string }) => m.name === '赵联络')).toMatchObject({
      toOn: '2026-08-31',
    });
    expect(JSON.stringify(now)).not.toContain('13804781111');
  });
});
