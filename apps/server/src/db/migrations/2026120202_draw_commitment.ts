/**
 * Commit, witness, reveal (issue 9 item 3): a plan is published with the SHA-256 commitment of a
 * secret server seed (kept encrypted here); the draw mixes in the witness' input; the secret,
 * the draw seed and the selection become public at the reveal. The old `seed` column now holds
 * the draw seed, '' until the draw.
 *
 * Plans published before this migration had their seed public from publication: they carry no
 * commitment and are marked revealed ('legacy'), since nothing about them is secret any more.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('inspection_plans')
    // AES-GCM ciphertext of the lowercase hex server seed (platform/crypto encryptField).
    .addColumn('server_seed_enc', 'text')
    .execute();
  // Lowercase hex SHA-256 of the server seed; null only for legacy plans.
  await db.schema.alterTable('inspection_plans').addColumn('seed_commitment', 'varchar(64)').execute();
  await db.schema.alterTable('inspection_plans').addColumn('witness_input', 'varchar(200)').execute();
  await db.schema.alterTable('inspection_plans').addColumn('witness_name', 'varchar(100)').execute();
  await db.schema.alterTable('inspection_plans').addColumn('revealed_at', 'varchar(32)').execute();
  // null when the platform revealed it (all results in, or the due date passed).
  await db.schema.alterTable('inspection_plans').addColumn('revealed_by', 'integer').execute();
  // results | due | regulator | legacy
  await db.schema.alterTable('inspection_plans').addColumn('reveal_reason', 'varchar(16)').execute();
  await sql`update inspection_plans
    set revealed_at = coalesce(drawn_at, published_at), reveal_reason = 'legacy'
    where seed_commitment is null`.execute(db);
  // The daily reveal job looks for drawn, unrevealed plans past their due date.
  await db.schema
    .createIndex('inspection_plans_unrevealed')
    .on('inspection_plans')
    .columns(['revealed_at', 'due_by'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore from a backup instead');
}
