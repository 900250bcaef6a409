/**
 * The agreed tasks (督办): the office and the convener see all, a unit those it leads or shares.
 * Lights are worked out at read time from the platform's working calendar and today in Beijing.
 */
import type { JcTask, JcTaskList, JcTaskQuery } from '@tuoyu/contracts';
import { isWorkingDay, jcLight, jcTaskActions } from '@tuoyu/domain';
import type { Db } from '../../db';
import type { AppContext, SessionUser } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { currentCalendar } from '../calendar/service';
import { lightDates, oversees, partyOf, unitOf } from './parties';
import { coUnitsOf, task, taskEvents, taskPage } from './queries-tasks';

type TaskRow = NonNullable<Awaited<ReturnType<typeof task>>>;

export async function listTasks(ctx: AppContext, caller: SessionUser, q: JcTaskQuery): Promise<JcTaskList> {
  const own = oversees(caller) ? null : unitOf(caller);
  if (!oversees(caller) && !own) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
  const dates = await lightDates(ctx.db);
  const units = [...(own ? [own] : []), ...(q.unit ? [q.unit] : [])];
  const { rows, total } = await taskPage(
    ctx.db,
    { units, status: q.status, light: q.light, ...dates },
    q.pageSize,
    (q.page - 1) * q.pageSize,
  );
  const co = await coUnitsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const works = await worksOn(ctx.db);
  return {
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      leadUnit: r.lead_unit,
      coUnits: co.get(r.id) ?? [],
      dueOn: r.due_on,
      status: r.status,
      light: jcLight({ status: r.status, dueOn: r.due_on }, dates.today, works),
      lastProgressAt: r.last_progress_at,
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

async function worksOn(db: Db) {
  const calendar = await currentCalendar(db);
  return (d: string) => isWorkingDay(d, calendar);
}

/** A task the caller may see, with its co-units and the caller's part (404 for another unit's). */
export async function visibleTask(db: Db, caller: SessionUser, id: number) {
  const t = await task(db, id);
  if (!t) throw notFound();
  const coUnits = (await coUnitsOf(db, [id])).get(id) ?? [];
  const party = partyOf(caller, t, coUnits);
  if (party === 'none' && !oversees(caller)) throw notFound();
  return { t, coUnits, party };
}

export async function getTask(ctx: AppContext, caller: SessionUser, id: number): Promise<JcTask> {
  const { t, coUnits, party } = await visibleTask(ctx.db, caller, id);
  return taskView(ctx.db, t, coUnits, jcTaskActions(t.status, party));
}

async function taskView(db: Db, t: TaskRow, coUnits: string[], actions: JcTask['actions']): Promise<JcTask> {
  const [events, { today }, works] = await Promise.all([taskEvents(db, t.id), lightDates(db), worksOn(db)]);
  return {
    id: t.id,
    title: t.title,
    leadUnit: t.lead_unit,
    coUnits,
    dueOn: t.due_on,
    status: t.status,
    light: jcLight({ status: t.status, dueOn: t.due_on }, today, works),
    lastProgressAt: t.last_progress_at,
    matterId: t.matter_id,
    matterTitle: t.matter_title,
    minutesNo: t.minutes_no,
    output: t.output,
    doneOn: t.done_on,
    events: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      unitCode: e.unit_code,
      text: e.text,
      percent: e.percent,
      dueOn: e.due_on,
      approve: e.approve === null ? null : e.approve === 1,
      reason: e.reason,
      at: e.at,
    })),
    actions,
  };
}
