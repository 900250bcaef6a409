/** Kysely only: deadline and certificate-expiry notices, their recipients and what they are about. */
import type { Db } from '../../db';
import type { NotificationTable } from '../../db/schema';

/** Inserts the notice unless its de-duplication key exists; returns the new row's id, if any. */
export function insertNoticeOnce(db: Db, row: Omit<NotificationTable, 'id'>) {
  return db
    .insertInto('notifications')
    .values(row)
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('id')
    .executeTakeFirst();
}

export function activeManagers(db: Db, providerIds: number[]) {
  return db
    .selectFrom('users')
    .select(['id', 'provider_id'])
    .where('role', '=', 'provider_manager')
    .where('status', '=', 'active')
    .where('provider_id', 'in', providerIds)
    .execute();
}

/** Open rectification orders due on or before `until` (overdue ones included). */
export function findingsDueBy(db: Db, until: string) {
  return db
    .selectFrom('inspection_findings as f')
    .innerJoin('inspections as i', 'i.id', 'f.inspection_id')
    .innerJoin('checklist_items as ci', 'ci.id', 'f.item_id')
    .innerJoin('providers as p', 'p.id', 'i.provider_id')
    .select(['f.id', 'f.deadline', 'i.provider_id', 'ci.text as item', 'p.name as provider_name'])
    .where('f.status', '=', 'open')
    .where('f.deadline', 'is not', null)
    .where('f.deadline', '<=', until)
    .execute();
}

/** Filings awaiting review whose review deadline is on or before `until`. */
export function filingsDueBy(db: Db, until: string) {
  return db
    .selectFrom('filings as fl')
    .innerJoin('providers as p', 'p.id', 'fl.provider_id')
    .select(['fl.id', 'fl.due_date', 'fl.division_code', 'fl.provider_id', 'p.name'])
    .where('fl.status', 'in', ['submitted', 'change_submitted'])
    .where('fl.due_date', 'is not', null)
    .where('fl.due_date', '<=', until)
    .execute();
}

export function activeCountyRegulators(db: Db, divisionCodes: string[]) {
  return db
    .selectFrom('users')
    .select(['id', 'division_code'])
    .where('role', '=', 'county_regulator')
    .where('status', '=', 'active')
    .where('division_code', 'in', divisionCodes)
    .execute();
}

/** Everyone still on a provider's staff. */
export function currentStaffAll(db: Db) {
  return db.selectFrom('staff').selectAll().where('left_on', 'is', null).execute();
}
