/**
 * Failed password checks (issue 9 item 4), one row per failure, shared by every app server
 * through the database so throttling and account locks hold behind a load balancer. Rows older
 * than the counting window are pruned as new failures arrive, so the table stays small.
 */
import type { Kysely } from 'kysely';
import { withId } from './helpers';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('login_failures'))
    // The username as typed, normalised (NFKC, trimmed, lower case), whether or not it exists.
    .addColumn('username', 'varchar(64)', (c) => c.notNull())
    .addColumn('ip', 'varchar(64)', (c) => c.notNull())
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('login_failures_username')
    .on('login_failures')
    .columns(['username', 'at'])
    .execute();
  await db.schema.createIndex('login_failures_ip').on('login_failures').columns(['ip', 'at']).execute();
  await db.schema.createIndex('login_failures_at').on('login_failures').column('at').execute();
}

export async function down(): Promise<void> {
  throw new Error('append-only migrations: no down');
}
