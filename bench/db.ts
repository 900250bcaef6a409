/**
 * Database figures: the service query against the raw driver doing the minimal equivalent work,
 * on the same SQLite file the HTTP figures used (opened read-only, WAL lets both read).
 */
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from '../apps/server/src/db/schema';
import { countDirectory, pageDirectory } from '../apps/server/src/modules/directory/queries';
import { healthFigures } from './child-health';

const ITERATIONS = 2_000;

async function opsPerSecond(fn: () => unknown | Promise<unknown>) {
  for (let i = 0; i < 100; i++) await fn();
  const t0 = performance.now();
  for (let i = 0; i < ITERATIONS; i++) await fn();
  return (ITERATIONS / (performance.now() - t0)) * 1000;
}

export async function dbFigures(
  scale: string,
  dataDir: string,
  line: (n: string, v: number, u: string, b: number) => void,
  today: string,
) {
  const file = join(dataDir, 'tuoyu.db');
  const raw = new SQLite(file, { readonly: true });
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: new SQLite(file, { readonly: true }) }),
  });
  try {
    const rawPage = raw.prepare(
      "select id, name from providers where public = 1 and division_code >= '150802' and division_code < '150802~' order by id limit 20",
    );
    const base = await opsPerSecond(() => rawPage.all());
    line(`db.${scale}.baseline_raw_driver_page`, base, 'ops/s', base);
    const filter = { division: '150802' };
    line(
      `db.${scale}.directory_page_and_count`,
      await opsPerSecond(async () =>
        Promise.all([countDirectory(db, filter), pageDirectory(db, filter, 20, 0)]),
      ),
      'ops/s',
      base,
    );
    const rawSum = raw.prepare(
      "select division_code, sum(capacity) from providers where public = 1 and kind <> 'family_point' group by division_code",
    );
    const baseSum = await opsPerSecond(() => rawSum.all());
    line(`db.${scale}.baseline_raw_driver_places_sum`, baseSum, 'ops/s', baseSum);
    // I-2 (issue 11): the indexed per-day sums against the full scan, same file, same run.
    await healthFigures(scale, file, today, line);
  } finally {
    raw.close();
    await db.destroy();
  }
}
