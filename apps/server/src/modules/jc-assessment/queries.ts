/** Kysely only: the assessment's rows and marks, and the figures each indicator counts for a year. */
import type { JcAssessKind } from '@tuoyu/domain';
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db';
import type { Database } from '../../db/schema';

type Assessment = Database['jc_assessments'];

export const assessmentOf = (db: Db, year: number) =>
  db.selectFrom('jc_assessments').selectAll().where('year', '=', year).executeTakeFirst();

export const insertAssessment = (db: Db, row: Insertable<Assessment>) =>
  db
    .insertInto('jc_assessments')
    .values(row)
    .onConflict((oc) => oc.column('year').doNothing())
    .execute();

/** Updates the year unless it is published; whether it did. */
export async function updateUnpublished(db: Db, year: number, set: Updateable<Assessment>) {
  const r = await db
    .updateTable('jc_assessments')
    .set(set)
    .where('year', '=', year)
    .where('published_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export const snapshotRows = (db: Db, year: number) =>
  db.selectFrom('jc_assessment_rows').selectAll().where('year', '=', year).execute();

export async function replaceSnapshot(
  db: Db,
  year: number,
  rows: { kind: JcAssessKind; code: string; figures: string }[],
) {
  await db.deleteFrom('jc_assessment_rows').where('year', '=', year).execute();
  if (rows.length)
    await db
      .insertInto('jc_assessment_rows')
      .values(rows.map((r) => ({ year, ...r })))
      .execute();
}

export const marksOf = (db: Db, year: number) =>
  db
    .selectFrom('jc_assessment_marks as m')
    .leftJoin('users as u', 'u.id', 'm.by_user')
    .select(['m.id', 'm.kind', 'm.code', 'm.tenths', 'm.reason', 'm.at', 'u.display_name as by'])
    .where('m.year', '=', year)
    .orderBy('m.id')
    .execute();

export async function insertMark(db: Db, row: Insertable<Database['jc_assessment_marks']>) {
  const r = await db.insertInto('jc_assessment_marks').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export const counties = (db: Db) =>
  db.selectFrom('divisions').select(['code', 'name']).where('level', '=', 'county').orderBy('code').execute();

/** The 18 member units (河套学院 helps but is not a member). */
export const units = (db: Db) =>
  db
    .selectFrom('units')
    .select(['code', 'short_name as name'])
    .where('role', 'in', ['member', 'lead'])
    .orderBy('sort')
    .execute();

/** Approved capacity per county of providers filed before `until` and not deregistered by then. */
export function placesFiledBefore(db: Db, until: string) {
  const event = (action: string) =>
    db
      .selectFrom('filings as f')
      .innerJoin('filing_events as e', 'e.filing_id', 'f.id')
      .select('f.provider_id')
      .where('e.action', '=', action)
      .where('e.at', '<', until);
  return db
    .selectFrom('providers')
    .select(['division_code', (eb) => eb.fn.sum<number>('capacity').as('places')])
    .where('kind', '<>', 'family_point')
    .where('id', 'in', event('accept'))
    .where('id', 'not in', event('deregister'))
    .groupBy('division_code')
    .execute();
}

/** Submissions for review in [from, to) with their county. */
export const submissions = (db: Db, from: string, to: string) =>
  db
    .selectFrom('filing_events as e')
    .innerJoin('filings as f', 'f.id', 'e.filing_id')
    .select(['e.filing_id', 'e.at', 'f.division_code'])
    .where('e.action', 'in', ['submit', 'submit_change'])
    .where('e.at', '>=', from)
    .where('e.at', '<', to)
    .execute();

/** The county's decisions (accept, return) on filings submitted from `from` on. */
export const decisions = (db: Db, from: string) =>
  db
    .selectFrom('filing_events as e')
    .innerJoin('filing_events as s', 's.filing_id', 'e.filing_id')
    .select(['e.filing_id', 'e.at'])
    .distinct()
    .where('e.action', 'in', ['accept', 'return'])
    .where('s.action', 'in', ['submit', 'submit_change'])
    .where('s.at', '>=', from)
    .where('e.at', '>', from)
    .orderBy('e.at')
    .execute();

/** Inspections of the plans published in [from, to), per county: drawn and done. */
export const plannedInspections = (db: Db, from: string, to: string) =>
  db
    .selectFrom('inspections as i')
    .innerJoin('inspection_plans as p', 'p.id', 'i.plan_id')
    .select(['i.division_code', 'i.status'])
    .where('p.published_at', '>=', from)
    .where('p.published_at', '<', to)
    .execute();

/** Complaints received in the year's dates, with their deadline and answer. */
export const complaintsReceived = (db: Db, fromOn: string, toOn: string) =>
  db
    .selectFrom('complaints')
    .select(['division_code', 'answer_by', 'answered_at'])
    .where('received_on', '>=', fromOn)
    .where('received_on', '<=', toOn)
    .execute();

/** Tasks due (by the due date in effect) in the year's dates, by lead unit. */
export const tasksDue = (db: Db, fromOn: string, toOn: string) =>
  db
    .selectFrom('jc_tasks')
    .select(['lead_unit', 'status', 'due_on', 'done_on'])
    .where('due_on', '>=', fromOn)
    .where('due_on', '<=', toOn)
    .execute();
