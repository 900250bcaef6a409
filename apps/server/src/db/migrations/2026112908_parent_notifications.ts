/**
 * Guardians reach their parent accounts by mobile number: a keyed look-up hash of each account's
 * mobile (the number itself stays encrypted), filled at start for accounts that predate it.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('mobile_hash', 'varchar(64)').execute();
  await db.schema.createIndex('users_mobile_hash').on('users').column('mobile_hash').execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore from a backup instead');
}
