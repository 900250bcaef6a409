/** Placeholder: filled with this capability's tables before it ships. */
import type { Kysely } from 'kysely';

export async function up(_db: Kysely<unknown>): Promise<void> {}

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore from a backup instead');
}
