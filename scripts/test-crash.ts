/**
 * `npm run test:crash`: acknowledged writes survive `kill -9`. Starts the real server (SQLite file
 * in a temp folder; also PostgreSQL, in a throwaway database, when DATABASE_URL is set), sends
 * concurrent writes of several kinds as logged-in users and anonymously, kills the server with
 * SIGKILL mid-load in several rounds, restarts it, then checks that every acknowledged write is
 * present and that `audit verify` passes. Prints `acknowledged N, lost 0, audit intact`; exits 1
 * otherwise.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTrackingCode } from '@tuoyu/domain';
import pg from 'pg';
import { openDb } from '../apps/server/src/db';
import { migrateToLatest } from '../apps/server/src/db/migrate';
import { registration } from '../apps/server/src/modules/providers/test-fixtures';
import { insertUser } from '../apps/server/src/modules/users/queries';
import { hashPassword } from '../apps/server/src/platform/auth/passwords';
import { nowIso } from '../apps/server/src/platform/time';

const ROOT = join(import.meta.dirname, '..');
const ROUNDS = 6;
const WORKERS = 6;
const MIN_ACKS_PER_ROUND = 20;
const PASSWORD = `Crash-${randomBytes(6).toString('hex')}-Tuoyu`;
const SECRET = randomBytes(32).toString('hex');

type Kind = 'user' | 'provider' | 'complaint';
interface Ack {
  kind: Kind;
  key: string;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Engine {
  name: string;
  env: Record<string, string>;
  dataDir: string;
  cleanup(): Promise<void>;
}

async function sqliteEngine(): Promise<Engine> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tuoyu-crash-'));
  return {
    name: 'SQLite',
    env: { DATA_DIR: dataDir },
    dataDir,
    cleanup: async () => rmSync(dataDir, { recursive: true }),
  };
}

/** A throwaway database next to the one DATABASE_URL names, dropped afterwards. */
async function postgresEngine(url: string): Promise<Engine> {
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

/** The accounts the load logs in with, inserted before the first start. */
async function seedAccounts(engine: Engine) {
  const db = openDb({ databaseUrl: engine.env.DATABASE_URL, dataDir: engine.dataDir });
  await migrateToLatest(db);
  const password_hash = await hashPassword(PASSWORD);
  const now = nowIso();
  const accounts = [
    { username: 'crash-admin', role: 'sysadmin', division_code: '150800', unit: null },
    { username: 'crash-samr', role: 'department_officer', division_code: '150802', unit: 'samr' },
  ] as const;
  for (const a of accounts) {
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
function inheritedEnv(): NodeJS.ProcessEnv {
  const { DATABASE_URL: _db, ...rest } = process.env;
  return rest;
}

function startServer(engine: Engine, port: number): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'apps/server/src/main.ts')], {
    cwd: ROOT,
    env: {
      ...inheritedEnv(),
      ...engine.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      TUOYU_SECRET: SECRET,
      LOG_LEVEL: 'error',
      RATE_LIMIT_PER_MINUTE: '1000000',
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
async function waitHealthy(base: string) {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error('the server did not become healthy');
}

async function login(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-requested-with': 'tuoyu' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('tuoyu_sid='));
  return cookie?.split(';')[0] ?? '';
}

let seq = 0;
/** One write of the given kind; resolves to its acknowledgement, or null when not acknowledged. */
async function write(
  base: string,
  kind: Kind,
  cookies: { admin: string; samr: string },
): Promise<Ack | null> {
  const n = ++seq;
  const post = (url: string, body: unknown, cookie?: string) =>
    fetch(`${base}${url}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-requested-with': 'tuoyu',
        ...(cookie ? { cookie } : {}),
      },
      body: JSON.stringify(body),
    });
  if (kind === 'user') {
    const username = `crash-u${n}-${randomBytes(2).toString('hex')}`;
    const res = await post(
      '/api/users',
      {
        username,
        displayName: `压测用户${n}`,
        role: 'county_regulator',
        divisionCode: '150802',
        password: PASSWORD,
      },
      cookies.admin,
    );
    return res.status === 201 ? { kind, key: username } : null;
  }
  if (kind === 'provider') {
    const res = await post(
      '/api/registrations',
      registration({ name: `临河区压测${n}号全日托托育中心` }),
      cookies.samr,
    );
    return res.status === 201
      ? { kind, key: String(((await res.json()) as { providerId: number }).providerId) }
      : null;
  }
  const res = await post('/api/public/complaints', {
    category: 'safety',
    description: `压测投诉第 ${n} 条：午睡室无人看护。`,
    anonymous: true,
    providerName: '临河区某托育机构',
  });
  return res.status === 201
    ? { kind, key: ((await res.json()) as { trackingCode: string }).trackingCode }
    : null;
}

/** Writes until the server dies; collects what it acknowledged. */
async function load(
  base: string,
  cookies: { admin: string; samr: string },
  acks: Ack[],
  stop: { dead: boolean },
) {
  const kinds: Kind[] = ['user', 'provider', 'complaint'];
  const worker = async (w: number) => {
    for (let i = w; !stop.dead; i++) {
      try {
        const ack = await write(base, kinds[i % kinds.length] as Kind, cookies);
        if (ack) acks.push(ack);
      } catch {
        // The connection died with the server: that write was never acknowledged.
        if (stop.dead) return;
      }
    }
  };
  await Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));
}

async function present(engine: Engine, acks: Ack[]): Promise<number> {
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

async function runEngine(
  engine: Engine,
): Promise<{ acknowledged: number; lost: number; auditIntact: boolean }> {
  await seedAccounts(engine);
  const acks: Ack[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const server = startServer(engine, port);
    const exited = new Promise((r) => server.once('exit', r));
    await waitHealthy(base);
    const cookies = { admin: await login(base, 'crash-admin'), samr: await login(base, 'crash-samr') };
    const stop = { dead: false };
    const before = acks.length;
    const loading = load(base, cookies, acks, stop);
    // Kill mid-load: once the round has some acknowledged writes, at a different moment each round.
    for (let waited = 0; acks.length - before < MIN_ACKS_PER_ROUND && waited < 20_000; waited += 50)
      await sleep(50);
    await sleep((round * 137) % 400);
    server.kill('SIGKILL');
    stop.dead = true;
    await exited;
    await loading;
    console.log(
      `${engine.name} round ${round}: killed with SIGKILL after ${acks.length - before} acknowledged writes`,
    );
  }
  // Restart once more: the data must be there for the server, and the audit chain must verify.
  const port = await freePort();
  const server = startServer(engine, port);
  await waitHealthy(`http://127.0.0.1:${port}`);
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  const found = await present(engine, acks);
  const verify = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'apps/server/src/cli.ts'), 'audit', 'verify'],
    {
      cwd: ROOT,
      env: { ...inheritedEnv(), ...engine.env, TUOYU_SECRET: SECRET, LOG_LEVEL: 'error' },
      encoding: 'utf8',
    },
  );
  process.stdout.write(verify.stdout);
  process.stderr.write(verify.stderr);
  return { acknowledged: acks.length, lost: acks.length - found, auditIntact: verify.status === 0 };
}

async function main() {
  const engines = [await sqliteEngine()];
  const url = process.env.DATABASE_URL;
  if (url?.startsWith('postgres')) engines.push(await postgresEngine(url));
  let ok = true;
  let total = 0;
  for (const engine of engines) {
    try {
      const r = await runEngine(engine);
      total += r.acknowledged;
      const line = `acknowledged ${r.acknowledged}, lost ${r.lost}, audit ${r.auditIntact ? 'intact' : 'BROKEN'}`;
      console.log(`${engine.name}: ${line}`);
      if (r.lost !== 0 || !r.auditIntact || r.acknowledged === 0) ok = false;
    } finally {
      await engine.cleanup();
    }
  }
  if (!ok) {
    console.error('test:crash FAILED');
    process.exit(1);
  }
  console.log(`acknowledged ${total}, lost 0, audit intact`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
