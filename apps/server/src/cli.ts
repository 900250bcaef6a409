/**
 * Operator commands: `npm run cli -- <command>`. Honours DATA_DIR / DATABASE_URL / TUOYU_SECRET
 * exactly as the server does.
 *
 *   audit verify     walk the whole audit hash chain; exit 0 when intact, 1 listing every broken entry
 *   migrate          apply pending migrations and exit
 *   files import     copy upload contents an earlier version kept under DATA_DIR/files into the
 *                    database (also done at every start); lists files found nowhere; exit 1 if any
 *   jobs run NAME    run one scheduled job now (its own slot, logged in job_runs); exit 1 if it fails
 *   backup FILE      SQLite: consistent online copy to FILE, then verify the copy's audit chain
 *                    (a backup that does not restore is no backup); PostgreSQL: use pg_dump
 */

import { resolve } from 'node:path';
import { type Config, ConfigError, loadConfig } from './config';
import { type DbHandle, openDb } from './db';
import { migrateToLatest } from './db/migrate';
import { importDiskFiles } from './modules/files/content';
import { verifyAuditChain } from './platform/audit';
import type { AppContext } from './platform/context';
import { deriveKeys } from './platform/crypto';
import { manualSlot, runJob } from './platform/jobs';
import { JOBS } from './scheduled-jobs';

const USAGE = 'usage: npm run cli -- audit verify | migrate | files import | jobs run NAME | backup FILE';

async function run(args: string[]): Promise<number> {
  const [first, second, third] = args;
  // `backup FILE` and `jobs run NAME` take an argument; the others are fixed words.
  const command = first === 'backup' ? 'backup' : first === 'jobs' ? `jobs ${second ?? ''}` : args.join(' ');
  const arg = first === 'backup' ? second : first === 'jobs' ? third : undefined;
  if (
    !['audit verify', 'migrate', 'files import', 'jobs run', 'backup'].includes(command) ||
    ((command === 'backup' || command === 'jobs run') && !arg)
  ) {
    console.error(USAGE);
    return 64;
  }
  const config = loadConfig(process.env, ['--cli']);
  const db = openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    if (command === 'migrate') {
      await migrateToLatest(db);
      console.log('migrations applied');
      return 0;
    }
    if (command === 'files import') return await filesImport(db, config);
    if (command === 'jobs run') return await jobsRun(db, config, arg ?? '');
    if (command === 'backup') return await backup(db, arg ?? '', config.secret);
    const result = await verifyAuditChain(db.db, deriveKeys(config.secret));
    if (result.ok) {
      console.log(`audit trail intact: ${result.entries} entries verified`);
      return 0;
    }
    for (const b of result.broken) {
      const where = b.id === null ? '' : ` (row id ${b.id})`;
      console.error(`audit trail BROKEN at entry ${b.seq}${where}: ${b.reason}`);
    }
    console.error(`audit trail BROKEN: ${result.broken.length} broken of ${result.entries} entries checked`);
    return 1;
  } finally {
    await db.destroy();
  }
}

const contextOf = (db: DbHandle, config: Config): AppContext => ({
  db: db.db,
  engine: db.engine,
  keys: deriveKeys(config.secret),
  config,
});

async function jobsRun(db: DbHandle, config: Config, name: string): Promise<number> {
  const job = JOBS.find((j) => j.name === name);
  if (!job) {
    console.error(`jobs run: no job named ${name}; jobs: ${JOBS.map((j) => j.name).join(', ')}`);
    return 64;
  }
  await migrateToLatest(db);
  const slot = manualSlot();
  const log = {
    info: (obj: object, msg: string) => console.log(msg, JSON.stringify(obj)),
    error: (obj: object, msg: string) => console.error(msg, JSON.stringify(obj)),
  };
  const outcome = await runJob(contextOf(db, config), log, job, slot);
  const run = await db.db
    .selectFrom('job_runs')
    .select(['counts', 'error'])
    .where('job', '=', name)
    .where('slot', '=', slot)
    .executeTakeFirst();
  console.log(`jobs run ${name}: ${outcome} ${run?.counts ?? run?.error ?? ''}`);
  return outcome === 'failed' ? 1 : 0;
}

async function filesImport(db: DbHandle, config: Config): Promise<number> {
  await migrateToLatest(db);
  const ctx = contextOf(db, config);
  const { imported, missing } = await importDiskFiles(ctx);
  console.log(`files import: ${imported} imported from ${config.dataDir}/files`);
  if (missing.length === 0) return 0;
  console.error(
    `files import: ${missing.length} files are neither in the database nor on disk: ${missing.join(', ')}`,
  );
  return 1;
}

async function backup(db: DbHandle, file: string, secret: string): Promise<number> {
  if (!db.backup) {
    console.error('backup: PostgreSQL is backed up with pg_dump (see docs/operations.md)');
    return 64;
  }
  const destination = resolve(file);
  await db.backup(destination);
  const copy = openDb({ dataDir: ':memory:', file: destination });
  try {
    const check = await verifyAuditChain(copy.db, deriveKeys(secret));
    if (!check.ok) {
      console.error(`backup written to ${destination} but its audit chain does not verify: ${check.reason}`);
      return 1;
    }
    console.log(
      `backup written to ${destination}; restored copy verified (${check.entries} audit entries intact)`,
    );
    return 0;
  } finally {
    await copy.destroy();
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof ConfigError ? err.message : err);
    process.exit(err instanceof ConfigError ? 78 : 2);
  },
);
