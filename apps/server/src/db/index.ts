/** Opens the database: embedded SQLite by default, PostgreSQL when DATABASE_URL is set. */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';

export type Engine = 'sqlite' | 'postgres';
export type Db = Kysely<Database>;

export interface DbHandle {
  db: Db;
  engine: Engine;
  /** The PostgreSQL schema in use when not the default (tests). */
  pgSchema?: string;
  /** Online backup of the SQLite file (consistent while the server runs); SQLite only. */
  backup?(destination: string): Promise<void>;
  destroy(): Promise<void>;
}

export interface DbOptions {
  databaseUrl?: string | undefined;
  /** Folder of the SQLite file; ':memory:' for a throwaway database. */
  dataDir: string;
  /** PostgreSQL schema to use (tests use one schema per test file). */
  pgSchema?: string;
  /** An explicit SQLite file instead of DATA_DIR/tuoyu.db (opening a backup copy). */
  file?: string;
}

// PostgreSQL returns BIGINT (count(*), sums) as strings by default; our counts fit in a JS number.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
pg.types.setTypeParser(1700, (v) => Number.parseFloat(v));

/**
 * better-sqlite3 compiles SQL on every prepare(); Kysely prepares per query. Caching the compiled
 * statements by SQL text (the same few hundred shapes recur) removes most of the per-query cost.
 * Safe because better-sqlite3 is synchronous and Kysely runs one query at a time per connection.
 */
function withStatementCache(sqlite: SQLite.Database, max = 500) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(source: string) {
      let stmt = cache.get(source);
      if (!stmt) {
        stmt = sqlite.prepare(source);
        if (cache.size >= max) cache.delete(cache.keys().next().value as string);
        cache.set(source, stmt);
      }
      return stmt;
    },
  };
}

/**
 * The database holds personal data: its folder is 0700 and the file 0600, also when an earlier
 * version created them 0755/0644. SQLite creates the -wal and -shm files with the main file's mode.
 */
function privateFile(dir: string, file: string) {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
}

export function openDb(opts: DbOptions): DbHandle {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      max: 10,
      ...(opts.pgSchema ? { options: `-c search_path=${opts.pgSchema}` } : {}),
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      engine: 'postgres',
      ...(opts.pgSchema ? { pgSchema: opts.pgSchema } : {}),
      destroy: () => db.destroy(),
    };
  }
  let file = opts.file ?? ':memory:';
  if (!opts.file && opts.dataDir !== ':memory:') {
    file = join(opts.dataDir, 'tuoyu.db');
    privateFile(opts.dataDir, file);
  }
  const sqlite = new SQLite(file);
  // WAL lets readers go on while one writer commits; NORMAL sync is durable in WAL mode except
  // on power loss of the last transaction, so use FULL: an acknowledged write must survive a crash.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return {
    db,
    engine: 'sqlite',
    backup: async (destination) => {
      await sqlite.backup(destination);
    },
    destroy: () => db.destroy(),
  };
}
