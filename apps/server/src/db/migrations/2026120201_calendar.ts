/**
 * The working-day calendar (issue 9 item 2): the State Council schedules the city enters per year
 * (days off and weekend make-up workdays). Statutory holidays are computed, not stored. Seeded with
 * the official 2025 and 2026 schedules from @tuoyu/domain (OFFICIAL_SCHEDULES), for every database
 * alike; a later change to those constants does not touch databases that already ran this
 * migration (the city's entries are the living copy).
 */
import { OFFICIAL_SCHEDULES } from '@tuoyu/domain';
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration writes the tables as they were then, not as db/schema.ts types them today (Kysely’s documented practice)
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('calendar_years')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  await db.schema
    .createTable('calendar_days')
    .addColumn('date', 'text', (c) => c.primaryKey())
    .addColumn('year', 'integer', (c) => c.notNull().references('calendar_years.year'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('holiday', 'workday')`))
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('calendar_days_year').on('calendar_days').column('year').execute();

  const now = new Date().toISOString();
  for (const [year, days] of OFFICIAL_SCHEDULES) {
    await db
      .insertInto('calendar_years')
      .values({ year, revision: 1, updated_at: now, updated_by: null })
      .execute();
    await db
      .insertInto('calendar_days')
      .values(days.map((d) => ({ date: d.date, year, kind: d.kind, name: d.name })))
      .execute();
  }
}

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore from a backup instead');
}
