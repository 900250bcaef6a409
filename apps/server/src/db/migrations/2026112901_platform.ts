/** Platform tables: reference data, accounts, sessions, the hash-chained audit trail. */
import { type Kysely, sql } from 'kysely';
import { isPostgres, withId } from './helpers';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('divisions')
    .addColumn('code', 'varchar(12)', (c) => c.primaryKey())
    .addColumn('name', 'varchar(64)', (c) => c.notNull())
    .addColumn('level', 'varchar(16)', (c) => c.notNull())
    .addColumn('parent_code', 'varchar(12)', (c) => c.references('divisions.code'))
    .addColumn('kind', 'varchar(32)')
    .addColumn('statistical_only', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('seat', 'varchar(64)')
    .addColumn('area_km2', 'real')
    .execute();
  await db.schema.createIndex('divisions_parent').on('divisions').column('parent_code').execute();

  await db.schema
    .createTable('populations')
    .addColumn('division_code', 'varchar(12)', (c) => c.notNull().references('divisions.code'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('residents', 'integer', (c) => c.notNull())
    .addColumn('source', 'varchar(200)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('populations_pk', ['division_code', 'year'])
    .execute();

  await db.schema
    .createTable('units')
    .addColumn('code', 'varchar(32)', (c) => c.primaryKey())
    .addColumn('name', 'varchar(128)', (c) => c.notNull())
    .addColumn('short_name', 'varchar(64)', (c) => c.notNull())
    .addColumn('local_name', 'varchar(64)', (c) => c.notNull())
    .addColumn('role', 'varchar(16)', (c) => c.notNull())
    .addColumn('duties_clause', 'varchar(16)')
    .addColumn('duties', 'text')
    .addColumn('sort', 'integer', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('users'))
    .addColumn('username', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('display_name', 'varchar(64)', (c) => c.notNull())
    .addColumn('mobile_enc', 'text')
    .addColumn('role', 'varchar(32)', (c) => c.notNull())
    .addColumn('division_code', 'varchar(12)', (c) => c.notNull().references('divisions.code'))
    .addColumn('unit', 'varchar(32)', (c) => c.references('units.code'))
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failed_window_start', 'varchar(32)')
    .addColumn('locked_until', 'varchar(32)')
    .addColumn('last_login_at', 'varchar(32)')
    .addColumn('password_changed_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('users_division').on('users').columns(['division_code', 'id']).execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('last_seen_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('ip', 'varchar(64)')
    .addColumn('user_agent', 'varchar(256)')
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
  await db.schema.createIndex('sessions_expires').on('sessions').column('expires_at').execute();

  await withId(db, db.schema.createTable('audit_log'))
    .addColumn('seq', 'integer', (c) => c.notNull().unique())
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    .addColumn('actor_id', 'integer')
    .addColumn('actor_username', 'varchar(64)')
    .addColumn('actor_role', 'varchar(32)')
    .addColumn('action', 'varchar(64)', (c) => c.notNull())
    .addColumn('entity_type', 'varchar(64)', (c) => c.notNull())
    .addColumn('entity_id', 'varchar(64)')
    .addColumn('division_code', 'varchar(12)')
    .addColumn('changes', 'text')
    .addColumn('request_id', 'varchar(64)')
    .addColumn('ip', 'varchar(64)')
    .addColumn('prev_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('hash', 'varchar(64)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_at').on('audit_log').column('at').execute();
  await db.schema.createIndex('audit_entity').on('audit_log').columns(['entity_type', 'entity_id']).execute();
  await db.schema.createIndex('audit_actor').on('audit_log').columns(['actor_username', 'at']).execute();
  await db.schema.createIndex('audit_action').on('audit_log').columns(['action', 'at']).execute();

  // One row holding the chain's tip: writers lock it, so entries get gap-free sequence numbers
  // even when transactions run concurrently (PostgreSQL), and removing the newest entries shows.
  await db.schema
    .createTable('audit_head')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('hash', 'varchar(64)', (c) => c.notNull())
    .execute();
  await sql`insert into audit_head (id, seq, hash) values (1, 0, ${'0'.repeat(64)})`.execute(db);

  await db.schema
    .createTable('meta')
    .addColumn('key', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  // The audit trail is append-only: the database itself refuses UPDATE and DELETE on it, so only
  // someone who first drops the trigger (a DBA, visible in the DB's own logs) can alter it — and
  // then `cli audit verify` finds the break.
  if (isPostgres(db)) {
    await sql`create function audit_log_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit_log is append-only'; end $$`.execute(db);
    await sql`create trigger audit_log_no_change before update or delete on audit_log
      for each row execute function audit_log_append_only()`.execute(db);
  } else {
    await sql`create trigger audit_log_no_update before update on audit_log
      begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
    await sql`create trigger audit_log_no_delete before delete on audit_log
      begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
  }
}

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore from a backup instead');
}
