/** Kysely only: the tasks a reminder is due for, the reminders already sent, and the units' accounts. */
import { CITY_CODE } from '@tuoyu/contracts';
import type { Db } from '../../db';
import type { JcTaskReminderTable } from '../../db/schema';

/** Tasks still being worked on (not done, not waiting for the office's 销号) due on or before `until`. */
export const tasksDueBy = (db: Db, until: string) =>
  db
    .selectFrom('jc_tasks')
    .select(['id', 'title', 'lead_unit', 'due_on'])
    .where('status', 'in', ['open', 'extension_requested'])
    .where('due_on', '<=', until)
    .orderBy('due_on')
    .orderBy('id')
    .execute();

/** Claims the reminder of a task's stage for its due date; false when one was already sent. */
export async function claimReminder(trx: Db, row: JcTaskReminderTable) {
  const r = await trx
    .insertInto('jc_task_reminders')
    .values(row)
    .onConflict((oc) => oc.columns(['task_id', 'stage', 'due_on']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** The active city-level department accounts through which these units act. */
export const unitAccounts = (db: Db, units: string[]) =>
  units.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('users')
        .select(['id', 'unit'])
        .where('role', '=', 'department_officer')
        .where('division_code', '=', CITY_CODE)
        .where('status', '=', 'active')
        .where('unit', 'in', units)
        .orderBy('id')
        .execute();
