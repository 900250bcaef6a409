/**
 * Operator commands: `npm run cli -- <command>`. Honours DATA_DIR / DATABASE_URL / TUOYU_SECRET
 * exactly as the server does.
 *
 *   audit verify     walk the audit hash chain; exit 0 when intact, 1 naming the first broken entry
 *   migrate          apply pending migrations and exit
 */
import { ConfigError, loadConfig } from './config';
import { openDb } from './db';
import { migrateToLatest } from './db/migrate';
import { verifyAuditChain } from './platform/audit';
import { deriveKeys } from './platform/crypto';

const USAGE = 'usage: npm run cli -- audit verify | migrate';

async function run(args: string[]): Promise<number> {
  const command = args.join(' ');
  if (command !== 'audit verify' && command !== 'migrate') {
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
    const result = await verifyAuditChain(db.db, deriveKeys(config.secret));
    if (result.ok) {
      console.log(`audit trail intact: ${result.entries} entries verified`);
      return 0;
    }
    const where = result.brokenAt.id === null ? '' : ` (row id ${result.brokenAt.id})`;
    console.error(
      `audit trail BROKEN at entry ${result.brokenAt.seq}${where}: ${result.reason}; ${result.entries} entries before it are intact`,
    );
    return 1;
  } finally {
    await db.destroy();
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof ConfigError ? err.message : err);
    process.exit(err instanceof ConfigError ? 78 : 2);
  },
);
