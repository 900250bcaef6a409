/**
 * The joint conference's progress bulletins (工作进展通报, issue 12 item 6) with their recipients'
 * receipts, and the registers of the expert committee and the industry association (item 1).
 */
import type { Kysely } from 'kysely';
import { withId } from './helpers';

export async function up(db: Kysely<unknown>): Promise<void> {
  // draft | issued; number/year/seq/figures/issued_* are set at issue (figures frozen as JSON).
  await withId(db, db.schema.createTable('jc_bulletins'))
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('period_from', 'varchar(10)', (c) => c.notNull())
    .addColumn('period_to', 'varchar(10)', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('number', 'varchar(40)', (c) => c.unique())
    .addColumn('year', 'integer')
    .addColumn('seq', 'integer')
    .addColumn('figures', 'text')
    .addColumn('public_summary', 'varchar(1000)')
    .addColumn('is_public', 'integer', (c) => c.notNull())
    .addColumn('issued_on', 'varchar(10)')
    .addColumn('issued_at', 'varchar(32)')
    .addColumn('issued_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('jc_bulletins_year_seq', ['year', 'seq'])
    .execute();
  await db.schema
    .createIndex('jc_bulletins_public')
    .on('jc_bulletins')
    .columns(['is_public', 'issued_on'])
    .execute();

  // The member units a bulletin went to; acknowledged_at null until the unit signs for it (签收).
  await db.schema
    .createTable('jc_bulletin_units')
    .addColumn('bulletin_id', 'integer', (c) => c.notNull().references('jc_bulletins.id'))
    .addColumn('unit_code', 'varchar(32)', (c) => c.notNull().references('units.code'))
    .addColumn('acknowledged_at', 'varchar(32)')
    .addColumn('acknowledged_by', 'integer', (c) => c.references('users.id'))
    .addPrimaryKeyConstraint('jc_bulletin_units_pk', ['bulletin_id', 'unit_code'])
    .execute();
  await db.schema.createIndex('jc_bulletin_units_unit').on('jc_bulletin_units').column('unit_code').execute();

  // 专家指导委员会: mobile encrypted at rest (mobile_enc) and masked for lists (mobile_masked).
  await withId(db, db.schema.createTable('jc_experts'))
    .addColumn('name', 'varchar(64)', (c) => c.notNull())
    .addColumn('field', 'varchar(16)', (c) => c.notNull())
    .addColumn('employer', 'varchar(200)', (c) => c.notNull())
    .addColumn('title', 'varchar(100)', (c) => c.notNull())
    .addColumn('mobile_enc', 'text')
    .addColumn('mobile_masked', 'varchar(20)')
    .addColumn('appointed_from', 'varchar(10)', (c) => c.notNull())
    .addColumn('appointed_to', 'varchar(10)')
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  // 行业协会 member providers: one row per provider.
  await withId(db, db.schema.createTable('jc_association_members'))
    .addColumn('provider_id', 'integer', (c) => c.notNull().unique().references('providers.id'))
    .addColumn('joined_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('role', 'varchar(16)', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore from a backup instead');
}
