/** Kysely only: the rows kept from a child's record (due dates, child-years, the indicator sums). */
import type { RateCell } from '@tuoyu/domain';
import { type Insertable, sql } from 'kysely';
import type { Db } from '../../db';
import type { HealthChildYearTable, HealthDueTable } from '../../db/schema';
import { nowIso } from '../../platform/time';

/** The child's row, written first: from here the transaction holds the child (see refreshLedger). */
export async function ledgerChild(trx: Db, childId: number) {
  await trx.updateTable('health_children').set({ updated_at: nowIso() }).where('id', '=', childId).execute();
  return trx
    .selectFrom('health_children')
    .select(['division_code', 'birth_date', 'status', 'ledger_cells'])
    .where('id', '=', childId)
    .executeTakeFirstOrThrow();
}

export function checkupDates(trx: Db, childId: number) {
  return trx
    .selectFrom('health_checkups')
    .select(['id', 'kind', 'date'])
    .where('child_id', '=', childId)
    .orderBy('date')
    .orderBy('id')
    .execute();
}

/** Adds cells to the sums (a delta: values may be negative). */
export async function applyCells(trx: Db, cells: readonly RateCell[]) {
  for (let i = 0; i < cells.length; i += 200) {
    await trx
      .insertInto('health_rate_days')
      .values(
        cells.slice(i, i + 200).map((c) => ({
          year: c.year,
          division_code: c.divisionCode,
          day: c.day,
          entering: c.entering,
          failing: c.failing,
          births: c.births,
          visited: c.visited,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['year', 'division_code', 'day']).doUpdateSet({
          entering: sql`health_rate_days.entering + excluded.entering`,
          failing: sql`health_rate_days.failing + excluded.failing`,
          births: sql`health_rate_days.births + excluded.births`,
          visited: sql`health_rate_days.visited + excluded.visited`,
        }),
      )
      .execute();
  }
}

export async function replaceDues(trx: Db, childId: number, rows: Insertable<HealthDueTable>[]) {
  await trx.deleteFrom('health_dues').where('child_id', '=', childId).execute();
  if (rows.length) await trx.insertInto('health_dues').values(rows).execute();
}

export async function replaceYears(trx: Db, childId: number, rows: Insertable<HealthChildYearTable>[]) {
  await trx.deleteFrom('health_child_years').where('child_id', '=', childId).execute();
  if (rows.length) await trx.insertInto('health_child_years').values(rows).execute();
}

export async function writeLedgerState(trx: Db, childId: number, cells: string, newbornVisited: boolean) {
  await trx
    .updateTable('health_children')
    .set({ ledger_cells: cells, newborn_visited: newbornVisited ? 1 : 0 })
    .where('id', '=', childId)
    .execute();
}

/** Every child's id, in order (a rebuild after the city changes the window or the year start). */
export async function allHealthChildIds(db: Db) {
  const rows = await db.selectFrom('health_children').select('id').orderBy('id').execute();
  return rows.map((r) => r.id);
}
