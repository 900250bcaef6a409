/**
 * Hourly and temporary care booking (计时托/临时托; plan (四)6): the time slots a provider publishes
 * and the places parents book in them.
 *
 * Never overbooked: `slots.booked` counts the active bookings and is only ever changed by the
 * conditional `update slots set booked = booked + 1 where id = ? and booked < places` inside the
 * booking's transaction (a row lock on PostgreSQL, the single writer on SQLite), plus a CHECK as
 * the last line of defence.
 *
 * One active booking per parent and slot, portably: SQLite and PostgreSQL both have partial
 * indexes but Kysely's schema builder and the two engines disagree on their details, so instead a
 * plain unique index on (slot_id, parent_user_id, active_key) where `active_key` is 0 while the
 * booking is active and becomes the booking's own id (≥ 1, unique) when it is cancelled. Active
 * bookings therefore collide, cancelled ones never do, and a parent may book again after cancelling.
 */
import { type Kysely, sql } from 'kysely';
import { withId } from './helpers';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('slots'))
    .addColumn('provider_id', 'integer', (c) => c.notNull().references('providers.id'))
    .addColumn('division_code', 'varchar(12)', (c) => c.notNull())
    // Beijing calendar date and wall-clock times, as the provider entered them.
    .addColumn('date', 'varchar(10)', (c) => c.notNull())
    .addColumn('start_time', 'varchar(5)', (c) => c.notNull())
    .addColumn('end_time', 'varchar(5)', (c) => c.notNull())
    // The start as an ISO-8601 UTC instant: "has it started?" is one string comparison.
    .addColumn('starts_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('places', 'integer', (c) => c.notNull())
    .addColumn('booked', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('class_type', 'varchar(32)')
    .addColumn('created_by', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    // Withdrawn slots stay for the history of their (cancelled) bookings; listings skip them.
    .addColumn('withdrawn_at', 'varchar(32)')
    .addCheckConstraint('slots_booked_range', sql`booked >= 0 and booked <= places`)
    .execute();
  await db.schema
    .createIndex('slots_provider_date')
    .on('slots')
    .columns(['provider_id', 'date', 'start_time'])
    .execute();

  await withId(db, db.schema.createTable('bookings'))
    .addColumn('slot_id', 'integer', (c) => c.notNull().references('slots.id'))
    .addColumn('provider_id', 'integer', (c) => c.notNull().references('providers.id'))
    .addColumn('parent_user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('child_name', 'varchar(32)', (c) => c.notNull())
    .addColumn('birth_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('active_key', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('cancelled_at', 'varchar(32)')
    .execute();
  await db.schema
    .createIndex('bookings_one_active')
    .on('bookings')
    .columns(['slot_id', 'parent_user_id', 'active_key'])
    .unique()
    .execute();
  await db.schema.createIndex('bookings_parent').on('bookings').columns(['parent_user_id', 'id']).execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore from a backup instead');
}
