/**
 * The places summary (one row per county), refreshed inside the transaction that changes a
 * provider's public listing — so the indicator reads 7 rows instead of scanning every provider.
 * A refresh aggregates one county through the (public, division_code) index.
 */
import type { Db } from '../../db';
import { nowIso } from '../../platform/time';
import { countyPlaces, upsertPlacesSummary } from './queries';

export async function refreshPlacesSummary(db: Db, countyCode: string): Promise<void> {
  const s = await countyPlaces(db, countyCode);
  await upsertPlacesSummary(db, countyCode, {
    places: Number(s.places),
    inclusive_places: Number(s.inclusive_places),
    family_places: Number(s.family_places),
    hourly_providers: Number(s.hourly_providers),
    providers: Number(s.providers),
    updated_at: nowIso(),
  });
}
