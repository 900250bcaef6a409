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
import { hashPassword } from '../apps/server/src/platform/auth/passwords';
import { createSession } from '../apps/server/src/platform/auth/sessions';
import { nowIso } from '../apps/server/src/platform/time';

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
await app.listen({ port: 0, host: '127.0.0.1' });

const port = (s: { server: { address(): unknown } }) => (s.server.address() as { port: number }).port;
console.log(
  JSON.stringify({ bare: port(bare), app: port(app), scale, accounts, providers: providers.length, dataDir }),
);
