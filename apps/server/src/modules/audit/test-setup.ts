/** Shared helpers of the audit tests: tampering past the append-only triggers, and the operator command. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { onPostgres, TEST_SECRET, type TestApp } from '../../test/helpers';

export const run = promisify(execFile);
/** Tests that start the operator command (a fresh Node process with tsx) need more than the default. */
export const CLI_TIMEOUT = 60_000;
export const root = join(import.meta.dirname, '..', '..', '..', '..', '..');

/** Simulates someone with database access bypassing the append-only triggers. */
export async function tamperIn(app: TestApp, statement: ReturnType<typeof sql>) {
  await app.ctx.db.transaction().execute(async (trx) => {
    if (onPostgres()) {
      await sql`alter table audit_log disable trigger audit_log_no_change`.execute(trx);
      await statement.execute(trx);
      await sql`alter table audit_log enable trigger audit_log_no_change`.execute(trx);
    } else {
      await sql`drop trigger if exists audit_log_no_update`.execute(trx);
      await sql`drop trigger if exists audit_log_no_delete`.execute(trx);
      await statement.execute(trx);
    }
  });
}

/** Runs the operator command against the database of `target`. */
export async function cliOn(target: TestApp, ...args: string[]) {
  const env = {
    ...process.env,
    DATA_DIR: target.config.dataDir,
    TUOYU_SECRET: TEST_SECRET,
    ...(target.pgSchema
      ? {
          DATABASE_URL: `${process.env.DATABASE_URL}${process.env.DATABASE_URL?.includes('?') ? '&' : '?'}options=-c%20search_path%3D${target.pgSchema}`,
        }
      : {}),
  };
  try {
    const r = await run(
      process.execPath,
      ['--import', 'tsx', join(root, 'apps/server/src/cli.ts'), ...args],
      { env, cwd: root },
    );
    return { code: 0, out: r.stdout + r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}
