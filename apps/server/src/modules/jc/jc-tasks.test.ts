import { addWorkingDays, isWorkingDay } from '@tuoyu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInBeijing } from '../../platform/time';
import { auditCount, buildTestApp, call, type TestApp, userSession } from '../../test/helpers';
import { currentCalendar } from '../calendar/service';

let t: TestApp;
let office: string;
let hrss: string;
let finance: string;
let edu: string;
let convener: string;
let countyHrss: string;
let serial = 0;

beforeAll(async () => {
  t = await buildTestApp();
  const unit = async (u: string, divisionCode = '150800') =>
    (await userSession(t, { role: 'department_officer', divisionCode, unit: u })).cookie;
  office = (await userSession(t, { role: 'jc_office', divisionCode: '150800', unit: 'health' })).cookie;
  convener = (await userSession(t, { role: 'jc_convener', divisionCode: '150800', unit: 'health' })).cookie;
  hrss = await unit('hrss');
  finance = await unit('finance');
  edu = await unit('edu');
  countyHrss = await unit('hrss', '150802');
});
afterAll(() => t.close());

interface TaskIn {
  leadUnit: string;
  coUnits?: string[];
  dueOn: string;
}

/** A meeting with minutes whose one matter has these tasks; their ids. */
async function tasksOf(...tasks: TaskIn[]) {
  const m = await call(t.app, 'POST', '/api/jc/meetings', {
    cookie: office,
    body: {
      kind: 'thematic',
      title: `专题会议 ${++serial}`,
      date: '2026-11-20',
      unitCodes: ['hrss', 'finance'],
    },
  });
  expect(m.statusCode, m.body).toBe(201);
  const res = await call(t.app, 'POST', `/api/jc/meetings/${m.json().id}/minutes`, {
    cookie: office,
    body: {
      summary: '会议纪要',
      matters: [
        {
          title: `议定事项 ${serial}`,
          detail: '说明',
          tasks: tasks.map((x) => ({ coUnits: [], output: '工作方案', ...x })),
        },
      ],
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().taskIds as number[];
}

const post = (cookie: string, id: number, step: string, body: unknown) =>
  call(t.app, 'POST', `/api/jc/tasks/${id}/${step}`, { cookie, body });
const get = (cookie: string, id: number) => call(t.app, 'GET', `/api/jc/tasks/${id}`, { cookie });
const list = async (cookie: string, query = '') =>
  (await call(t.app, 'GET', `/api/jc/tasks?pageSize=100${query}`, { cookie })).json();
const later = (days: number) => addWorkingDays(todayInBeijing(), days);

describe('tasks tracked to the end (issue 12)', () => {
  it('the office records a matter for hrss; hrss reports progress and asks to complete; the office approves → done', async () => {
    const [id] = (await tasksOf({ leadUnit: 'hrss', coUnits: ['finance'], dueOn: later(20) })) as [number];
    const first = (await get(hrss, id)).json();
    expect(first).toMatchObject({ status: 'open', leadUnit: 'hrss', coUnits: ['finance'], light: 'green' });
    expect(first.actions).toEqual(['progress', 'extension', 'completion']);
    const before = await auditCount(t.ctx);
    expect((await post(hrss, id, 'progress', { text: '已起草培训补贴方案', percent: 40 })).statusCode).toBe(
      200,
    );
    expect((await post(hrss, id, 'completion', { text: '方案已印发' })).statusCode).toBe(200);
    expect((await get(office, id)).json()).toMatchObject({
      status: 'completion_requested',
      actions: ['decision'],
    });
    expect((await post(hrss, id, 'completion', { text: '再次' })).statusCode).toBe(409);
    expect((await post(office, id, 'decision', { approve: true })).statusCode).toBe(200);
    expect(await auditCount(t.ctx)).toBe(before + 3);
    const done = (await get(hrss, id)).json();
    expect(done).toMatchObject({ status: 'done', light: null, doneOn: todayInBeijing(), actions: [] });
    expect(done.lastProgressAt).not.toBeNull();
    expect(done.events.map((e: { kind: string }) => e.kind)).toEqual(['progress', 'completion', 'decision']);
    expect(done.events[0]).toMatchObject({ unitCode: 'hrss', percent: 40 });
    expect((await post(office, id, 'decision', { approve: true })).statusCode).toBe(409);
  });

  it('an extension approved moves the due date; a rejected completion reopens; wrong states are 409', async () => {
    const [id] = (await tasksOf({ leadUnit: 'hrss', dueOn: later(2) })) as [number];
    expect((await post(office, id, 'decision', { approve: true })).statusCode).toBe(409);
    const past = await post(hrss, id, 'extension', { dueOn: todayInBeijing(), reason: '需要协调' });
    expect(past.statusCode).toBe(400);
    expect((await post(hrss, id, 'extension', { dueOn: later(30), reason: '需要财政配合' })).statusCode).toBe(
      200,
    );
    expect((await post(hrss, id, 'completion', { text: '完成' })).statusCode).toBe(409);
    expect((await post(hrss, id, 'progress', { text: '等待批复' })).statusCode).toBe(200);
    expect((await post(office, id, 'decision', { approve: true })).statusCode).toBe(200);
    expect((await get(hrss, id)).json()).toMatchObject({ status: 'open', dueOn: later(30), light: 'green' });
    expect((await post(hrss, id, 'completion', { text: '完成' })).statusCode).toBe(200);
    expect((await post(convener, id, 'decision', { approve: false, reason: '材料不全' })).statusCode).toBe(
      200,
    );
    expect((await get(hrss, id)).json().status).toBe('open');
  });

  it('scope: another unit 404; a co-unit reports progress but may not ask completion (403); the office sees all', async () => {
    const [id] = (await tasksOf({ leadUnit: 'hrss', coUnits: ['finance'], dueOn: later(10) })) as [number];
    expect((await get(edu, id)).statusCode).toBe(404);
    expect((await post(edu, id, 'progress', { text: 'x' })).statusCode).toBe(404);
    expect((await get(countyHrss, id)).statusCode).toBe(404);
    expect((await get(finance, id)).json().actions).toEqual(['progress']);
    expect((await post(finance, id, 'progress', { text: '资金已纳入预算' })).statusCode).toBe(200);
    expect((await post(finance, id, 'completion', { text: 'x' })).statusCode).toBe(403);
    expect((await post(finance, id, 'extension', { dueOn: later(40), reason: 'x' })).statusCode).toBe(403);
    expect((await post(hrss, id, 'decision', { approve: true })).statusCode).toBe(403);
    expect((await list(edu)).items.some((x: { id: number }) => x.id === id)).toBe(false);
    expect((await list(finance)).items.some((x: { id: number }) => x.id === id)).toBe(true);
    expect((await list(countyHrss)).total).toBe(0);
    const all = await list(convener, '&unit=finance');
    expect(all.items.some((x: { id: number }) => x.id === id)).toBe(true);
    expect(
      all.items.every(
        (x: { leadUnit: string; coUnits: string[] }) =>
          x.leadUnit === 'finance' || x.coUnits.includes('finance'),
      ),
    ).toBe(true);
  });
});

describe('the task ledger in Excel', () => {
  it('exports the caller’s tasks with units by name', async () => {
    await tasksOf({ leadUnit: 'women', coUnits: ['union'], dueOn: later(15) });
    const res = await call(t.app, 'GET', '/api/jc/tasks/export.xlsx?unit=women', { cookie: convener });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('.xlsx');
    const { readWorkbook, cellText } = await import('../../platform/excel');
    const ws = (await readWorkbook(res.rawPayload)).worksheets[0];
    expect(cellText(ws?.getRow(2).getCell(2).value ?? null)).toBe('市妇联');
    expect(cellText(ws?.getRow(2).getCell(3).value ?? null)).toBe('市总工会');
  });
});

describe('lights by the platform calendar', () => {
  it('red overdue, yellow within 3 working days (over the weekend), green beyond; the filter agrees', async () => {
    const today = todayInBeijing();
    const cal = await currentCalendar(t.ctx.db);
    const until = addWorkingDays(today, 3, cal);
    const after = addWorkingDays(until, 1, cal);
    // The line is the 3rd working day by the platform calendar (weekends and holidays skipped; the
    // domain tests pin the dates), and the SQL filter must draw it where the lights do.
    const ids = await tasksOf(
      { leadUnit: 'fgw', dueOn: prev(today) },
      { leadUnit: 'fgw', dueOn: today },
      { leadUnit: 'fgw', dueOn: until },
      { leadUnit: 'fgw', dueOn: after },
    );
    const mine = (await list(office, '&unit=fgw')).items as { id: number; light: string }[];
    expect(ids.map((id) => mine.find((x) => x.id === id)?.light)).toEqual([
      'red',
      'yellow',
      'yellow',
      'green',
    ]);
    for (const light of ['red', 'yellow', 'green']) {
      const got = (await list(office, `&unit=fgw&light=${light}`)).items as { id: number; light: string }[];
      expect(got.every((x) => x.light === light)).toBe(true);
      expect(got.map((x) => x.id).sort()).toEqual(
        ids.filter((id) => mine.find((x) => x.id === id)?.light === light).sort(),
      );
    }
  });

  it('a holiday the city enters pushes the yellow line out by a working day', async () => {
    const today = todayInBeijing();
    const cal = await currentCalendar(t.ctx.db);
    const until = addWorkingDays(today, 3, cal);
    const after = addWorkingDays(until, 1, cal);
    const [id] = (await tasksOf({ leadUnit: 'nr', dueOn: after })) as [number];
    expect((await get(office, id)).json().light).toBe('green');
    const holiday = addWorkingDays(today, 1, cal);
    expect(isWorkingDay(holiday, cal)).toBe(true);
    const year = Number(holiday.slice(0, 4));
    const city = (await userSession(t, { role: 'city_regulator', divisionCode: '150800' })).cookie;
    const put = await call(t.app, 'PUT', `/api/calendar/${year}`, {
      cookie: city,
      body: { days: [{ date: holiday, kind: 'holiday', name: '测试假日' }] },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect((await get(office, id)).json().light).toBe('yellow');
    const yellow = (await list(office, '&unit=nr&light=yellow')).items.map((x: { id: number }) => x.id);
    expect(yellow).toContain(id);
  });
});

function prev(date: string) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
