/**
 * The places summary (one row per county), refreshed inside the transaction that changes a
 * provider's public listing — so the indicator reads 7 rows instead of scanning every provider.
 * A refresh aggregates one county through the (public, division_code) index.
 */
import { serviceBit } from '@tuoyu/domain';
import { sql } from 'kysely';
import type { Db } from '../../db';
import { nowIso } from '../../platform/time';

const HOURLY_BITS = serviceBit('hourly') | serviceBit('temporary');

export async function refreshPlacesSummary(db: Db, countyCode: string): Promise<void> {
  const s = await db
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
  const row = {
    places: Number(s.places),
    inclusive_places: Number(s.inclusive_places),
    family_places: Number(s.family_places),
    hourly_providers: Number(s.hourly_providers),
    providers: Number(s.providers),
    updated_at: nowIso(),
  };
  await db
    .insertInto('places_summary')
    .values({ division_code: countyCode, ...row })
    .onConflict((oc) => oc.column('division_code').doUpdateSet(row))
    .execute();
}
