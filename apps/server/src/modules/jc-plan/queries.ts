/**
 * Kysely only: the plan's tasks per year (copied from the shipped reference the first time a year is
 * opened), each unit's latest progress and its history, and the counties' implementation measures.
 */
import type { Insertable } from 'kysely';
import type { Db } from '../../db';
import planTasks from '../../db/reference/plan-tasks.json' with { type: 'json' };
import type { JcCountyMeasureTable, JcPlanProgressTable } from '../../db/schema';

/** The year's task rows, loaded from the reference when the year has none (two loaders: one wins). */
export async function ensureYear(db: Db, year: number) {
  const any = await db
    .selectFrom('jc_plan_tasks')
    .select('task_id')
    .where('year', '=', year)
    .executeTakeFirst();
  if (any) return;
  await db
    .insertInto('jc_plan_tasks')
    .values(
      planTasks.items.map((t) => ({
        year,
        task_id: t.id,
        section: t.section,
        title: t.title,
        notes: t.notes,
        responsible_units: t.responsibleUnits.join(';'),
        sort: t.sort,
      })),
    )
    .onConflict((oc) => oc.columns(['year', 'task_id']).doNothing())
    .execute();
}

export const yearTasks = (db: Db, year: number) =>
  db.selectFrom('jc_plan_tasks').selectAll().where('year', '=', year).orderBy('sort').execute();

export const yearTask = (db: Db, year: number, id: string) =>
  db
    .selectFrom('jc_plan_tasks')
    .selectAll()
    .where('year', '=', year)
    .where('task_id', '=', id)
    .executeTakeFirst();

export const yearProgress = (db: Db, year: number) =>
  db
    .selectFrom('jc_plan_progress')
    .selectAll()
    .where('year', '=', year)
    .orderBy('task_id')
    .orderBy('unit_code')
    .execute();

export const progressOf = (db: Db, year: number, id: string, unit: string) =>
  db
    .selectFrom('jc_plan_progress')
    .selectAll()
    .where('year', '=', year)
    .where('task_id', '=', id)
    .where('unit_code', '=', unit)
    .executeTakeFirst();

/** The unit's latest report replaces its previous one; every report is also kept in the history. */
export async function saveProgress(trx: Db, row: Insertable<JcPlanProgressTable>) {
  await trx
    .insertInto('jc_plan_progress')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['year', 'task_id', 'unit_code']).doUpdateSet({
        status: row.status,
        text: row.text,
        updated_by: row.updated_by,
        updated_at: row.updated_at,
      }),
    )
    .execute();
  await trx
    .insertInto('jc_plan_progress_history')
    .values({
      year: row.year,
      task_id: row.task_id,
      unit_code: row.unit_code,
      status: row.status,
      text: row.text,
      by_user: row.updated_by,
      at: row.updated_at,
    })
    .execute();
}

export const progressHistory = (db: Db, year: number, id: string) =>
  db
    .selectFrom('jc_plan_progress_history')
    .selectAll()
    .where('year', '=', year)
    .where('task_id', '=', id)
    .orderBy('id')
    .execute();

/** The seven counties (旗县区) below the city. */
export const counties = (db: Db, cityCode: string) =>
  db
    .selectFrom('divisions')
    .select(['code', 'name'])
    .where('parent_code', '=', cityCode)
    .where('statistical_only', '=', 0)
    .orderBy('code')
    .execute();

export const countyMeasures = (db: Db) =>
  db
    .selectFrom('jc_county_measures as m')
    .innerJoin('files as f', 'f.id', 'm.file_id')
    .select([
      'm.division_code',
      'm.title',
      'm.issued_on',
      'm.uploaded_at',
      'm.file_id',
      'f.name as file_name',
    ])
    .execute();

export const countyMeasureFile = (db: Db, divisionCode: string) =>
  db
    .selectFrom('jc_county_measures as m')
    .innerJoin('files as f', 'f.id', 'm.file_id')
    .select(['f.name', 'f.mime', 'f.size', 'f.storage_key'])
    .where('m.division_code', '=', divisionCode)
    .executeTakeFirst();

/** A file the caller uploaded and nothing else files yet (no provider), to attach as a measure. */
export const ownLooseFile = (db: Db, userId: number, fileId: number) =>
  db
    .selectFrom('files')
    .select(['id', 'name'])
    .where('id', '=', fileId)
    .where('owner_user_id', '=', userId)
    .where('provider_id', 'is', null)
    .executeTakeFirst();

export async function saveCountyMeasure(trx: Db, row: JcCountyMeasureTable) {
  await trx
    .insertInto('jc_county_measures')
    .values(row)
    .onConflict((oc) =>
      oc.column('division_code').doUpdateSet({
        title: row.title,
        issued_on: row.issued_on,
        file_id: row.file_id,
        uploaded_by: row.uploaded_by,
        uploaded_at: row.uploaded_at,
      }),
    )
    .execute();
}
