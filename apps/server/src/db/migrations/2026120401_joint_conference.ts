/**
 * The joint conference (issue 12): its members with their history and the units' proposed changes,
 * meetings with invited units, attendance and agenda items, numbered minutes with agreed matters,
 * and the matters' tasks with co-units and every step as an event.
 */
import type { Kysely } from 'kysely';
import { withId } from './helpers';

export async function up(db: Kysely<unknown>): Promise<void> {
  // convener | deputy | director | member | liaison; to_on null while serving.
  await withId(db, db.schema.createTable('jc_members'))
    .addColumn('unit_code', 'varchar(32)', (c) => c.notNull().references('units.code'))
    .addColumn('position', 'varchar(16)', (c) => c.notNull())
    .addColumn('name', 'varchar(64)', (c) => c.notNull())
    .addColumn('title', 'varchar(100)', (c) => c.notNull())
    .addColumn('mobile_enc', 'text')
    .addColumn('from_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('to_on', 'varchar(10)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('jc_members_unit')
    .on('jc_members')
    .columns(['unit_code', 'position'])
    .execute();

  // A unit proposes its member or liaison; the office confirms (the member row then starts) or rejects.
  await withId(db, db.schema.createTable('jc_member_proposals'))
    .addColumn('unit_code', 'varchar(32)', (c) => c.notNull().references('units.code'))
    .addColumn('position', 'varchar(16)', (c) => c.notNull())
    .addColumn('name', 'varchar(64)', (c) => c.notNull())
    .addColumn('title', 'varchar(100)', (c) => c.notNull())
    .addColumn('mobile_enc', 'text')
    .addColumn('from_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('reason', 'varchar(400)')
    // pending | approved | rejected
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('decision_reason', 'varchar(400)')
    .addColumn('proposed_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('decided_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('decided_at', 'varchar(32)')
    .execute();

  // plenary | thematic | liaison; status planned | held (held once minutes are recorded).
  await withId(db, db.schema.createTable('jc_meetings'))
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('date', 'varchar(10)', (c) => c.notNull())
    .addColumn('place', 'varchar(200)')
    .addColumn('chair', 'varchar(64)')
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('jc_meetings_date').on('jc_meetings').column('date').execute();

  // Invited units; attendance attended | substitute | absent (null until recorded).
  await db.schema
    .createTable('jc_meeting_units')
    .addColumn('meeting_id', 'integer', (c) => c.notNull().references('jc_meetings.id'))
    .addColumn('unit_code', 'varchar(32)', (c) => c.notNull().references('units.code'))
    .addColumn('attendance', 'varchar(16)')
    .addColumn('substitute', 'varchar(64)')
    .addColumn('reason', 'varchar(400)')
    .addPrimaryKeyConstraint('jc_meeting_units_pk', ['meeting_id', 'unit_code'])
    .execute();

  // 议题: proposed by a unit (or the office: unit_code null); status proposed | accepted | declined.
  await withId(db, db.schema.createTable('jc_agenda_items'))
    .addColumn('meeting_id', 'integer', (c) => c.notNull().references('jc_meetings.id'))
    .addColumn('unit_code', 'varchar(32)', (c) => c.references('units.code'))
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('detail', 'varchar(2000)')
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('proposed_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  // One minutes per meeting, numbered per year (巴托育联纪〔year〕seq号).
  await withId(db, db.schema.createTable('jc_minutes'))
    .addColumn('meeting_id', 'integer', (c) => c.notNull().unique().references('jc_meetings.id'))
    .addColumn('number', 'varchar(40)', (c) => c.notNull().unique())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('report_to_city_government', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('jc_minutes_year_seq', ['year', 'seq'])
    .execute();

  // Agreed matters; city_government_approval pending | approved, null when not reported (重大事项报市政府审定).
  await withId(db, db.schema.createTable('jc_matters'))
    .addColumn('minutes_id', 'integer', (c) => c.notNull().references('jc_minutes.id'))
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('city_government_approval', 'varchar(16)')
    .execute();

  // open | extension_requested | completion_requested | done.
  await withId(db, db.schema.createTable('jc_tasks'))
    .addColumn('matter_id', 'integer', (c) => c.notNull().references('jc_matters.id'))
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('lead_unit', 'varchar(32)', (c) => c.notNull().references('units.code'))
    .addColumn('due_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('output', 'varchar(400)', (c) => c.notNull())
    .addColumn('status', 'varchar(24)', (c) => c.notNull())
    .addColumn('last_progress_at', 'varchar(32)')
    .addColumn('done_on', 'varchar(10)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('jc_tasks_lead').on('jc_tasks').columns(['lead_unit', 'status']).execute();
  await db.schema.createIndex('jc_tasks_due').on('jc_tasks').columns(['status', 'due_on']).execute();

  await db.schema
    .createTable('jc_task_units')
    .addColumn('task_id', 'integer', (c) => c.notNull().references('jc_tasks.id'))
    .addColumn('unit_code', 'varchar(32)', (c) => c.notNull().references('units.code'))
    .addPrimaryKeyConstraint('jc_task_units_pk', ['task_id', 'unit_code'])
    .execute();
  await db.schema.createIndex('jc_task_units_unit').on('jc_task_units').column('unit_code').execute();

  // progress | extension | completion | decision | reminder; approve 0/1 on decisions.
  await withId(db, db.schema.createTable('jc_task_events'))
    .addColumn('task_id', 'integer', (c) => c.notNull().references('jc_tasks.id'))
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('unit_code', 'varchar(32)', (c) => c.references('units.code'))
    .addColumn('text', 'text')
    .addColumn('percent', 'integer')
    .addColumn('due_on', 'varchar(10)')
    .addColumn('approve', 'integer')
    .addColumn('reason', 'varchar(400)')
    .addColumn('by_user', 'integer', (c) => c.references('users.id'))
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('jc_task_events_task')
    .on('jc_task_events')
    .columns(['task_id', 'at'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore from a backup instead');
}
