import { addDays, addWorkingDays } from '@tuoyu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInBeijing } from '../../platform/time';
import { buildTestApp, call, type TestApp, userSession } from '../../test/helpers';
import { currentCalendar } from '../calendar/service';

let t: TestApp;
let office: string;
let convener: string;
let hrss: string;
let finance: string;
let countyHrss: string;

beforeAll(async () => {
  t = await buildTestApp();
  const unit = async (u: string, divisionCode = '150800') =>
    (await userSession(t, { role: 'department_officer', divisionCode, unit: u })).cookie;
  office = (await userSession(t, { role: 'jc_office', divisionCode: '150800', unit: 'health' })).cookie;
  convener = (await userSession(t, { role: 'jc_convener', divisionCode: '150800', unit: 'health' })).cookie;
  hrss = await unit('hrss');
  finance = await unit('finance');
  countyHrss = await unit('hrss', '150802');
});
afterAll(() => t.close());

const todoOf = async (cookie: string) => {
  const res = await call(t.app, 'GET', '/api/todo', { cookie });
  expect(res.statusCode).toBe(200);
  return new Map((res.json().items as { key: string; count: number }[]).map((i) => [i.key, i.count]));
};
const total = async (cookie: string, query: string) =>
  (await call(t.app, 'GET', `/api/jc/tasks?${query}`, { cookie })).json().total as number;

describe('待办 of the joint conference: each count is the list its card opens', () => {
  it('units see their red, yellow and open tasks and plan reports due; the office and convener the decisions', async () => {
    const calendar = await currentCalendar(t.ctx.db);
    const today = todayInBeijing();
    const m = await call(t.app, 'POST', '/api/jc/meetings', {
      cookie: office,
      body: { kind: 'plenary', title: '全体会议', date: today, unitCodes: ['hrss', 'finance'] },
    });
    const task = (leadUnit: string, dueOn: string, coUnits: string[] = []) => ({
      leadUnit,
      coUnits,
      dueOn,
      output: '方案',
    });
    const minutes = await call(t.app, 'POST', `/api/jc/meetings/${m.json().id}/minutes`, {
      cookie: office,
      body: {
        summary: '纪要',
        matters: [
          {
            title: '事项',
            detail: '说明',
            tasks: [
              task('hrss', addDays(today, -3)),
              task('finance', addDays(today, -1), ['hrss']),
              task('hrss', addWorkingDays(today, 1, calendar)),
              task('hrss', addWorkingDays(today, 20, calendar)),
              task('hrss', addWorkingDays(today, 30, calendar)),
            ],
          },
        ],
      },
    });
    expect(minutes.statusCode, minutes.body).toBe(201);
    const ids = minutes.json().taskIds as number[];
    // hrss asks to extend one and to complete another: they wait for the office (and the convener).
    const step = (id: number | undefined, kind: string, body: unknown) =>
      call(t.app, 'POST', `/api/jc/tasks/${id}/${kind}`, { cookie: hrss, body });
    expect(
      (await step(ids[3], 'extension', { dueOn: addDays(today, 60), reason: '需协调' })).statusCode,
    ).toBe(200);
    expect((await step(ids[4], 'completion', { text: '已完成' })).statusCode).toBe(200);
    // finance proposes a new liaison: the office confirms it.
    const p = await call(t.app, 'POST', '/api/jc/members/proposals', {
      cookie: finance,
      body: { position: 'liaison', name: '钱联络', title: '市财政局社保科科长', fromOn: today },
    });
    expect(p.statusCode, p.body).toBe(201);
    // hrss reports one of its plan tasks of this year.
    const year = Number(today.slice(0, 4));
    expect(
      (
        await call(t.app, 'PUT', '/api/jc/plan-tasks/1-1/progress', {
          cookie: hrss,
          body: { year, status: 'in_progress', text: '推进中' },
        })
      ).statusCode,
    ).toBe(200);

    const unit = await todoOf(hrss);
    expect(unit.get('jc_tasks_red')).toBe(await total(hrss, 'light=red'));
    expect(unit.get('jc_tasks_red')).toBe(2);
    expect(unit.get('jc_tasks_yellow')).toBe(await total(hrss, 'light=yellow'));
    expect(unit.get('jc_tasks_yellow')).toBe(1);
    expect(unit.get('jc_tasks_open')).toBe(await total(hrss, 'status=open'));
    const plan = (await call(t.app, 'GET', `/api/jc/plan-tasks?year=${year}`, { cookie: hrss })).json();
    const unreported = plan.filter(
      (x: { mine: boolean; progress: { unit: string }[] }) =>
        x.mine && !x.progress.some((p) => p.unit === 'hrss'),
    );
    expect(unit.get('jc_plan_unreported')).toBe(unreported.length);
    expect(plan.filter((x: { mine: boolean }) => x.mine).length - 1).toBe(unreported.length);
    expect(unit.has('jc_extensions_requested')).toBe(false);

    const fin = await todoOf(finance);
    expect(fin.get('jc_tasks_red')).toBe(1);

    const o = await todoOf(office);
    expect(o.get('jc_extensions_requested')).toBe(await total(office, 'status=extension_requested'));
    expect(o.get('jc_extensions_requested')).toBe(1);
    expect(o.get('jc_completions_requested')).toBe(await total(office, 'status=completion_requested'));
    const members = (await call(t.app, 'GET', '/api/jc/members', { cookie: office })).json();
    expect(o.get('jc_member_proposals')).toBe(
      members.proposals.filter((x: { status: string }) => x.status === 'pending').length,
    );
    expect(o.get('jc_member_proposals')).toBe(1);
    expect(o.has('jc_tasks_red')).toBe(false);

    const c = await todoOf(convener);
    expect(c.get('jc_completions_requested')).toBe(1);
    expect(c.has('jc_member_proposals')).toBe(false);

    // A county's department officer is no member unit: no conference cards.
    const county = await todoOf(countyHrss);
    expect([...county.keys()].filter((k) => k.startsWith('jc_'))).toEqual([]);
  });
});
