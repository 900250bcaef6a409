/** SQL of the public directory: only listed (filed, operating) providers, only public columns. */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../../db/schema';
import { divisionPrefix, inScope } from '../../platform/scope';

export interface DirectoryFilter {
  q?: string | undefined;
  division?: string | undefined;
  kind?: string | undefined;
  serviceBit?: number | undefined;
  inclusive?: boolean | undefined;
  ageMonths?: number | undefined;
  hasVacancy?: boolean | undefined;
  feeMaxFen?: number | undefined;
  box?: { minLat: number; maxLat: number; minLng: number; maxLng: number } | undefined;
}

const PUBLIC_COLUMNS = [
  'p.id',
  'p.name',
  'p.kind',
  'p.division_code',
  'd.name as division_name',
  't.name as township_name',
  'p.address',
  'p.service_forms',
  'p.inclusive',
  'p.capacity',
  'p.enrolled',
  'p.min_monthly_fee_fen',
  'p.age_from_months',
  'p.age_to_months',
  'p.lat',
  'p.lng',
] as const;

export function directoryQuery(db: Kysely<Database>, f: DirectoryFilter) {
  let q = db
    .selectFrom('providers as p')
    .innerJoin('divisions as d', 'd.code', 'p.division_code')
    .leftJoin('divisions as t', 't.code', 'p.township_code')
    .where('p.public', '=', 1);
  if (f.division) {
    q =
      f.division.length === 9
        ? q.where('p.township_code', '=', f.division)
        : q.where(inScope({ prefix: divisionPrefix(f.division) }, 'p.division_code'));
  }
  if (f.kind) q = q.where('p.kind', '=', f.kind);
  if (f.serviceBit) q = q.where(sql<boolean>`(p.service_mask & ${f.serviceBit}) <> 0`);
  if (f.inclusive !== undefined) q = q.where('p.inclusive', '=', f.inclusive ? 1 : 0);
  if (f.ageMonths !== undefined)
    q = q.where('p.age_from_months', '<=', f.ageMonths).where('p.age_to_months', '>', f.ageMonths);
  if (f.hasVacancy) q = q.where(sql<boolean>`p.capacity > p.enrolled`);
  if (f.feeMaxFen !== undefined) q = q.where('p.min_monthly_fee_fen', '<=', f.feeMaxFen);
  if (f.box) {
    q = q
      .where('p.lat', '>=', f.box.minLat)
      .where('p.lat', '<=', f.box.maxLat)
      .where('p.lng', '>=', f.box.minLng)
      .where('p.lng', '<=', f.box.maxLng);
  }
  if (f.q) {
    const like = `%${f.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb('p.name', 'like', like), eb('p.address', 'like', like)]));
  }
  return q;
}

export async function countDirectory(db: Kysely<Database>, f: DirectoryFilter) {
  const r = await directoryQuery(db, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

export const pageDirectory = (db: Kysely<Database>, f: DirectoryFilter, limit: number, offset: number) =>
  directoryQuery(db, f).select(PUBLIC_COLUMNS).orderBy('p.id').limit(limit).offset(offset).execute();

/** Every match (for distance sorting), bounded by the caller's box or the city. */
export const allDirectory = (db: Kysely<Database>, f: DirectoryFilter) =>
  directoryQuery(db, f).select(PUBLIC_COLUMNS).execute();

export type DirectoryRow = Awaited<ReturnType<typeof pageDirectory>>[number];

export const findPublicProvider = (db: Kysely<Database>, id: number) =>
  directoryQuery(db, {})
    .innerJoin('filings as f', 'f.provider_id', 'p.id')
    .select([...PUBLIC_COLUMNS, 'p.contact_phone', 'f.filing_number', 'f.filed_at', 'f.filed_data'])
    .where('p.id', '=', id)
    .executeTakeFirst();

export const findFilingByNumber = (db: Kysely<Database>, filingNumber: string) =>
  db
    .selectFrom('filings as f')
    .innerJoin('providers as p', 'p.id', 'f.provider_id')
    .select(['f.status', 'f.filed_at', 'p.name'])
    .where('f.filing_number', '=', filingNumber)
    .executeTakeFirst();
