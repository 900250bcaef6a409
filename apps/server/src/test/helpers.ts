/**
 * Integration test harness: a real app on a fresh, migrated database per test file — an
 * in-memory SQLite database, or its own PostgreSQL schema when DATABASE_URL is set
 * (`npm run test:pg`). Requests go through app.inject, the same path as real HTTP.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '@tuoyu/contracts';
import type { FastifyInstance, InjectOptions } from 'fastify';
import pg from 'pg';
import { buildApp } from '../app';
import { type Config, loadConfig } from '../config';
import { type DbHandle, openDb } from '../db';
import { migrateToLatest } from '../db/migrate';
import { insertUser } from '../modules/users/queries';
import { hashPassword } from '../platform/auth/passwords';
import type { AppContext } from '../platform/context';
import { encryptField, lookupHash } from '../platform/crypto';
import { nowIso } from '../platform/time';

export const TEST_PASSWORD = 'Test-Passw0rd!';
export const TEST_SECRET = 'test-secret-0123456789abcdef0123456789abcdef';

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  config: Config;
  db: DbHandle;
  /** PostgreSQL schema of this test file, when on PostgreSQL. */
  pgSchema?: string;
  close(): Promise<void>;
}

export const onPostgres = () => !!process.env.DATABASE_URL;

/** Opens a fresh migrated database: SQLite file in a temp folder, or a new PostgreSQL schema. */
export async function freshDb(env: Record<string, string> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'tuoyu-test-'));
  const databaseUrl = process.env.DATABASE_URL;
  let pgSchema: string | undefined;
  if (databaseUrl) {
    pgSchema = `t_${randomBytes(6).toString('hex')}`;
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`create schema ${pgSchema}`);
    await client.end();
  }
  const config = loadConfig(
    {
      DATA_DIR: dataDir,
      TUOYU_SECRET: TEST_SECRET,
      LOG_LEVEL: 'silent',
      // Tests log in many times from one address; the limit itself has its own test.
      LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
      RATE_LIMIT_PER_MINUTE: '100000',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      ...env,
    },
    [],
  );
  const db = openDb({ databaseUrl, dataDir, ...(pgSchema ? { pgSchema } : {}) });
  await migrateToLatest(db);
  return { config, db, pgSchema, dataDir };
}

async function dropSchema(schema: string) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query(`drop schema ${schema} cascade`);
  await client.end();
}

export async function buildTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const { config, db, pgSchema } = await freshDb(env);
  const { app, ctx } = await buildApp({ config, db, logger: false });
  await app.ready();
  return {
    app,
    ctx,
    config,
    db,
    ...(pgSchema ? { pgSchema } : {}),
    close: async () => {
      await app.close();
      await db.destroy();
      if (pgSchema) await dropSchema(pgSchema);
    },
  };
}

let cachedHash: Promise<string> | undefined;

export interface UserOverrides {
  username?: string;
  displayName?: string;
  role?: Role;
  divisionCode?: string;
  unit?: string | null;
  mobile?: string | null;
  password?: string;
  mustChangePassword?: boolean;
  status?: 'active' | 'disabled';
}

let seq = 0;
/** Factory: an account with sensible defaults for its role; every field can be overridden. */
export async function createUser(ctx: AppContext, o: UserOverrides = {}) {
  seq++;
  const role = o.role ?? 'county_regulator';
  const divisionCode =
    o.divisionCode ??
    (role === 'county_regulator' ? '150802' : role === 'township_officer' ? '150802004' : '150800');
  if (!cachedHash) cachedHash = hashPassword(TEST_PASSWORD);
  const password_hash = o.password ? await hashPassword(o.password) : await cachedHash;
  const now = nowIso();
  const username = o.username ?? `user${seq}-${randomBytes(3).toString('hex')}`;
  const id = await insertUser(ctx.db, {
    username,
    display_name: o.displayName ?? `测试用户${seq}`,
    mobile_enc: o.mobile ? encryptField(ctx.keys, o.mobile) : null,
    mobile_hash: o.mobile ? lookupHash(ctx.keys, o.mobile) : null,
    role,
    division_code: divisionCode,
    unit: o.unit === undefined ? (role.endsWith('regulator') ? 'health' : null) : o.unit,
    status: o.status ?? 'active',
    password_hash,
    must_change_password: o.mustChangePassword ? 1 : 0,
    failed_logins: 0,
    password_changed_at: now,
    created_at: now,
    updated_at: now,
  });
  return { id, username, password: o.password ?? TEST_PASSWORD, role, divisionCode };
}

/** Browser-like request: JSON, the CSRF header on writes, the session cookie when given. */
export function call(
  app: FastifyInstance,
  method: InjectOptions['method'],
  url: string,
  opts: {
    cookie?: string;
    body?: unknown;
    headers?: Record<string, string>;
    /** The client's address (req.ip); light-my-request's default is 127.0.0.1. */
    ip?: string;
  } = {},
) {
  return app.inject({
    method,
    url,
    ...(opts.ip ? { remoteAddress: opts.ip } : {}),
    headers: {
      ...(method !== 'GET' ? { 'x-requested-with': 'tuoyu' } : {}),
      ...(opts.cookie ? { cookie: opts.cookie } : {}),
      ...opts.headers,
    },
    ...(opts.body !== undefined ? { payload: opts.body as object } : {}),
  });
}

/** Logs in through the API and returns the cookie header to send with later calls. */
export async function loginAs(
  app: FastifyInstance,
  username: string,
  password = TEST_PASSWORD,
): Promise<string> {
  const res = await call(app, 'POST', '/api/auth/login', { body: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'tuoyu_sid');
  if (!cookie) throw new Error('no session cookie');
  return `tuoyu_sid=${cookie.value}`;
}

/** Creates an account and logs it in. */
export async function userSession(t: TestApp, o: UserOverrides = {}) {
  const user = await createUser(t.ctx, o);
  const cookie = await loginAs(t.app, user.username, user.password);
  return { ...user, cookie };
}

export async function auditCount(ctx: AppContext) {
  const r = await ctx.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
