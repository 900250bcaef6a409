/**
 * Child process of bench/run.ts: serves (1) a bare Fastify JSON route — the baseline — and
 * (2) the real app on a fresh SQLite database with accounts and live sessions at the named scale.
 * Prints the two ports as one JSON line, then serves until killed.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { buildApp } from '../apps/server/src/app';
import { loadConfig } from '../apps/server/src/config';
import { openDb } from '../apps/server/src/db';
import { migrateToLatest } from '../apps/server/src/db/migrate';
import type { Scale } from '../apps/server/src/demo/generate-providers';
import { loadDemoProviders } from '../apps/server/src/demo/providers';
import { drawPlanIn } from '../apps/server/src/modules/inspection-plans/draw';
import { publishPlanIn } from '../apps/server/src/modules/inspection-plans/publish';
import { hashPassword } from '../apps/server/src/platform/auth/passwords';
import { createSession } from '../apps/server/src/platform/auth/sessions';
import { nowIso, todayInBeijing } from '../apps/server/src/platform/time';
import { loadBenchRegister } from './child-health';

const ACCOUNTS = { city: 2_000, province: 20_000 } as const;
const scale = (process.env.BENCH_SCALE === 'province' ? 'province' : 'city') satisfies Scale;
const accounts = ACCOUNTS[scale];

const bare = Fastify({ logger: false });
bare.get('/json', async () => ({ status: 'ok', db: 'sqlite', version: '0.0.0' }));
await bare.listen({ port: 0, host: '127.0.0.1' });

const dataDir = mkdtempSync(join(tmpdir(), 'tuoyu-bench-'));
const config = loadConfig(
  {
    DATA_DIR: dataDir,
    TUOYU_SECRET: 'bench-secret-0123456789abcdef0123456789abcdef',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '100000000',
    LOGIN_RATE_LIMIT_PER_MINUTE: '100000000',
  },
  [],
);
const db = openDb({ dataDir, databaseUrl: undefined });
await migrateToLatest(db);
const hash = await hashPassword('Bench-Passw0rd!');
const now = nowIso();
const counties = ['150802', '150821', '150822', '150823', '150824', '150825', '150826'];
await db.db.transaction().execute(async (trx) => {
  for (let i = 0; i < accounts; i++) {
    const row = await trx
      .insertInto('users')
      .values({
        username: i === 0 ? 'bench' : `bench${i}`,
        display_name: `压测用户${i}`,
        mobile_enc: null,
        role: 'county_regulator',
        division_code: counties[i % counties.length] ?? '150802',
        unit: 'health',
        status: 'active',
        password_hash: hash,
        must_change_password: 0,
        failed_logins: 0,
        password_changed_at: now,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Other people's live sessions: the lookup must stay an index probe as they grow.
    if (i > 0) await createSession(trx, row.id, '127.0.0.1', 'bench');
  }
});
const { app, ctx } = await buildApp({ config, db, logger: false });
const providers = await db.db.transaction().execute((trx) => loadDemoProviders(ctx, trx, scale, null));
// The child-health register (issue 11), written through the raw driver on the same file.
const today = todayInBeijing();
const healthStarted = performance.now();
const health = await loadBenchRegister(db.db, join(dataDir, 'tuoyu.db'), scale, ctx.keys, today);
const healthLoadMs = Math.round(performance.now() - healthStarted);

// A drawn "双随机" plan over 临河区 (every provider a candidate), for the public draw record.
const drawId = await db.db.transaction().execute(async (trx) => {
  const inspectors: number[] = [];
  for (const unit of ['health', 'fire']) {
    const row = await trx
      .insertInto('users')
      .values({
        username: `bench-insp-${unit}`,
        display_name: `压测检查员 ${unit}`,
        mobile_enc: null,
        role: 'department_officer',
        division_code: '150802',
        unit,
        status: 'active',
        password_hash: hash,
        must_change_password: 0,
        failed_logins: 0,
        password_changed_at: now,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    inspectors.push(row.id);
  }
  const bench = await trx
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'bench')
    .executeTakeFirstOrThrow();
  const checklist = await trx
    .selectFrom('checklists')
    .select('id')
    .where('code', '=', 'general')
    .executeTakeFirstOrThrow();
  const planner = { id: bench.id, role: 'county_regulator' as const, divisionCode: '150802', unit: 'health' };
  const actor = {
    actorId: bench.id,
    actorUsername: 'bench',
    actorRole: 'county_regulator',
    requestId: null,
    ip: null,
  };
  const due = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const id = await publishPlanIn(
    trx,
    ctx.keys,
    { caller: planner, actor },
    {
      name: '压测抽查计划',
      divisionCode: '150802',
      checklistId: checklist.id,
      strata: [{ name: 'normal', rate: 0.05 }],
      perCheck: 2,
      inspectorIds: inspectors,
      dueBy: due,
    },
  );
  await drawPlanIn(trx, ctx.keys, { caller: planner, actor }, { planId: id, witnessInput: '压测见证 0001' });
  return id;
});
await app.listen({ port: 0, host: '127.0.0.1' });

const port = (s: { server: { address(): unknown } }) => (s.server.address() as { port: number }).port;
console.log(
  JSON.stringify({
    bare: port(bare),
    app: port(app),
    scale,
    accounts,
    providers: providers.length,
    dataDir,
    drawId,
    today,
    healthChildren: health.children,
    healthCheckups: health.checkups,
    healthLoadMs,
  }),
);
