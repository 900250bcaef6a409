/** SQL of the public directory: only listed (filed, operating) providers, only public columns. */
import type { ProviderKind } from '@tuoyu/domain';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../../db/schema';
import { divisionPrefix, inScope } from '../../platform/scope';
import { anyContains, containsPattern } from '../../platform/sql';
import { notBlacklisted } from '../credit/queries';

export interface DirectoryFilter {
  q?: string | undefined;
  division?: string | undefined;
  kind?: ProviderKind | undefined;
  serviceBit?: number | undefined;
  inclusive?: boolean | undefined;
  ageMonths?: number | undefined;
  hasVacancy?: boolean | undefined;
  feeMaxFen?: number | undefined;
  box?: { minLat: number; maxLat: number; minLng: number; maxLng: number } | undefined;
  /** Sort by distance from here and, with a radius, keep only what lies within it. */
  near?: { lat: number; lng: number; radiusKm?: number | undefined } | undefined;
  engine?: 'sqlite' | 'postgres';
  /** The provider's own page still shows a blacklisted provider (with the decision); search does not. */
  withBlacklisted?: boolean;
}

const KM_PER_DEGREE = 111.195;

/**
 * Squared distance in km² by the equirectangular approximation — exact to well under 0.1 % at a
 * city's scale, and plain arithmetic, so both engines can filter and order by it in SQL.
 */
function squaredKm(near: { lat: number; lng: number }) {
  const kx = KM_PER_DEGREE * Math.cos((near.lat * Math.PI) / 180);
  return sql<number>`((p.lat - ${near.lat}) * ${KM_PER_DEGREE}) * ((p.lat - ${near.lat}) * ${KM_PER_DEGREE}) + ((p.lng - ${near.lng}) * ${kx}) * ((p.lng - ${near.lng}) * ${kx})`;
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
  if (!f.withBlacklisted) q = q.where(notBlacklisted('p.id'));
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
  if (f.near?.radiusKm)
    q = q.where(sql<boolean>`${squaredKm(f.near)} <= ${f.near.radiusKm * f.near.radiusKm}`);
  if (f.q) q = q.where(keywordCondition(f.q, f.engine ?? 'sqlite'));
  return q;
}

/**
 * Keyword search through the text index (ARCHITECTURE: never a bare LIKE scan): FTS5 trigram on
 * SQLite, pg_trgm's GIN index on PostgreSQL. Trigrams need 3 characters; a 1–2 character keyword
 * (a two-character place name is common in Chinese) falls back to a LIKE over the listed rows.
 */
function keywordCondition(keyword: string, engine: 'sqlite' | 'postgres') {
  if (engine === 'postgres')
    return sql<boolean>`(p.name || ' ' || p.address) like ${containsPattern(keyword)} escape '\\'`;
  if ([...keyword].length >= 3) {
    const phrase = `"${keyword.replace(/"/g, '""')}"`;
    return sql<boolean>`p.id in (select rowid from providers_fts where providers_fts match ${phrase})`;
  }
  return anyContains(['p.name', 'p.address'], keyword);
}

export async function countDirectory(db: Kysely<Database>, f: DirectoryFilter) {
  const r = await directoryQuery(db, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

export function pageDirectory(db: Kysely<Database>, f: DirectoryFilter, limit: number, offset: number) {
  let q = directoryQuery(db, f).select(PUBLIC_COLUMNS);
  // Nearest first (providers without a location last), else the stable listing order.
  if (f.near) q = q.orderBy(sql`case when p.lat is null then 1 else 0 end`).orderBy(squaredKm(f.near));
  return q.orderBy('p.id').limit(limit).offset(offset).execute();
}

export type DirectoryRow = Awaited<ReturnType<typeof pageDirectory>>[number];

export const findPublicProvider = (db: Kysely<Database>, id: number) =>
  directoryQuery(db, { withBlacklisted: true })
    .innerJoin('filings as f', 'f.provider_id', 'p.id')
    .select([...PUBLIC_COLUMNS, 'p.contact_phone', 'f.filing_number', 'f.filed_at', 'f.filed_data'])
    .select(sql<number>`case when ${notBlacklisted('p.id')} then 0 else 1 end`.as('blacklisted'))
    .where('p.id', '=', id)
    .executeTakeFirst();

export const findFilingByNumber = (db: Kysely<Database>, filingNumber: string) =>
  db
    .selectFrom('filings as f')
    .innerJoin('providers as p', 'p.id', 'f.provider_id')
    .select(['f.status', 'f.filed_at', 'p.name'])
    .where('f.filing_number', '=', filingNumber)
    .executeTakeFirst();
