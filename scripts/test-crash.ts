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
import { createServer } from 'node:net';
import { join } from 'node:path';
import {
  type Engine,
  inheritedEnv,
  postgresEngine,
  present,
  seedAccounts,
  sqliteEngine,
} from './crash/engines';
import { ACCOUNTS, type Ack, load, login } from './crash/load';

const ROOT = join(import.meta.dirname, '..');
const ROUNDS = 6;
const MIN_ACKS_PER_ROUND = 20;
const SECRET = randomBytes(32).toString('hex');

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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
    const cookies = {
      admin: await login(base, ACCOUNTS.admin.username),
      samr: await login(base, ACCOUNTS.samr.username),
    };
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
