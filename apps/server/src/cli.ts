/**
 * Operator commands: `npm run cli -- <command>`. Honours DATA_DIR / DATABASE_URL / TUOYU_SECRET
 * exactly as the server does.
 *
 *   audit verify     walk the whole audit hash chain; exit 0 when intact, 1 listing every broken entry
 *   migrate          apply pending migrations and exit
 *   backup FILE      SQLite: consistent online copy to FILE, then verify the copy's audit chain
 *                    (a backup that does not restore is no backup); PostgreSQL: use pg_dump
 */

import { resolve } from 'node:path';
import { ConfigError, loadConfig } from './config';
import { type DbHandle, openDb } from './db';
import { migrateToLatest } from './db/migrate';
import { verifyAuditChain } from './platform/audit';
import { deriveKeys } from './platform/crypto';

const USAGE = 'usage: npm run cli -- audit verify | migrate | backup FILE';

async function run(args: string[]): Promise<number> {
  const command = args[0] === 'backup' ? 'backup' : args.join(' ');
  if (!['audit verify', 'migrate', 'backup'].includes(command) || (command === 'backup' && !args[1])) {
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
    if (command === 'backup') return await backup(db, args[1] ?? '', config.secret);
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
