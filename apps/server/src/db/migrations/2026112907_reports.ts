/**
 * Daily health checks (晨午检), in-app notifications, enrollment applications and what the monthly
 * report reads (issue 4, items 5, 8 and 9). One check per child, Beijing day and session (unique
 * index), so a second morning check is refused by the database as well as by the service.
 *
 * Notifications are kept against the child (`user_id` null) until guardians are linked to parent
 * accounts; `user_id` is there for when they are.
 */
import type { Kysely } from 'kysely';
import { withId } from './helpers';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('health_checks'))
    .addColumn('provider_id', 'integer', (c) => c.notNull().references('providers.id'))
    .addColumn('child_id', 'integer', (c) => c.notNull().references('children.id'))
    .addColumn('class_id', 'integer', (c) => c.notNull().references('classes.id'))
    .addColumn('division_code', 'varchar(12)', (c) => c.notNull())
    // Beijing calendar date.
    .addColumn('day', 'varchar(10)', (c) => c.notNull())
    .addColumn('session', 'varchar(8)', (c) => c.notNull())
    .addColumn('result', 'varchar(8)', (c) => c.notNull())
    .addColumn('note', 'varchar(500)')
    .addColumn('checked_by', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('health_checks_one_per_session')
    .on('health_checks')
    .columns(['child_id', 'day', 'session'])
    .unique()
    .execute();
  await db.schema
    .createIndex('health_checks_provider_day')
    .on('health_checks')
    .columns(['provider_id', 'day'])
    .execute();

  await withId(db, db.schema.createTable('notifications'))
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('provider_id', 'integer', (c) => c.notNull().references('providers.id'))
    .addColumn('child_id', 'integer', (c) => c.references('children.id'))
    .addColumn('kind', 'varchar(32)', (c) => c.notNull())
    .addColumn('title', 'varchar(100)', (c) => c.notNull())
    .addColumn('body', 'varchar(1000)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('read_at', 'varchar(32)')
    .execute();
  await db.schema
    .createIndex('notifications_child')
    .on('notifications')
    .columns(['child_id', 'id'])
    .execute();
  await db.schema.createIndex('notifications_user').on('notifications').columns(['user_id', 'id']).execute();
  // Enrollment applications (issue 4, item 5): a waitlist per provider and class type, first come
  // first served by id; the class type is derived from the age at the desired start.
  await withId(db, db.schema.createTable('applications'))
    .addColumn('provider_id', 'integer', (c) => c.notNull().references('providers.id'))
    .addColumn('division_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('parent_user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('child_name', 'varchar(32)', (c) => c.notNull())
    .addColumn('birth_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('desired_start', 'varchar(10)', (c) => c.notNull())
    .addColumn('service_form', 'varchar(16)', (c) => c.notNull())
    .addColumn('class_type', 'varchar(32)', (c) => c.notNull())
    .addColumn('note', 'varchar(500)')
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('decline_reason', 'varchar(500)')
    .addColumn('child_id', 'integer', (c) => c.references('children.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('decided_at', 'varchar(32)')
    .execute();
  await db.schema
    .createIndex('applications_waitlist')
    .on('applications')
    .columns(['provider_id', 'status', 'class_type', 'id'])
    .execute();
  await db.schema
    .createIndex('applications_parent')
    .on('applications')
    .columns(['parent_user_id', 'id'])
    .execute();

  // The monthly report reads a provider's breaches by start time (attendance_open already
  // serves attendance by provider and day).
  await db.schema
    .createIndex('ratio_breaches_provider')
    .on('ratio_breaches')
    .columns(['provider_id', 'started_at'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore from a backup instead');
}
