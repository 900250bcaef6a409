/** What the console needs of the jc module: the printed minutes, task titles, and the office's appointments. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, buildTestApp, call, type TestApp, userSession } from '../../test/helpers';

let t: TestApp;
let office: string;
let hrss: string;
let edu: string;

beforeAll(async () => {
  t = await buildTestApp();
  office = (await userSession(t, { role: 'jc_office', divisionCode: '150800', unit: 'health' })).cookie;
  hrss = (await userSession(t, { role: 'department_officer', divisionCode: '150800', unit: 'hrss' })).cookie;
  edu = (await userSession(t, { role: 'department_officer', divisionCode: '150800', unit: 'edu' })).cookie;
});
afterAll(() => t.close());

async function heldMeeting(date: string) {
  const m = await call(t.app, 'POST', '/api/jc/meetings', {
    cookie: office,
    body: { kind: 'plenary', title: '全体会议', date, unitCodes: ['hrss', 'finance'] },
  });
  expect(m.statusCode, m.body).toBe(201);
  const id = m.json().id as number;
  const r = await call(t.app, 'POST', `/api/jc/meetings/${id}/minutes`, {
    cookie: office,
    body: {
      summary: '会议研究了普惠托育有关事项。',
      matters: [
        {
          title: '落实托育从业人员培训补贴',
          detail: '市人社局牵头。',
          tasks: [
            {
              leadUnit: 'hrss',
              coUnits: ['finance'],
              dueOn: `${date.slice(0, 4)}-06-30`,
              output: '实施方案',
            },
            {
              title: '拨付培训补贴资金',
              leadUnit: 'finance',
              dueOn: `${date.slice(0, 4)}-09-30`,
              output: '拨付文件',
            },
          ],
        },
      ],
    },
  });
  expect(r.statusCode, r.body).toBe(201);
  return { id, created: r.json() as { minutesNo: string; taskIds: number[] } };
}

describe('tasks from minutes take a title', () => {
  it('a task without its own title takes its matter’s; one with a title keeps it', async () => {
    const { created } = await heldMeeting('2029-03-01');
    const [first, second] = created.taskIds;
    const a = (await call(t.app, 'GET', `/api/jc/tasks/${first}`, { cookie: office })).json();
    const b = (await call(t.app, 'GET', `/api/jc/tasks/${second}`, { cookie: office })).json();
    expect(a).toMatchObject({ title: '落实托育从业人员培训补贴', matterTitle: '落实托育从业人员培训补贴' });
    expect(b).toMatchObject({ title: '拨付培训补贴资金', matterTitle: '落实托育从业人员培训补贴' });
  });
});

describe('GET /api/jc/meetings/:id/minutes', () => {
  it('gives the printed minutes with each matter’s tasks to the office and invited units; 404 otherwise', async () => {
    const { id, created } = await heldMeeting('2030-04-01');
    const res = await call(t.app, 'GET', `/api/jc/meetings/${id}/minutes`, { cookie: hrss });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      meetingId: id,
      minutesNo: created.minutesNo,
      summary: '会议研究了普惠托育有关事项。',
      reportToCityGovernment: false,
      matters: [
        {
          title: '落实托育从业人员培训补贴',
          tasks: [
            { leadUnit: 'hrss', coUnits: ['finance'], output: '实施方案' },
            { leadUnit: 'finance', coUnits: [], title: '拨付培训补贴资金' },
          ],
        },
      ],
    });
    expect((await call(t.app, 'GET', `/api/jc/meetings/${id}/minutes`, { cookie: edu })).statusCode).toBe(
      404,
    );
    const planned = await call(t.app, 'POST', '/api/jc/meetings', {
      cookie: office,
      body: { kind: 'liaison', title: '联络员会议', date: '2030-05-01', unitCodes: ['hrss'] },
    });
    const none = await call(t.app, 'GET', `/api/jc/meetings/${planned.json().id}/minutes`, {
      cookie: office,
    });
    expect(none.statusCode).toBe(404);
  });
});

describe('POST /api/jc/members (the office appoints)', () => {
  it('appoints the convener, closes the previous term, masks the mobile, audits; units may not', async () => {
    const body = {
      unitCode: 'health',
      position: 'convener',
      name: '王副市长',
      title: '市人民政府副市长',
      mobile: '13904781234',
      fromOn: '2026-01-01',
    };
    expect((await call(t.app, 'POST', '/api/jc/members', { cookie: hrss, body })).statusCode).toBe(403);
    const before = await auditCount(t.ctx);
    const first = await call(t.app, 'POST', '/api/jc/members', { cookie: office, body });
    expect(first.statusCode, first.body).toBe(201);
    expect(await auditCount(t.ctx)).toBe(before + 1);
    const second = await call(t.app, 'POST', '/api/jc/members', {
      cookie: office,
      body: { ...body, name: '李副市长', mobile: undefined, fromOn: '2026-07-01' },
    });
    expect(second.statusCode, second.body).toBe(201);
    const now = (await call(t.app, 'GET', '/api/jc/members', { cookie: office })).json();
    expect(now.items.filter((m: { position: string }) => m.position === 'convener')).toMatchObject([
      { name: '李副市长', toOn: null, mobile: null },
    ]);
    const all = (await call(t.app, 'GET', '/api/jc/members?history=true', { cookie: office })).json();
    const old = all.items.find((m: { name: string }) => m.name === '王副市长');
    expect(old).toMatchObject({ toOn: '2026-06-30', mobile: '139****1234' });
    expect(JSON.stringify(all)).not.toContain('13904781234');
  });

  it('an unknown unit or a bad mobile is 400 at its path', async () => {
    const res = await call(t.app, 'POST', '/api/jc/members', {
      cookie: office,
      body: {
        unitCode: 'nosuch',
        position: 'member',
        name: '张三',
        title: '副局长',
        mobile: '123',
        fromOn: '2026-01-01',
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['unitCode', 'mobile']);
  });
});

describe('agenda decisions', () => {
  it('the office accepts a unit’s item once (409 after), audited; a unit may not; another meeting’s item is 404', async () => {
    const m = await call(t.app, 'POST', '/api/jc/meetings', {
      cookie: office,
      body: { kind: 'thematic', title: '专题会议', date: '2031-03-01', unitCodes: ['hrss'] },
    });
    const id = m.json().id as number;
    const item = await call(t.app, 'POST', `/api/jc/meetings/${id}/agenda`, {
      cookie: hrss,
      body: { title: '培训补贴议题' },
    });
    const path = `/api/jc/meetings/${id}/agenda/${item.json().id}/decision`;
    expect((await call(t.app, 'POST', path, { cookie: hrss, body: { approve: true } })).statusCode).toBe(403);
    const before = await auditCount(t.ctx);
    const ok = await call(t.app, 'POST', path, { cookie: office, body: { approve: true } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(await auditCount(t.ctx)).toBe(before + 1);
    expect((await call(t.app, 'POST', path, { cookie: office, body: { approve: false } })).statusCode).toBe(
      409,
    );
    const got = (await call(t.app, 'GET', `/api/jc/meetings/${id}`, { cookie: hrss })).json();
    expect(got.agenda).toMatchObject([{ title: '培训补贴议题', status: 'accepted' }]);
    const other = `/api/jc/meetings/${id + 1000}/agenda/${item.json().id}/decision`;
    expect((await call(t.app, 'POST', other, { cookie: office, body: { approve: true } })).statusCode).toBe(
      404,
    );
  });
});

describe('meetings and members as Excel', () => {
  it('exports the year’s meetings the caller sees and the roster with masked mobiles', async () => {
    await call(t.app, 'POST', '/api/jc/meetings', {
      cookie: office,
      body: { kind: 'liaison', title: '联络员会议（导出）', date: '2032-02-01', unitCodes: ['finance'] },
    });
    const { readWorkbook, cellText } = await import('../../platform/excel');
    const cell = async (path: string, cookie: string, row: number, col: number) => {
      const res = await call(t.app, 'GET', path, { cookie });
      expect(res.statusCode, res.body).toBe(200);
      const ws = (await readWorkbook(res.rawPayload)).worksheets[0];
      return cellText(ws?.getRow(row).getCell(col).value ?? null);
    };
    expect(await cell('/api/jc/meetings/export.xlsx?year=2032', office, 2, 2)).toBe('联络员会议（导出）');
    expect(await cell('/api/jc/meetings/export.xlsx?year=2032', office, 2, 3)).toBe('联络员会议');
    // hrss is not invited: its sheet has no row.
    expect(await cell('/api/jc/meetings/export.xlsx?year=2032', hrss, 2, 2)).toBe('');
    const res = await call(t.app, 'GET', '/api/jc/members/export.xlsx?history=true', { cookie: office });
    expect(res.statusCode).toBe(200);
    const ws = (await readWorkbook(res.rawPayload)).worksheets[0];
    const text = JSON.stringify(ws?.getSheetValues());
    expect(text).toContain('139****1234');
    expect(text).not.toContain('13904781234');
  });
});
