import { addWorkingDays } from '@tuoyu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInBeijing } from '../../platform/time';
import { auditCount, buildTestApp, call, type TestApp, userSession } from '../../test/helpers';

let t: TestApp;
let office: string;
let convener: string;
let hrss: string;
let finance: string;
let countyHrss: string;
const year = Number(todayInBeijing().slice(0, 4));

beforeAll(async () => {
  t = await buildTestApp();
  const unit = async (u: string, divisionCode = '150800') =>
    (await userSession(t, { role: 'department_officer', divisionCode, unit: u })).cookie;
  office = (await userSession(t, { role: 'jc_office', divisionCode: '150800', unit: 'health' })).cookie;
  convener = (await userSession(t, { role: 'jc_convener', divisionCode: '150800', unit: 'health' })).cookie;
  hrss = await unit('hrss');
  finance = await unit('finance');
  countyHrss = await unit('hrss', '150802');
  await agreedTasks();
});
afterAll(() => t.close());

/** Three tasks agreed at a meeting this year: hrss done on time, hrss overdue, finance open. */
async function agreedTasks() {
  const m = await call(t.app, 'POST', '/api/jc/meetings', {
    cookie: office,
    body: { kind: 'thematic', title: '专题会议', date: `${year}-01-20`, unitCodes: ['hrss', 'finance'] },
  });
  const later = addWorkingDays(todayInBeijing(), 20);
  const res = await call(t.app, 'POST', `/api/jc/meetings/${m.json().id}/minutes`, {
    cookie: office,
    body: {
      summary: '会议纪要',
      matters: [
        {
          title: '议定事项',
          detail: '说明',
          tasks: [
            { leadUnit: 'hrss', coUnits: ['finance'], dueOn: later, output: '补贴方案' },
            { leadUnit: 'hrss', coUnits: [], dueOn: later, output: '培训计划' },
            { leadUnit: 'finance', coUnits: [], dueOn: later, output: '资金安排' },
          ],
        },
      ],
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const [done, overdue] = res.json().taskIds as number[];
  expect(
    (
      await call(t.app, 'POST', `/api/jc/tasks/${done}/completion`, {
        cookie: hrss,
        body: { text: '已完成' },
      })
    ).statusCode,
  ).toBe(200);
  expect(
    (await call(t.app, 'POST', `/api/jc/tasks/${done}/decision`, { cookie: office, body: { approve: true } }))
      .statusCode,
  ).toBe(200);
  await t.ctx.db
    .updateTable('jc_tasks')
    .set({ due_on: `${year}-01-31` })
    .where('id', '=', overdue ?? 0)
    .execute();
}

const create = (cookie: string, body: unknown) => call(t.app, 'POST', '/api/jc/bulletins', { cookie, body });
const get = (cookie: string, id: number) => call(t.app, 'GET', `/api/jc/bulletins/${id}`, { cookie });
const issue = (id: number, body: unknown = {}) =>
  call(t.app, 'POST', `/api/jc/bulletins/${id}/issue`, { cookie: office, body });
const ack = (cookie: string, id: number) =>
  call(t.app, 'POST', `/api/jc/bulletins/${id}/acknowledge`, { cookie });

describe('progress bulletins (issue 12 item 6)', () => {
  it('the office drafts a bulletin for the year; its figures count the tasks per lead unit', async () => {
    const before = await auditCount(t.ctx);
    const res = await create(office, { title: `${year}年工作进展通报`, year, body: '第一段\n\n第二段' });
    expect(res.statusCode, res.body).toBe(201);
    expect(await auditCount(t.ctx)).toBe(before + 1);
    const b = (await get(office, res.json().id)).json();
    expect(b).toMatchObject({ status: 'draft', number: null, periodFrom: `${year}-01-01`, canEdit: true });
    expect(b.figures.rows).toEqual([
      expect.objectContaining({ unitCode: 'finance', assigned: 1, onTime: 0, late: 0, overdue: 0, open: 1 }),
      expect.objectContaining({ unitCode: 'hrss', unitName: '市人社局', assigned: 2, onTime: 1, overdue: 1 }),
    ]);
    expect(b.figures.totals).toEqual({ assigned: 3, onTime: 1, late: 0, overdue: 1, open: 1 });
  });

  it('a period outside the meetings counts nothing; a bad period is 400', async () => {
    const res = await create(office, {
      title: '上年通报',
      from: `${year - 1}-01-01`,
      to: `${year - 1}-12-31`,
    });
    expect((await get(office, res.json().id)).json().figures.totals.assigned).toBe(0);
    expect((await create(office, { title: '无期间' })).statusCode).toBe(400);
    expect(
      (await create(office, { title: '倒置', from: `${year}-05-01`, to: `${year}-01-01` })).statusCode,
    ).toBe(400);
  });

  it('a unit cannot draft, and sees no draft (404); the convener reads drafts', async () => {
    expect((await create(hrss, { title: 'x', year })).statusCode).toBe(403);
    const { id } = (await create(office, { title: '草稿', year })).json();
    expect((await get(hrss, id)).statusCode).toBe(404);
    expect((await get(convener, id)).statusCode).toBe(200);
    const list = (await call(t.app, 'GET', '/api/jc/bulletins?status=draft', { cookie: hrss })).json();
    expect(list.total).toBe(0);
    expect(
      (await call(t.app, 'PATCH', `/api/jc/bulletins/${id}`, { cookie: hrss, body: { title: 'y' } }))
        .statusCode,
    ).toBe(403);
  });

  it('issue numbers per year, freezes the figures and sends to the 18 member units; a second issue is 409', async () => {
    const { id } = (await create(office, { title: '一号通报', year, body: '正文' })).json();
    expect(
      (
        await call(t.app, 'PATCH', `/api/jc/bulletins/${id}`, {
          cookie: office,
          body: { body: '修改后的正文' },
        })
      ).statusCode,
    ).toBe(200);
    const first = await issue(id, { publicSummary: '全市托育工作稳步推进。' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ number: `巴托育联通〔${year}〕1号`, recipients: 18 });
    expect((await issue(id)).statusCode).toBe(409);
    expect(
      (await call(t.app, 'PATCH', `/api/jc/bulletins/${id}`, { cookie: office, body: { title: '改' } }))
        .statusCode,
    ).toBe(409);
    const { id: second } = (await create(office, { title: '二号通报', year })).json();
    expect((await issue(second)).json().number).toBe(`巴托育联通〔${year}〕2号`);
    // Frozen: a task finishing later does not change the issued figures.
    const frozen = (await get(office, id)).json();
    await t.ctx.db
      .updateTable('jc_tasks')
      .set({ lead_unit: 'edu' })
      .where('lead_unit', '=', 'finance')
      .execute();
    expect((await get(office, id)).json().figures).toEqual(frozen.figures);
    await t.ctx.db
      .updateTable('jc_tasks')
      .set({ lead_unit: 'finance' })
      .where('lead_unit', '=', 'edu')
      .execute();
    expect(frozen).toMatchObject({
      status: 'issued',
      body: '修改后的正文',
      public: true,
      recipients: 18,
      acknowledged: 0,
    });
    expect(frozen.receipts).toHaveLength(18);
  });

  it('a date in the future is 400; an earlier date numbers in its own year', async () => {
    const { id } = (await create(office, { title: '未来', year })).json();
    expect((await issue(id, { issuedOn: `${year + 1}-01-05` })).statusCode).toBe(400);
    expect((await issue(id, { issuedOn: `${year - 1}-12-30` })).json().number).toBe(
      `巴托育联通〔${year - 1}〕1号`,
    );
  });

  it('each unit signs once; the office sees who has and who has not', async () => {
    const { id } = (await create(office, { title: '签收通报', year })).json();
    await issue(id);
    const mine = (await get(hrss, id)).json();
    expect(mine).toMatchObject({ canAcknowledge: true, myAcknowledgedAt: null });
    expect(mine.receipts.map((r: { unitCode: string }) => r.unitCode)).toEqual(['hrss']);
    expect((await ack(hrss, id)).statusCode).toBe(200);
    expect((await ack(hrss, id)).statusCode).toBe(409);
    expect((await get(hrss, id)).json()).toMatchObject({
      canAcknowledge: false,
      myAcknowledgedAt: expect.any(String),
    });
    expect((await ack(office, id)).statusCode).toBe(403);
    expect((await ack(countyHrss, id)).statusCode).toBe(404);
    const seen = (await get(office, id)).json();
    expect(seen).toMatchObject({ acknowledged: 1, recipients: 18 });
    const signed = seen.receipts.filter((r: { acknowledgedAt: string | null }) => r.acknowledgedAt);
    expect(signed).toEqual([
      expect.objectContaining({ unitCode: 'hrss', acknowledgedBy: expect.any(String) }),
    ]);
    const list = (await call(t.app, 'GET', '/api/jc/bulletins', { cookie: finance })).json();
    expect(list.items.every((b: { status: string }) => b.status === 'issued')).toBe(true);
    expect(list.items.find((b: { id: number }) => b.id === id)).toMatchObject({ myAcknowledgedAt: null });
    expect((await call(t.app, 'GET', '/api/jc/bulletins', { cookie: countyHrss })).json().total).toBe(0);
    const xlsx = await call(t.app, 'GET', '/api/jc/bulletins/export.xlsx', { cookie: finance });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  it('the public list, without login, shows only issued bulletins with a public summary', async () => {
    const { id } = (await create(office, { title: '不公开', year })).json();
    await issue(id);
    const res = await call(t.app, 'GET', '/api/public/jc/bulletins');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { title: string; summary: string; number: string }[];
    expect(items.map((i) => i.title)).toEqual(['一号通报']);
    expect(items[0]).toMatchObject({ summary: '全市托育工作稳步推进。', number: `巴托育联通〔${year}〕1号` });
    expect(JSON.stringify(res.json())).not.toContain('修改后的正文');
  });
});
