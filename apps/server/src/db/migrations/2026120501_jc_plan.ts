/**
 * The joint conference's plan and reminders (issue 12 items 4–5): the plan's 23 tasks per year (copied
 * from the shipped reference the first time a year is opened) with each responsible unit's progress
 * and its history, the counties' implementation measures, and the reminders already sent per task,
 * stage and due date (so the daily job never sends one twice).
 */
import type { Kysely } from 'kysely';
import { withId } from './helpers';

export async function up(db: Kysely<unknown>): Promise<void> {
  // responsible_units: the unit codes joined by ';', as plan-tasks.csv gives them.
  await db.schema
    .createTable('jc_plan_tasks')
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('task_id', 'varchar(8)', (c) => c.notNull())
    .addColumn('section', 'varchar(100)', (c) => c.notNull())
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('notes', 'varchar(1000)', (c) => c.notNull())
    .addColumn('responsible_units', 'varchar(400)', (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('jc_plan_tasks_pk', ['year', 'task_id'])
    .execute();

  // A unit's latest report on a task in a year: not_started | in_progress | done.
  await db.schema
    .createTable('jc_plan_progress')
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('task_id', 'varchar(8)', (c) => c.notNull())
    .addColumn('unit_code', 'varchar(32)', (c) => c.notNull().references('units.code'))
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('jc_plan_progress_pk', ['year', 'task_id', 'unit_code'])
    .execute();

  // Every report as it was made (the latest is also in jc_plan_progress).
  await withId(db, db.schema.createTable('jc_plan_progress_history'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('task_id', 'varchar(8)', (c) => c.notNull())
    .addColumn('unit_code', 'varchar(32)', (c) => c.notNull().references('units.code'))
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('by_user', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('jc_plan_progress_history_task')
    .on('jc_plan_progress_history')
    .columns(['year', 'task_id', 'unit_code'])
    .execute();

  // 旗县区具体实施办法: one current document per county (a new upload replaces it; the audit keeps the old).
  await db.schema
    .createTable('jc_county_measures')
    .addColumn('division_code', 'varchar(12)', (c) => c.primaryKey().references('divisions.code'))
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('issued_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('file_id', 'integer', (c) => c.notNull().references('files.id'))
    .addColumn('uploaded_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('uploaded_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  // The reminders sent: stage yellow | red, once per task, stage and due date (an extension starts anew).
  await db.schema
    .createTable('jc_task_reminders')
    .addColumn('task_id', 'integer', (c) => c.notNull().references('jc_tasks.id'))
    .addColumn('stage', 'varchar(8)', (c) => c.notNull())
    .addColumn('due_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('sent_on', 'varchar(10)', (c) => c.notNull())
    .addPrimaryKeyConstraint('jc_task_reminders_pk', ['task_id', 'stage', 'due_on'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore from a backup instead');
}
