/** Kysely only: the per-county places summary (its refresh and its read) and the indicator's inputs. */
import { serviceBit } from '@tuoyu/domain';
import { sql } from 'kysely';
import type { Db } from '../../db';
import type { PlacesSummaryTable } from '../../db/schema';

const HOURLY_BITS = serviceBit('hourly') | serviceBit('temporary');

/** One county's sums over its listed providers, through the (public, division_code) index. */
export function countyPlaces(db: Db, countyCode: string) {
  return db
    .selectFrom('providers')
    .select([
      sql<number>`coalesce(sum(case when kind <> 'family_point' then capacity else 0 end), 0)`.as('places'),
      sql<number>`coalesce(sum(case when kind <> 'family_point' and inclusive = 1 then capacity else 0 end), 0)`.as(
        'inclusive_places',
      ),
      sql<number>`coalesce(sum(case when kind = 'family_point' then capacity else 0 end), 0)`.as(
        'family_places',
      ),
      sql<number>`coalesce(sum(case when (service_mask & ${HOURLY_BITS}) <> 0 then 1 else 0 end), 0)`.as(
        'hourly_providers',
      ),
      sql<number>`count(*)`.as('providers'),
    ])
    .where('public', '=', 1)
    .where('division_code', '=', countyCode)
    .executeTakeFirstOrThrow();
}

export async function upsertPlacesSummary(
  db: Db,
  countyCode: string,
  row: Omit<PlacesSummaryTable, 'division_code'>,
) {
  await db
    .insertInto('places_summary')
    .values({ division_code: countyCode, ...row })
    .onConflict((oc) => oc.column('division_code').doUpdateSet(row))
    .execute();
}

export const placesSummaries = (db: Db) => db.selectFrom('places_summary').selectAll().execute();

/** Every population figure up to `year`, the latest first (each division takes its first). */
export const populationsUpTo = (db: Db, year: number) =>
  db.selectFrom('populations').selectAll().where('year', '<=', year).orderBy('year', 'desc').execute();

export const cityAndCounties = (db: Db) =>
  db
    .selectFrom('divisions')
    .select(['code', 'name', 'level'])
    .where('level', 'in', ['city', 'county'])
    .orderBy('code')
    .execute();
