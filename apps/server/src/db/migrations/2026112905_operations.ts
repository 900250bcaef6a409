/**
 * Inside a provider (SPEC C3, C4): classes, children (ID numbers and guardian phones encrypted,
 * with keyed hashes for look-ups), staff, the city-wide ban list (终身禁入), attendance.
 */
import type { Kysely } from 'kysely';
import { withId } from './helpers';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('classes'))
    .addColumn('provider_id', 'integer', (c) => c.notNull().references('providers.id'))
    .addColumn('type', 'varchar(32)', (c) => c.notNull())
    .addColumn('name', 'varchar(32)', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('room', 'varchar(32)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('classes_provider').on('classes').column('provider_id').execute();

  await withId(db, db.schema.createTable('children'))
    .addColumn('provider_id', 'integer', (c) => c.notNull().references('providers.id'))
    .addColumn('class_id', 'integer', (c) => c.notNull().references('classes.id'))
    .addColumn('division_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('name', 'varchar(32)', (c) => c.notNull())
    .addColumn('resident_id_enc', 'text', (c) => c.notNull())
    .addColumn('resident_id_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('resident_id_masked', 'varchar(18)', (c) => c.notNull())
    .addColumn('birth_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('sex', 'varchar(8)', (c) => c.notNull())
    .addColumn('guardians_enc', 'text', (c) => c.notNull())
    .addColumn('guardians_masked', 'text', (c) => c.notNull())
    .addColumn('enrolled_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('vaccination_up_to_date', 'integer', (c) => c.notNull())
    .addColumn('entry_exam_date', 'varchar(10)')
    .addColumn('left_on', 'varchar(10)')
    .addColumn('leave_reason', 'varchar(200)')
    .addColumn('duplicate_flag', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('children_provider')
    .on('children')
    .columns(['provider_id', 'left_on'])
    .execute();
  await db.schema.createIndex('children_class').on('children').columns(['class_id', 'left_on']).execute();
  await db.schema.createIndex('children_resident').on('children').column('resident_id_hash').execute();

  await withId(db, db.schema.createTable('staff'))
    .addColumn('provider_id', 'integer', (c) => c.notNull().references('providers.id'))
    .addColumn('division_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('name', 'varchar(32)', (c) => c.notNull())
    .addColumn('resident_id_enc', 'text', (c) => c.notNull())
    .addColumn('resident_id_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('resident_id_masked', 'varchar(18)', (c) => c.notNull())
    .addColumn('role', 'varchar(16)', (c) => c.notNull())
    .addColumn('mobile_enc', 'text')
    .addColumn('mobile_masked', 'varchar(11)')
    .addColumn('qualifications', 'text', (c) => c.notNull())
    .addColumn('health_exam_date', 'varchar(10)')
    .addColumn('no_criminal_record_date', 'varchar(10)')
    .addColumn('hired_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('left_on', 'varchar(10)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('staff_provider').on('staff').columns(['provider_id', 'left_on']).execute();
  await db.schema.createIndex('staff_resident').on('staff').column('resident_id_hash').execute();

  await withId(db, db.schema.createTable('bans'))
    .addColumn('resident_id_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('resident_id_enc', 'text', (c) => c.notNull())
    .addColumn('resident_id_masked', 'varchar(18)', (c) => c.notNull())
    .addColumn('name', 'varchar(32)', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('legal_basis', 'varchar(200)', (c) => c.notNull())
    .addColumn('decided_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('division_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('created_by', 'varchar(64)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('bans_resident').on('bans').column('resident_id_hash').execute();

  await withId(db, db.schema.createTable('attendance'))
    .addColumn('provider_id', 'integer', (c) => c.notNull())
    .addColumn('class_id', 'integer', (c) => c.notNull())
    .addColumn('subject', 'varchar(8)', (c) => c.notNull())
    .addColumn('subject_id', 'integer', (c) => c.notNull())
    .addColumn('day', 'varchar(10)', (c) => c.notNull())
    .addColumn('in_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('out_at', 'varchar(32)')
    .execute();
  await db.schema
    .createIndex('attendance_open')
    .on('attendance')
    .columns(['provider_id', 'day', 'out_at'])
    .execute();
  await db.schema
    .createIndex('attendance_subject')
    .on('attendance')
    .columns(['subject', 'subject_id', 'day'])
    .execute();

  // A ratio breach lasts from the check-in that broke the ratio to the one that restored it.
  await withId(db, db.schema.createTable('ratio_breaches'))
    .addColumn('provider_id', 'integer', (c) => c.notNull())
    .addColumn('class_id', 'integer', (c) => c.notNull())
    .addColumn('division_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('started_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('ended_at', 'varchar(32)')
    .addColumn('children_present', 'integer', (c) => c.notNull())
    .addColumn('carers_present', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('ratio_breaches_open')
    .on('ratio_breaches')
    .columns(['class_id', 'ended_at'])
    .execute();
  await db.schema
    .createIndex('ratio_breaches_division')
    .on('ratio_breaches')
    .columns(['division_code', 'started_at'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore from a backup instead');
}
