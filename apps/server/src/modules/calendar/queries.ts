/** Kysely only: the entered State Council schedules and the open deadlines a change moves. */
import type { CalendarDay } from '@tuoyu/contracts';
import type { Db } from '../../db';

/** How many years are entered and the sum of their revisions: raised by every change. */
export function calendarVersion(db: Db) {
  return db
    .selectFrom('calendar_years')
    .select((eb) => [eb.fn.countAll().as('n'), eb.fn.sum('revision').as('r')])
    .executeTakeFirst();
}

export function calendarYears(db: Db) {
  return db.selectFrom('calendar_years').select(['year', 'updated_at']).execute();
}

export function calendarDays(db: Db) {
  return db.selectFrom('calendar_days').select(['date', 'year', 'kind', 'name']).execute();
}

export function enteredYear(db: Db, year: number) {
  return db.selectFrom('calendar_years').select('year').where('year', '=', year).executeTakeFirst();
}

/** Enters the year or raises its revision; on PostgreSQL this locks the year's row. */
export async function touchCalendarYear(trx: Db, year: number, at: string, by: string | null) {
  await trx
    .insertInto('calendar_years')
    .values({ year, revision: 1, updated_at: at, updated_by: by })
    .onConflict((oc) =>
      oc.column('year').doUpdateSet((eb) => ({
        revision: eb('calendar_years.revision', '+', 1),
        updated_at: at,
        updated_by: by,
      })),
    )
    .execute();
}

export async function replaceCalendarDays(trx: Db, year: number, days: readonly CalendarDay[]) {
  await trx.deleteFrom('calendar_days').where('year', '=', year).execute();
  if (days.length) {
    await trx
      .insertInto('calendar_days')
      .values(days.map((d) => ({ date: d.date, year, kind: d.kind, name: d.name })))
      .execute();
  }
}

/** Filings under review whose filing deadline falls on or after `firstDay`. */
export function filingsUnderReviewDueFrom(trx: Db, firstDay: string) {
  return trx
    .selectFrom('filings')
    .select(['id', 'submitted_at', 'due_date'])
    .where('status', 'in', ['submitted', 'change_submitted'])
    .where('due_date', '>=', firstDay)
    .execute();
}

export async function setFilingDueDate(trx: Db, id: number, due: string) {
  await trx.updateTable('filings').set({ due_date: due }).where('id', '=', id).execute();
}

/** Unanswered complaints with a deadline on or after `firstDay`. */
export function openComplaintsDueFrom(trx: Db, firstDay: string) {
  return trx
    .selectFrom('complaints')
    .select(['id', 'received_on', 'acknowledge_by', 'answer_by', 'acknowledged_at'])
    .where('answered_at', 'is', null)
    .where((eb) => eb.or([eb('answer_by', '>=', firstDay), eb('acknowledge_by', '>=', firstDay)]))
    .execute();
}

export async function setComplaintDeadlines(trx: Db, id: number, acknowledgeBy: string, answerBy: string) {
  await trx
    .updateTable('complaints')
    .set({ acknowledge_by: acknowledgeBy, answer_by: answerBy })
    .where('id', '=', id)
    .execute();
}
