/**
 * Providers (C1): registration records pushed by the registering units, the filing record with
 * its workflow, accepted versions and every transition, uploaded files, fee ceilings, filing
 * number counters; plus the provider an account belongs to.
 */
import type { Kysely } from 'kysely';
import { withId } from './helpers';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('providers'))
    .addColumn('name', 'varchar(64)', (c) => c.notNull())
    .addColumn('credit_code', 'varchar(18)', (c) => c.notNull().unique())
    .addColumn('legal_form', 'varchar(32)', (c) => c.notNull())
    .addColumn('kind', 'varchar(32)', (c) => c.notNull())
    .addColumn('division_code', 'varchar(12)', (c) => c.notNull().references('divisions.code'))
    .addColumn('township_code', 'varchar(12)', (c) => c.references('divisions.code'))
    .addColumn('address', 'varchar(200)', (c) => c.notNull())
    .addColumn('service_forms', 'varchar(100)', (c) => c.notNull())
    .addColumn('legal_representative', 'varchar(32)', (c) => c.notNull())
    .addColumn('contact_phone', 'varchar(20)', (c) => c.notNull())
    .addColumn('registered_by_unit', 'varchar(32)', (c) => c.notNull())
    .addColumn('registered_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('manager_user_id', 'integer')
    // The public listing, kept current when a filing is accepted, changed, suspended or ended, so
    // that "find care" reads one indexed table and never parses filing documents per request.
    .addColumn('public', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('capacity', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('enrolled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('inclusive', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('service_mask', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('min_monthly_fee_fen', 'integer')
    .addColumn('age_from_months', 'integer', (c) => c.notNull().defaultTo(6))
    .addColumn('age_to_months', 'integer', (c) => c.notNull().defaultTo(36))
    .addColumn('lat', 'real')
    .addColumn('lng', 'real')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('providers_division')
    .on('providers')
    .columns(['division_code', 'id'])
    .execute();
  await db.schema
    .createIndex('providers_public')
    .on('providers')
    .columns(['public', 'division_code'])
    .execute();
  await db.schema
    .createIndex('providers_public_geo')
    .on('providers')
    .columns(['public', 'lat', 'lng'])
    .execute();

  await withId(db, db.schema.createTable('filings'))
    .addColumn('provider_id', 'integer', (c) => c.notNull().unique().references('providers.id'))
    .addColumn('division_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('status', 'varchar(32)', (c) => c.notNull())
    .addColumn('data', 'text')
    .addColumn('filed_data', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('filing_number', 'varchar(32)', (c) => c.unique())
    .addColumn('submitted_at', 'varchar(32)')
    .addColumn('due_date', 'varchar(10)')
    .addColumn('filed_at', 'varchar(32)')
    .addColumn('exception_reason', 'text')
    .addColumn('return_reason', 'text')
    .addColumn('checks', 'text')
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('filings_queue')
    .on('filings')
    .columns(['division_code', 'status', 'due_date'])
    .execute();

  await withId(db, db.schema.createTable('filing_events'))
    .addColumn('filing_id', 'integer', (c) => c.notNull().references('filings.id'))
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    .addColumn('action', 'varchar(32)', (c) => c.notNull())
    .addColumn('from_status', 'varchar(32)')
    .addColumn('to_status', 'varchar(32)', (c) => c.notNull())
    .addColumn('actor_id', 'integer')
    .addColumn('actor_username', 'varchar(64)')
    .addColumn('actor_name', 'varchar(64)')
    .addColumn('reason', 'text')
    .execute();
  await db.schema
    .createIndex('filing_events_filing')
    .on('filing_events')
    .columns(['filing_id', 'id'])
    .execute();

  await withId(db, db.schema.createTable('filing_versions'))
    .addColumn('filing_id', 'integer', (c) => c.notNull().references('filings.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('filed_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('filed_by', 'varchar(64)')
    .addUniqueConstraint('filing_versions_unique', ['filing_id', 'version'])
    .execute();

  await db.schema
    .createTable('filing_counters')
    .addColumn('county_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('filing_counters_pk', ['county_code', 'year'])
    .execute();

  await withId(db, db.schema.createTable('files'))
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('mime', 'varchar(64)', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'varchar(64)', (c) => c.notNull())
    .addColumn('storage_key', 'varchar(128)', (c) => c.notNull())
    .addColumn('owner_user_id', 'integer', (c) => c.notNull())
    .addColumn('provider_id', 'integer')
    .addColumn('division_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('fee_ceilings')
    .addColumn('class_type', 'varchar(32)', (c) => c.notNull())
    .addColumn('service_form', 'varchar(32)', (c) => c.notNull())
    .addColumn('max_monthly_fen', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('fee_ceilings_pk', ['class_type', 'service_form'])
    .execute();

  await db.schema.alterTable('users').addColumn('provider_id', 'integer').execute();
  await db.schema.createIndex('users_provider').on('users').column('provider_id').execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore from a backup instead');
}
