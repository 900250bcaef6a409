/** Kysely only: the agreed matters' tasks, their co-units and events, listed by unit, status and light. */
import type { JcLight, JcTaskStatus } from '@tuoyu/domain';
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db';
import type { JcTaskEventTable, JcTaskTable } from '../../db/schema';

export async function insertTask(trx: Db, row: Insertable<JcTaskTable>, coUnits: string[]) {
  const { id } = await trx.insertInto('jc_tasks').values(row).returning('id').executeTakeFirstOrThrow();
  if (coUnits.length)
    await trx
      .insertInto('jc_task_units')
      .values(coUnits.map((unit_code) => ({ task_id: id, unit_code })))
      .execute();
  return id;
}

export interface TaskFilter {
  /** Only tasks this unit leads or shares (a unit's own view, or the office's unit filter). */
  units: string[];
  status?: JcTaskStatus | undefined;
  light?: JcLight | undefined;
  today: string;
  /** The last date a task is yellow on (3 working days after today). */
  yellowUntil: string;
}

function filtered(db: Db, f: TaskFilter) {
  let q = db.selectFrom('jc_tasks as t');
  for (const unit of f.units)
    q = q.where((eb) =>
      eb.or([
        eb('t.lead_unit', '=', unit),
        eb.exists(
          eb
            .selectFrom('jc_task_units as u')
            .select('u.task_id')
            .whereRef('u.task_id', '=', 't.id')
            .where('u.unit_code', '=', unit),
        ),
      ]),
    );
  if (f.status) q = q.where('t.status', '=', f.status);
  if (f.light) {
    // The light of a task not done, from its due date: red before today, yellow up to the threshold.
    q = q.where('t.status', '!=', 'done');
    if (f.light === 'red') q = q.where('t.due_on', '<', f.today);
    else if (f.light === 'yellow')
      q = q.where('t.due_on', '>=', f.today).where('t.due_on', '<=', f.yellowUntil);
    else q = q.where('t.due_on', '>', f.yellowUntil);
  }
  return q;
}

export async function taskPage(db: Db, f: TaskFilter, limit: number, offset: number) {
  const [rows, count] = await Promise.all([
    filtered(db, f).selectAll('t').orderBy('t.due_on').orderBy('t.id').limit(limit).offset(offset).execute(),
    filtered(db, f)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst(),
  ]);
  return { rows, total: Number(count?.n ?? 0) };
}

export async function coUnitsOf(db: Db, taskIds: number[]) {
  const map = new Map<number, string[]>();
  if (taskIds.length === 0) return map;
  const rows = await db
    .selectFrom('jc_task_units')
    .selectAll()
    .where('task_id', 'in', taskIds)
    .orderBy('unit_code')
    .execute();
  for (const r of rows) map.set(r.task_id, [...(map.get(r.task_id) ?? []), r.unit_code]);
  return map;
}

export const task = (db: Db, id: number) =>
  db
    .selectFrom('jc_tasks as t')
    .innerJoin('jc_matters as m', 'm.id', 't.matter_id')
    .innerJoin('jc_minutes as n', 'n.id', 'm.minutes_id')
    .selectAll('t')
    .select(['m.title as matter_title', 'n.number as minutes_no'])
    .where('t.id', '=', id)
    .executeTakeFirst();

export const taskEvents = (db: Db, id: number) =>
  db.selectFrom('jc_task_events').selectAll().where('task_id', '=', id).orderBy('id').execute();

export const tasksOfMatters = (db: Db, matterIds: number[]) =>
  matterIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('jc_tasks')
        .select(['id', 'matter_id'])
        .where('matter_id', 'in', matterIds)
        .orderBy('id')
        .execute();

/** The tasks of the matters, whole rows, in the order they were agreed. */
export const taskRowsOfMatters = (db: Db, matterIds: number[]) =>
  matterIds.length === 0
    ? Promise.resolve([])
    : db.selectFrom('jc_tasks').selectAll().where('matter_id', 'in', matterIds).orderBy('id').execute();

/** Moves the task on only from the status it was read in (a concurrent step loses: 409). */
export async function updateTask(trx: Db, id: number, from: JcTaskStatus, set: Updateable<JcTaskTable>) {
  const r = await trx
    .updateTable('jc_tasks')
    .set(set)
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertTaskEvent(trx: Db, row: Insertable<JcTaskEventTable>) {
  return (await trx.insertInto('jc_task_events').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** The last extension asked on a task (its requested due date). */
export const lastExtension = (db: Db, id: number) =>
  db
    .selectFrom('jc_task_events')
    .selectAll()
    .where('task_id', '=', id)
    .where('kind', '=', 'extension')
    .orderBy('id', 'desc')
    .executeTakeFirst();
