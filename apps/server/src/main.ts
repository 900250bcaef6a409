/** Start: config → database → migrations → (demo data) → app.listen; graceful shutdown on signals. */
import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { openDb } from './db';
import { migrateToLatest } from './db/migrate';
import { seedDemo } from './demo/seed';
import { importDiskFiles } from './modules/files/content';
import { backfillMobileHashes } from './modules/users/service';
import { purgeExpiredSessions } from './platform/auth/sessions';
import { startJobs } from './platform/jobs';
import { JOBS } from './scheduled-jobs';

async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78);
    }
    throw err;
  }
  const db = openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(db);
  const { app, ctx } = await buildApp({ config, db });
  await backfillMobileHashes(ctx);
  const files = await importDiskFiles(ctx);
  if (files.imported > 0 || files.missing.length > 0)
    app.log[files.missing.length > 0 ? 'warn' : 'info'](
      files,
      'files from DATA_DIR/files imported into the database',
    );
  if (config.demo) {
    const seeded = await seedDemo(ctx);
    app.log.info({ seeded }, seeded ? 'demo data loaded' : 'demo data already present');
  }
  const purge = setInterval(() => {
    purgeExpiredSessions(db.db).catch((err: unknown) => app.log.warn({ err }, 'session purge failed'));
  }, 10 * 60_000);
  purge.unref();

  let stopJobs = async () => {};
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    await stopJobs();
    await app.close();
    await db.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  if (config.jobs) stopJobs = await startJobs(ctx, app.log, JOBS);
  else app.log.info('scheduled jobs off (JOBS=off)');
  app.log.info(
    { db: db.engine, demo: config.demo, dataDir: config.dataDir },
    `托育服务平台 listening on http://${config.host}:${config.port}`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
