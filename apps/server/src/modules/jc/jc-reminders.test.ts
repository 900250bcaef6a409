import { addDays, isWorkingDay, jcYellowUntil } from '@tuoyu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobActor } from '../../platform/jobs';
import { auditCount, buildTestApp, call, type TestApp, userSession } from '../../test/helpers';
import { currentCalendar } from '../calendar/service';
import { sendTaskReminders } from './reminders';

let t: TestApp;
let office: string;
let hrss: { id: number; cookie: string };
let finance: { id: number; cookie: string };
let edu: { id: number; cookie: string };
let serial = 0;

beforeAll(async () => {
  t = await buildTestApp();
  office = (await userSession(t, { role: 'jc_office', divisionCode: '150800', unit: 'health' })).cookie;
  const unit = (u: string) => userSession(t, { role: 'department_officer', divisionCode: '150800', unit: u });
  hrss = await unit('hrss');
  finance = await unit('finance');
  edu = await unit('edu');
});
afterAll(() => t.close());

async function taskDue(dueOn: string, leadUnit = 'hrss', coUnits = ['finance']) {
  const m = await call(t.app, 'POST', '/api/jc/meetings', {
    cookie: office,
    body: { kind: 'thematic', title: `催办测试 ${++serial}`, date: '2026-09-01', unitCodes: ['hrss'] },
  });
  const res = await call(t.app, 'POST', `/api/jc/meetings/${m.json().id}/minutes`, {
    cookie: office,
    body: {
      summary: '纪要',
      matters: [
        { title: `事项 ${serial}`, detail: '说明', tasks: [{ leadUnit, coUnits, dueOn, output: '方案' }] },
      ],
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().taskIds[0] as number;
}

const noticesOf = (userId: number, taskTitle: string) =>
  t.ctx.db
    .selectFrom('notifications')
    .select(['kind', 'created_at'])
    .where('user_id', '=', userId)
    .where('title', 'like', `%${taskTitle}`)
    .execute();
const remindersOf = (taskId: number) =>
  t.ctx.db
    .selectFrom('jc_task_reminders')
    .selectAll()
    .where('task_id', '=', taskId)
    .orderBy('sent_on')
    .execute();
const run = (day: string) => sendTaskReminders(t.ctx, jobActor('jc-task-reminders', day), day);

describe('jc-task-reminders: once yellow, once red, on working days (issue 12 item 4)', () => {
  it('across the National Day holiday and weekends, each stage is sent once, on a working day', async () => {
    const calendar = await currentCalendar(t.ctx.db);
    const works = (d: string) => isWorkingDay(d, calendar);
    // Due on the first working day after the National Day holiday (a long run of days off before it).
    let due = '2026-10-02';
    while (!works(due)) due = addDays(due, 1);
    expect(due > '2026-10-02').toBe(true);
    const id = await taskDue(due);
    const title = `事项 ${serial}`;
    const before = await auditCount(t.ctx);
    const sentOn: string[] = [];
    for (let day = '2026-09-20'; day <= addDays(due, 10); day = addDays(day, 1)) {
      const c = await run(day);
      // A day off sends nothing; a second run of the same day sends nothing either.
      if (!works(day)) expect(c).toEqual({ yellow: 0, red: 0, notices: 0 });
      if (c.yellow + c.red > 0) sentOn.push(day);
      expect(await run(day)).toEqual({ yellow: 0, red: 0, notices: 0 });
    }
    const sent = await remindersOf(id);
    expect(sent.map((r) => r.stage)).toEqual(['yellow', 'red']);
    // Yellow on the first working day whose 3-working-day window reaches the due date.
    let firstYellow = '2026-09-20';
    while (!(works(firstYellow) && jcYellowUntil(firstYellow, works) >= due))
      firstYellow = addDays(firstYellow, 1);
    expect(sent[0]?.sent_on).toBe(firstYellow);
    // Red on the first working day after the due date.
    let firstRed = addDays(due, 1);
    while (!works(firstRed)) firstRed = addDays(firstRed, 1);
    expect(sent[1]?.sent_on).toBe(firstRed);
    expect(sentOn).toEqual([firstYellow, firstRed]);
    // The lead and the co-unit hear each once; a unit with no part hears nothing.
    for (const u of [hrss, finance])
      expect((await noticesOf(u.id, title)).map((n) => n.kind).sort()).toEqual([
        'jc.task.red',
        'jc.task.yellow',
      ]);
    expect(await noticesOf(edu.id, title)).toEqual([]);
    // Each reminder is a task event of kind reminder, and audited.
    const task = (await call(t.app, 'GET', `/api/jc/tasks/${id}`, { cookie: hrss.cookie })).json();
    expect(task.events.filter((e: { kind: string }) => e.kind === 'reminder')).toHaveLength(2);
    expect(await auditCount(t.ctx)).toBe(before + 2);
    // 我的消息 shows them to the unit's account, as from the conference's office.
    const mine = (await call(t.app, 'GET', '/api/my/notifications', { cookie: finance.cookie })).json();
    expect(
      mine.items.some(
        (n: { title: string; providerName: string }) =>
          n.title.endsWith(title) && n.providerName.includes('联席会议'),
      ),
    ).toBe(true);
  });

  it('a done task is never reminded; an approved extension starts its stages anew', async () => {
    const id = await taskDue('2026-11-02');
    await run('2026-11-03');
    expect((await remindersOf(id)).map((r) => r.stage)).toEqual(['red']);
    await t.ctx.db.updateTable('jc_tasks').set({ due_on: '2026-11-20' }).where('id', '=', id).execute();
    await run('2026-11-18');
    expect((await remindersOf(id)).map((r) => `${r.stage}:${r.due_on}`)).toEqual([
      'red:2026-11-02',
      'yellow:2026-11-20',
    ]);
    await t.ctx.db.updateTable('jc_tasks').set({ status: 'done' }).where('id', '=', id).execute();
    await run('2026-11-23');
    expect(await remindersOf(id)).toHaveLength(2);
  });
});

describe('催办 POST /api/jc/tasks/:id/urge', () => {
  it('the office urges: 201, notices to the lead and co-units, a reminder event, audited', async () => {
    const id = await taskDue('2026-12-30');
    const title = `事项 ${serial}`;
    const before = await auditCount(t.ctx);
    const res = await call(t.app, 'POST', `/api/jc/tasks/${id}/urge`, {
      cookie: office,
      body: { text: '请于本周内报送进展。' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().id).toBeGreaterThan(0);
    expect(await auditCount(t.ctx)).toBe(before + 1);
    for (const u of [hrss, finance])
      expect((await noticesOf(u.id, title)).map((n) => n.kind)).toEqual(['jc.task.urge']);
    const task = (await call(t.app, 'GET', `/api/jc/tasks/${id}`, { cookie: office })).json();
    expect(task.events.at(-1)).toMatchObject({ kind: 'reminder', text: '请于本周内报送进展。' });
  });

  it('a unit may not urge (403); an unknown task is 404; empty text 400; a done task 409', async () => {
    const id = await taskDue('2026-12-30');
    const urge = (cookie: string, task: number, body: unknown) =>
      call(t.app, 'POST', `/api/jc/tasks/${task}/urge`, { cookie, body });
    expect((await urge(hrss.cookie, id, { text: '催' })).statusCode).toBe(403);
    expect((await urge(office, 999_999, { text: '催' })).statusCode).toBe(404);
    expect((await urge(office, id, { text: '' })).statusCode).toBe(400);
    await t.ctx.db.updateTable('jc_tasks').set({ status: 'done' }).where('id', '=', id).execute();
    expect((await urge(office, id, { text: '催' })).statusCode).toBe(409);
  });
});
