/**
 * Fast paths for the public side (ARCHITECTURE: every request-path query indexed; aggregates kept
 * up to date on write, never recomputed by a scan per request):
 * - keyword search: SQLite FTS5 with the trigram tokenizer / PostgreSQL pg_trgm GIN index;
 * - the places indicator: one summary row per county, refreshed when a listing changes;
 * - the directory's default order (public, division, id) served straight from an index.
 */
import { type Kysely, sql } from 'kysely';
import { isPostgres } from './helpers';

export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    // In `public`, whatever the search path: one extension serves every schema of the database.
    await sql`create extension if not exists pg_trgm with schema public`.execute(db);
    await sql`create index providers_search_trgm on providers using gin ((name || ' ' || address) public.gin_trgm_ops)`.execute(
      db,
    );
  } else {
    await sql`create virtual table providers_fts using fts5(name, address, content='providers', content_rowid='id', tokenize='trigram')`.execute(
      db,
    );
    await sql`create trigger providers_fts_insert after insert on providers begin
      insert into providers_fts(rowid, name, address) values (new.id, new.name, new.address); end`.execute(
      db,
    );
    await sql`create trigger providers_fts_delete after delete on providers begin
      insert into providers_fts(providers_fts, rowid, name, address) values ('delete', old.id, old.name, old.address); end`.execute(
      db,
    );
    await sql`create trigger providers_fts_update after update of name, address on providers begin
      insert into providers_fts(providers_fts, rowid, name, address) values ('delete', old.id, old.name, old.address);
      insert into providers_fts(rowid, name, address) values (new.id, new.name, new.address); end`.execute(
      db,
    );
    await sql`insert into providers_fts(providers_fts) values ('rebuild')`.execute(db);
  }

  await db.schema
    .createTable('places_summary')
    .addColumn('division_code', 'varchar(12)', (c) => c.primaryKey())
    .addColumn('places', 'integer', (c) => c.notNull())
    .addColumn('inclusive_places', 'integer', (c) => c.notNull())
    .addColumn('family_places', 'integer', (c) => c.notNull())
    .addColumn('hourly_providers', 'integer', (c) => c.notNull())
    .addColumn('providers', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await db.schema
    .createIndex('providers_public_order')
    .on('providers')
    .columns(['public', 'division_code', 'id'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore from a backup instead');
}
