/**
 * The databases test:crash runs against (a SQLite file; a throwaway PostgreSQL database when
 * DATABASE_URL is set), what is put in them before the first start, and what is found after.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTrackingCode } from '@tuoyu/domain';
import pg from 'pg';
import { openDb } from '../../apps/server/src/db';
import { migrateToLatest } from '../../apps/server/src/db/migrate';
import { insertUser } from '../../apps/server/src/modules/users/queries';
import { hashPassword } from '../../apps/server/src/platform/auth/passwords';
import { nowIso } from '../../apps/server/src/platform/time';
import { ACCOUNTS, type Ack, type Kind, PASSWORD } from './load';

export interface Engine {
  name: string;
  env: Record<string, string>;
  dataDir: string;
  cleanup(): Promise<void>;
}

export async function sqliteEngine(): Promise<Engine> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tuoyu-crash-'));
  return {
    name: 'SQLite',
    env: { DATA_DIR: dataDir },
    dataDir,
    cleanup: async () => rmSync(dataDir, { recursive: true }),
  };
}

/** A throwaway database next to the one DATABASE_URL names, dropped afterwards. */
export async function postgresEngine(url: string): Promise<Engine> {
  const name = `tuoyu_crash_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'tuoyu-crash-pg-'));
  return {
    name: 'PostgreSQL',
    env: { DATA_DIR: dataDir, DATABASE_URL: u.toString() },
    dataDir,
    cleanup: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
      rmSync(dataDir, { recursive: true });
    },
  };
}

/** The load's accounts (ACCOUNTS), inserted before the first start. */
export async function seedAccounts(engine: Engine) {
  const db = openDb({ databaseUrl: engine.env.DATABASE_URL, dataDir: engine.dataDir });
  await migrateToLatest(db);
  const password_hash = await hashPassword(PASSWORD);
  const now = nowIso();
  for (const a of Object.values(ACCOUNTS)) {
    await insertUser(db.db, {
      ...a,
      display_name: a.username,
      mobile_enc: null,
      mobile_hash: null,
      status: 'active',
      password_hash,
      must_change_password: 0,
      failed_logins: 0,
      password_changed_at: now,
      created_at: now,
      updated_at: now,
    });
  }
  await db.destroy();
}

/** The caller's environment without the database: each engine names its own. */
export function inheritedEnv(): NodeJS.ProcessEnv {
  const { DATABASE_URL: _db, ...rest } = process.env;
  return rest;
}

/** How many of the acknowledged writes the database holds. */
export async function present(engine: Engine, acks: Ack[]): Promise<number> {
  const db = openDb({ databaseUrl: engine.env.DATABASE_URL, dataDir: engine.dataDir });
  const keys = (kind: Kind) => acks.filter((a) => a.kind === kind).map((a) => a.key);
  let found = 0;
  const chunks = <T>(xs: T[]) =>
    Array.from({ length: Math.ceil(xs.length / 500) }, (_, i) => xs.slice(i * 500, i * 500 + 500));
  for (const part of chunks(keys('user'))) {
    found += (await db.db.selectFrom('users').select('id').where('username', 'in', part).execute()).length;
  }
  for (const part of chunks(keys('provider').map(Number))) {
    found += (await db.db.selectFrom('providers').select('id').where('id', 'in', part).execute()).length;
  }
  // The answer carries the formatted code (TS-XXXX-…); the table holds the bare one.
  const codes = keys('complaint').map((k) => {
    const parsed = parseTrackingCode(k);
    return parsed.ok ? parsed.code : k;
  });
  for (const part of chunks(codes)) {
    found += (await db.db.selectFrom('complaints').select('id').where('tracking_code', 'in', part).execute())
      .length;
  }
  await db.destroy();
  return found;
}
