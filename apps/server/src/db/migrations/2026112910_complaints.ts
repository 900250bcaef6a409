/**
 * Complaints and reports (投诉举报; SPEC C6, plan (四)4) and parent committees (家长委员会).
 *
 * A complaint is routed to a county (`division_code`, 6 digits) or, when the provider is unknown,
 * to the city (150800) for triage; `township_code` is set when it is handed to a township.
 * The complainant's mobile is kept encrypted (PIPL), and not at all for an anonymous complaint.
 * Due dates are frozen at receipt (the city parameters and holiday table of that day), so a later
 * change of a parameter does not move an open case's deadline.
 * `complaint_events` is the case's timeline (received, acknowledged, assigned, internal notes,
 * answered, escalated); the audit trail records the same changes with their actors.
 */
import type { Kysely } from 'kysely';
import { withId } from './helpers';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('parent_committees'))
    .addColumn('provider_id', 'integer', (c) => c.notNull().unique().references('providers.id'))
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('committee_members'))
    .addColumn('committee_id', 'integer', (c) => c.notNull().references('parent_committees.id'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('added_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('added_at', 'varchar(32)', (c) => c.notNull())
    // Removed members stay for the record of who filed on the committee's behalf.
    .addColumn('removed_at', 'varchar(32)')
    .execute();
  await db.schema
    .createIndex('committee_members_user')
    .on('committee_members')
    .columns(['user_id', 'committee_id'])
    .execute();

  await withId(db, db.schema.createTable('complaints'))
    // 12 symbols, no dashes (domain/complaints.ts); unique and from the CSPRNG.
    .addColumn('tracking_code', 'varchar(16)', (c) => c.notNull().unique())
    .addColumn('provider_id', 'integer', (c) => c.references('providers.id'))
    // As the complainant typed it, when no provider could be matched.
    .addColumn('provider_name', 'varchar(100)')
    .addColumn('division_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('township_code', 'varchar(12)')
    .addColumn('assigned_user_id', 'integer', (c) => c.references('users.id'))
    // safety | abuse | health | food | fees | unlicensed | service | other
    .addColumn('category', 'varchar(16)', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('anonymous', 'integer', (c) => c.notNull())
    .addColumn('contact_enc', 'text')
    // The parent account that filed it (not kept for anonymous complaints).
    .addColumn('filed_by_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('committee_id', 'integer', (c) => c.references('parent_committees.id'))
    // received | acknowledged | assigned | answered
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    // substantiated | partly | unsubstantiated
    .addColumn('outcome', 'varchar(16)')
    .addColumn('reply', 'text')
    .addColumn('received_at', 'varchar(32)', (c) => c.notNull())
    // Beijing dates: the day of receipt and the frozen due dates.
    .addColumn('received_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('acknowledge_by', 'varchar(10)', (c) => c.notNull())
    .addColumn('answer_by', 'varchar(10)', (c) => c.notNull())
    .addColumn('acknowledged_at', 'varchar(32)')
    .addColumn('answered_at', 'varchar(32)')
    .addColumn('answered_by', 'integer', (c) => c.references('users.id'))
    .addColumn('escalated_at', 'varchar(32)')
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('complaints_division')
    .on('complaints')
    .columns(['division_code', 'received_at'])
    .execute();
  await db.schema.createIndex('complaints_township').on('complaints').column('township_code').execute();
  await db.schema.createIndex('complaints_provider').on('complaints').column('provider_id').execute();
  await db.schema.createIndex('complaints_filed_by').on('complaints').column('filed_by_user_id').execute();

  await withId(db, db.schema.createTable('complaint_events'))
    .addColumn('complaint_id', 'integer', (c) => c.notNull().references('complaints.id'))
    // received | acknowledged | assigned | note | answered | escalated
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('actor_id', 'integer', (c) => c.references('users.id'))
    .addColumn('text', 'text')
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('complaint_events_complaint')
    .on('complaint_events')
    .columns(['complaint_id', 'id'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore from a backup instead');
}
