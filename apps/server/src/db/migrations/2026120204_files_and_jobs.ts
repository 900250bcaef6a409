/**
 * Several app servers share the work (issue 9, items 5–6): uploaded files' contents move from one
 * server's disk into the database (`file_chunks`, 256 KiB pieces so a download streams one piece at
 * a time); scheduled jobs claim each (job, slot) once in `job_runs`, whichever server fires first;
 * notices carry a de-duplication key so a job that runs again sends nothing twice.
 */
import type { Kysely } from 'kysely';
import { isPostgres, withId } from './helpers';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('file_chunks')
    .addColumn('storage_key', 'varchar(128)', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('data', isPostgres(db) ? 'bytea' : 'blob', (c) => c.notNull())
    .addPrimaryKeyConstraint('file_chunks_pk', ['storage_key', 'seq'])
    .execute();

  await withId(db, db.schema.createTable('job_runs'))
    .addColumn('job', 'varchar(64)', (c) => c.notNull())
    // The scheduled time this run stands for (Beijing wall clock, minute precision), or manual:<time>.
    .addColumn('slot', 'varchar(64)', (c) => c.notNull())
    .addColumn('instance', 'varchar(64)', (c) => c.notNull())
    .addColumn('started_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('finished_at', 'varchar(32)')
    // running | ok | failed
    .addColumn('outcome', 'varchar(16)', (c) => c.notNull())
    .addColumn('counts', 'text')
    .addColumn('error', 'text')
    .addUniqueConstraint('job_runs_slot', ['job', 'slot'])
    .execute();
  await db.schema.createIndex('job_runs_started').on('job_runs').columns(['job', 'started_at']).execute();

  // Unique where set; NULL (every notice written before this migration) never collides on either engine.
  await db.schema.alterTable('notifications').addColumn('dedupe_key', 'varchar(200)').execute();
  await db.schema
    .createIndex('notifications_dedupe')
    .on('notifications')
    .column('dedupe_key')
    .unique()
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore from a backup instead');
}
