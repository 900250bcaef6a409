/**
 * `npm run test:multi`: several app servers behind one load balancer (issue 9, item 7).
 * PostgreSQL (scripts/start-postgres.sh, a database of its own) + Redis + two app servers with the
 * same DATABASE_URL, REDIS_URL, secret and TRUST_PROXY=1 + nginx round-robin (ops/nginx-multi.conf.template).
 * Checks, through nginx: login; 100 requests with one session alternate between the servers; a file
 * uploaded through one downloads byte-identical through the other; a scheduled job fired by both
 * servers runs once per slot; the rate limit holds across both. Prints the figures; exit 1 on any
 * failure. Every child is stopped and the database dropped at the end.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const root = join(import.meta.dirname, '..');
const tmp = mkdtempSync(join(tmpdir(), 'tuoyu-multi-'));
const children: { name: string; proc: ChildProcess; log: string[] }[] = [];
const failures: string[] = [];
const RATE_LIMIT = 300;
const JOB = 'complaint-escalation';
const randomSecret = randomBytes(32).toString('hex');

const check = (ok: boolean, what: string) => {
  console.log(`${ok ? '✓' : '✗'} ${what}`);
  if (!ok) failures.push(what);
};

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function start(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const proc = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'pipe' });
  const log: string[] = [];
  const keep = (chunk: Buffer) => log.push(...String(chunk).split('\n').filter(Boolean));
  proc.stdout?.on('data', keep);
  proc.stderr?.on('data', keep);
  children.push({ name, proc, log });
  return log;
}

async function waitFor(what: string, ok: () => Promise<boolean>, seconds: number) {
  for (let i = 0; i < seconds * 4; i++) {
    if (await ok().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  // PostgreSQL: the shared throwaway cluster, a database of our own.
  const baseUrl = execFileSync('bash', [join(root, 'scripts/start-postgres.sh')], {
    encoding: 'utf8',
  }).trim();
  const dbName = `tuoyu_multi_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  const databaseUrl = baseUrl.replace(/\/[^/]*$/, `/${dbName}`);
  try {
    await run(databaseUrl);
  } finally {
    await stopAll();
    await admin.query(`drop database if exists ${dbName} with (force)`).catch(() => {});
    await admin.end();
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function stopAll() {
  await Promise.all(
    children.map(
      ({ proc }) =>
        new Promise<void>((resolve) => {
          if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
          const force = setTimeout(() => proc.kill('SIGKILL'), 10_000);
          proc.once('exit', () => {
            clearTimeout(force);
            resolve();
          });
          proc.kill('SIGTERM');
        }),
    ),
  );
}

async function run(databaseUrl: string) {
  const [redisPort, portA, portB, port] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
  start('redis', 'redis-server', [
    '--port',
    String(redisPort),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--daemonize',
    'no',
  ]);

  const env = (instance: string, serverPort: number): NodeJS.ProcessEnv => ({
    DATABASE_URL: databaseUrl,
    REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    TUOYU_SECRET: randomSecret,
    TRUST_PROXY: '1',
    PORT: String(serverPort),
    DATA_DIR: join(tmp, `data-${instance}`),
    INSTANCE_NAME: instance,
    RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    // The escalation job every minute, so a tick of the schedule happens during the test.
    JOB_SCHEDULES: `${JOB}=* * * * *`,
    LOG_LEVEL: 'info',
  });
  const server = (instance: string, serverPort: number) =>
    start(
      `server ${instance}`,
      process.execPath,
      ['--import', 'tsx', 'apps/server/src/main.ts', '--demo'],
      env(instance, serverPort),
    );
  const healthy = (p: number) => async () => (await fetch(`http://127.0.0.1:${p}/api/health`)).ok;

  // A migrates and loads the demo data first; B then finds it present (the same seeding as `npm run demo`).
  const t0 = Date.now();
  const logA = server('a', portA);
  await waitFor('server a', healthy(portA), 240);
  const logB = server('b', portB);
  await waitFor('server b', healthy(portB), 120);
  console.log(
    `two app servers up in ${((Date.now() - t0) / 1000).toFixed(1)} s (demo data loaded on PostgreSQL)`,
  );
  // The slot both servers' start-up catch-ups fired at the latest; a later one comes from the schedule.
  const upSlot = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

  const conf = readFileSync(join(root, 'ops/nginx-multi.conf.template'), 'utf8')
    .replaceAll('{{TMP}}', tmp)
    .replaceAll('{{PORT_A}}', String(portA))
    .replaceAll('{{PORT_B}}', String(portB))
    .replaceAll('{{PORT}}', String(port));
  writeFileSync(join(tmp, 'nginx.conf'), conf);
  start('nginx', 'nginx', ['-p', tmp, '-c', join(tmp, 'nginx.conf'), '-g', 'daemon off;']);
  const lb = `http://127.0.0.1:${port}`;
  await waitFor('nginx', healthy(port), 20);

  // Each check speaks as its own client address (X-Forwarded-For, trusted), so its rate-limit bucket is its own.
  const as = (client: string, extra: Record<string, string> = {}) => ({
    'x-forwarded-for': client,
    'x-requested-with': 'tuoyu',
    ...extra,
  });

  // 1. Log in through nginx.
  const login = await fetch(`${lb}/api/auth/login`, {
    method: 'POST',
    headers: as('198.51.100.1', { 'content-type': 'application/json' }),
    body: JSON.stringify({ username: 'provider', password: 'Tuoyu@2025' }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  check(login.status === 200 && cookie.startsWith('tuoyu_sid='), `log in through nginx (${login.status})`);

  // 2. 100 requests with that one session alternate between the servers.
  const instances: string[] = [];
  let ok200 = 0;
  for (let i = 0; i < 100; i++) {
    const r = await fetch(`${lb}/api/auth/me`, { headers: as('198.51.100.1', { cookie }) });
    if (r.status === 200) ok200++;
    instances.push(r.headers.get('x-instance') ?? '?');
  }
  const alternations = instances.slice(1).filter((x, i) => x !== instances[i]).length;
  const perServer = (n: string) => instances.filter((x) => x === n).length;
  console.log(
    `  100 requests: ${ok200} × 200, server a ${perServer('a')}, server b ${perServer('b')}, ${alternations}/99 switches`,
  );
  check(
    ok200 === 100 && perServer('a') === 50 && perServer('b') === 50 && alternations === 99,
    'one session served by both servers, alternating',
  );

  // 3. Upload through one server, download through the other.
  const body = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    randomBytes(1024 * 1024),
  ]);
  const form = new FormData();
  form.append('file', new Blob([body]), 'multi.png');
  const up = await fetch(`${lb}/api/files`, {
    method: 'POST',
    headers: as('198.51.100.1', { cookie }),
    body: form,
  });
  const uploadedBy = up.headers.get('x-instance');
  const { id } = (await up.json()) as { id: number };
  let down = await fetch(`${lb}/api/files/${id}`, { headers: as('198.51.100.1', { cookie }) });
  if (down.headers.get('x-instance') === uploadedBy)
    down = await fetch(`${lb}/api/files/${id}`, { headers: as('198.51.100.1', { cookie }) });
  const downloadedBy = down.headers.get('x-instance');
  const back = Buffer.from(await down.arrayBuffer());
  console.log(
    `  upload ${up.status} through ${uploadedBy} (${body.length} bytes), download ${down.status} through ${downloadedBy} (${back.length} bytes)`,
  );
  check(
    up.status === 201 && down.status === 200 && uploadedBy !== downloadedBy && back.equals(body),
    'a file uploaded through one server downloads byte-identical through the other',
  );

  // 4. The shared rate limit: one client address, 2 × the limit requests spread over both servers.
  const passed: Record<string, number> = { a: 0, b: 0 };
  let limited = 0;
  for (let i = 0; i < 2 * RATE_LIMIT; i++) {
    const r = await fetch(`${lb}/api/units`, { headers: as('198.51.100.77') });
    if (r.status === 429) limited++;
    else {
      const n = r.headers.get('x-instance') ?? '?';
      passed[n] = (passed[n] ?? 0) + 1;
    }
  }
  const allowed = Object.values(passed).reduce((s, n) => s + n, 0);
  console.log(
    `  rate limit ${RATE_LIMIT}/min: allowed ${allowed} (a ${passed.a}, b ${passed.b}), refused ${limited} of ${2 * RATE_LIMIT}`,
  );
  check(
    allowed === RATE_LIMIT && (passed.a ?? 0) > 0 && (passed.b ?? 0) > 0,
    'the rate limit holds across both servers (allowed in total = the limit)',
  );

  // 5. The scheduled job, every minute on both servers. Each server's start-up catch-up and each
  // pg-boss tick fire a slot; a slot fired twice (catch-up on one, the tick on the other) must run once.
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const runs = async () =>
    (
      await db.query<{ slot: string; instance: string; outcome: string }>(
        'select slot, instance, outcome from job_runs where job = $1 order by slot',
        [JOB],
      )
    ).rows;
  const jobLogs = () =>
    [...logA, ...logB]
      .map((l) => {
        try {
          return JSON.parse(l) as { job?: string; slot?: string; outcome?: string; msg?: string };
        } catch {
          return {};
        }
      })
      .filter((l) => l.job === JOB);
  await waitFor(
    'a slot fired by both servers and a tick of the schedule',
    async () => (await runs()).some((r) => r.slot > upSlot) && jobLogs().some((l) => l.outcome === 'skipped'),
    180,
  );
  await sleep(2000);
  const rows = await runs();
  const ran = jobLogs().filter((l) => l.msg === 'job run');
  const skipped = jobLogs().filter((l) => l.outcome === 'skipped');
  const slots = [...new Set(rows.map((r) => r.slot))];
  for (const slot of slots) {
    const by = rows.filter((r) => r.slot === slot).map((r) => r.instance);
    console.log(
      `  ${JOB} slot ${slot}: ${by.length} job_runs row (server ${by.join(', ')}), handler ran ${ran.filter((l) => l.slot === slot).length}×, claim refused ${skipped.filter((l) => l.slot === slot).length}×`,
    );
  }
  check(
    slots.length >= 2 &&
      slots.every((s) => ran.filter((l) => l.slot === s).length === 1) &&
      rows.length === slots.length &&
      rows.every((r) => r.outcome === 'ok'),
    'each slot of the scheduled job ran exactly once across both servers',
  );
  check(skipped.length >= 1, 'the second server found a slot already claimed (both schedulers fired it)');
  await db.end();
}

main()
  .catch((err: unknown) => {
    failures.push(String(err));
    console.error(err);
    for (const { name, log } of children)
      console.error(`--- ${name} (last lines)\n${log.slice(-15).join('\n')}`);
  })
  .finally(() => {
    console.log(
      failures.length === 0 ? 'test:multi passed' : `test:multi FAILED: ${failures.length} check(s)`,
    );
    process.exit(failures.length === 0 ? 0 : 1);
  });
