/**
 * Incidents and emergencies (SPEC C7; plan (四)2, (四)4, (四)5): the providers' incident reports
 * with the children involved and the follow-ups, and per provider its emergency plans and drills.
 *
 * `late` is computed once at reporting with the city's parameter of that moment (a later change of
 * the parameter does not rewrite history); `alert` marks the serious and critical reports the county
 * must acknowledge. Division and township are copied from the provider so scope filters are plain
 * indexed columns.
 */
import type { Kysely } from 'kysely';
import { withId } from './helpers';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('incidents'))
    .addColumn('provider_id', 'integer', (c) => c.notNull().references('providers.id'))
    .addColumn('division_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('township_code', 'varchar(12)')
    // Codes of INCIDENT_TYPES / INCIDENT_SEVERITIES in @tuoyu/domain.
    .addColumn('type', 'varchar(24)', (c) => c.notNull())
    .addColumn('severity', 'varchar(12)', (c) => c.notNull())
    .addColumn('occurred_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('reported_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('late', 'integer', (c) => c.notNull())
    .addColumn('description', 'varchar(2000)', (c) => c.notNull())
    .addColumn('actions_taken', 'varchar(2000)', (c) => c.notNull())
    .addColumn('guardians_notified_at', 'varchar(32)')
    // open | following | closed
    .addColumn('status', 'varchar(12)', (c) => c.notNull())
    .addColumn('alert', 'integer', (c) => c.notNull())
    .addColumn('acknowledged_at', 'varchar(32)')
    .addColumn('acknowledged_by', 'integer', (c) => c.references('users.id'))
    .addColumn('closed_at', 'varchar(32)')
    .addColumn('closed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('close_summary', 'varchar(2000)')
    .addColumn('reported_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('incidents_division')
    .on('incidents')
    .columns(['division_code', 'reported_at'])
    .execute();
  await db.schema.createIndex('incidents_township').on('incidents').column('township_code').execute();
  await db.schema
    .createIndex('incidents_provider')
    .on('incidents')
    .columns(['provider_id', 'reported_at'])
    .execute();

  await db.schema
    .createTable('incident_children')
    .addColumn('incident_id', 'integer', (c) => c.notNull().references('incidents.id'))
    .addColumn('child_id', 'integer', (c) => c.notNull().references('children.id'))
    .addPrimaryKeyConstraint('incident_children_pk', ['incident_id', 'child_id'])
    .execute();

  await withId(db, db.schema.createTable('incident_updates'))
    .addColumn('incident_id', 'integer', (c) => c.notNull().references('incidents.id'))
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    .addColumn('author_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('author_name', 'varchar(100)', (c) => c.notNull())
    .addColumn('author_role', 'varchar(32)', (c) => c.notNull())
    // follow_up | close
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('text', 'varchar(2000)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('incident_updates_incident')
    .on('incident_updates')
    .columns(['incident_id', 'id'])
    .execute();

  await withId(db, db.schema.createTable('emergency_plans'))
    .addColumn('provider_id', 'integer', (c) => c.notNull().references('providers.id'))
    .addColumn('kind', 'varchar(24)', (c) => c.notNull())
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('effective_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('file_id', 'integer', (c) => c.references('files.id'))
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('emergency_plans_provider')
    .on('emergency_plans')
    .column('provider_id')
    .execute();

  await withId(db, db.schema.createTable('drills'))
    .addColumn('provider_id', 'integer', (c) => c.notNull().references('providers.id'))
    .addColumn('plan_kind', 'varchar(24)', (c) => c.notNull())
    .addColumn('held_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('participants', 'integer', (c) => c.notNull())
    .addColumn('notes', 'varchar(2000)')
    // JSON array of file ids.
    .addColumn('photo_file_ids', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('drills_provider').on('drills').columns(['provider_id', 'held_on']).execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore from a backup instead');
}
