/**
 * Blacklist and credit records (SPEC C2, C4; plan (四)5). A provider on the blacklist keeps its
 * filing and public page (which shows the decision) but drops out of "find care"; removal keeps
 * the row with who, when and why. Persons under ban stay in `bans` (staff module); credit records
 * (守信激励 / 失信惩戒) are about a provider or one of its staff.
 */
import type { Kysely } from 'kysely';
import { withId } from './helpers';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('blacklist'))
    .addColumn('provider_id', 'integer', (c) => c.notNull().references('providers.id'))
    .addColumn('division_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('decision', 'varchar(2000)', (c) => c.notNull())
    .addColumn('legal_basis', 'varchar(500)', (c) => c.notNull())
    .addColumn('decided_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('deciding_unit', 'varchar(100)', (c) => c.notNull())
    .addColumn('document_number', 'varchar(100)')
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('removed_at', 'varchar(32)')
    .addColumn('removed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('remove_reason', 'varchar(1000)')
    .execute();
  // The search's "not blacklisted" test looks up the current entry by provider.
  await db.schema
    .createIndex('blacklist_provider')
    .on('blacklist')
    .columns(['provider_id', 'removed_at'])
    .execute();

  await withId(db, db.schema.createTable('credit_records'))
    // provider | person
    .addColumn('subject_type', 'varchar(12)', (c) => c.notNull())
    .addColumn('provider_id', 'integer', (c) => c.notNull().references('providers.id'))
    .addColumn('staff_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('division_code', 'varchar(12)', (c) => c.notNull())
    // reward | penalty
    .addColumn('kind', 'varchar(12)', (c) => c.notNull())
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('basis', 'varchar(500)', (c) => c.notNull())
    .addColumn('decided_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('expires_on', 'varchar(10)')
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('credit_records_division')
    .on('credit_records')
    .columns(['division_code', 'decided_on'])
    .execute();
  await db.schema.createIndex('credit_records_provider').on('credit_records').column('provider_id').execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore from a backup instead');
}
