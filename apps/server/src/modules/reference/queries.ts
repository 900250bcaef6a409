/** SQL for divisions, populations and the joint conference's units. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

type Q = Kysely<Database>;

export const listDivisions = (db: Q) => db.selectFrom('divisions').selectAll().orderBy('code').execute();

export const findDivision = (db: Q, code: string) =>
  db.selectFrom('divisions').selectAll().where('code', '=', code).executeTakeFirst();

export const listUnits = (db: Q) => db.selectFrom('units').selectAll().orderBy('sort').execute();

export const findUnit = (db: Q, code: string) =>
  db.selectFrom('units').selectAll().where('code', '=', code).executeTakeFirst();

export const listPopulations = (db: Q, year?: number) => {
  let q = db
    .selectFrom('populations as p')
    .innerJoin('divisions as d', 'd.code', 'p.division_code')
    .select(['p.division_code', 'd.name as division_name', 'p.year', 'p.residents', 'p.source'])
    .orderBy('p.year', 'desc')
    .orderBy('p.division_code');
  if (year) q = q.where('p.year', '=', year);
  return q.execute();
};

export const findPopulation = (db: Q, divisionCode: string, year: number) =>
  db
    .selectFrom('populations')
    .selectAll()
    .where('division_code', '=', divisionCode)
    .where('year', '=', year)
    .executeTakeFirst();

export async function upsertPopulation(
  db: Q,
  row: { division_code: string; year: number; residents: number; source: string; updated_at: string },
) {
  await db
    .insertInto('populations')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['division_code', 'year']).doUpdateSet({
        residents: row.residents,
        source: row.source,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

/** A value of the `meta` key–value table. */
export const metaValue = (db: Q, key: string) =>
  db.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirst();

export async function putMetaValue(db: Q, key: string, value: string) {
  await db
    .insertInto('meta')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

export const divisionNames = (db: Q) => db.selectFrom('divisions').select(['code', 'name']).execute();

export const unitNames = (db: Q) => db.selectFrom('units').select(['code', 'local_name']).execute();

/** Townships per county, for the public overview. */
export const countTownshipsByCounty = (db: Q) =>
  db
    .selectFrom('divisions')
    .select(['parent_code', (eb) => eb.fn.countAll<number>().as('n')])
    .where('level', '=', 'township')
    .where('statistical_only', '=', 0)
    .groupBy('parent_code')
    .execute();
