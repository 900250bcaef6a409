/** SQL for providers and their filing record. Queries take the handle first and decide no policy. */
import type { FilingListQuery } from '@tuoyu/contracts';
import type { FilingStatus } from '@tuoyu/domain';
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database, FeeCeilingTable, FilingTable, ProviderTable } from '../../db/schema';
import { divisionPrefix, inScope, type Scope } from '../../platform/scope';
import { anyContains } from '../../platform/sql';

type Q = Kysely<Database>;

export const findProviderByCreditCode = (db: Q, creditCode: string) =>
  db.selectFrom('providers').select('id').where('credit_code', '=', creditCode).executeTakeFirst();

export async function insertProvider(db: Q, values: Insertable<ProviderTable>) {
  const row = await db.insertInto('providers').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function insertFiling(db: Q, values: Insertable<FilingTable>) {
  const row = await db.insertInto('filings').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export const updateProvider = (db: Q, id: number, values: Updateable<ProviderTable>) =>
  db.updateTable('providers').set(values).where('id', '=', id).execute();

export const updateFiling = (db: Q, id: number, values: Updateable<FilingTable>) =>
  db.updateTable('filings').set(values).where('id', '=', id).execute();

/**
 * Filings the scope may see: provider users their own provider, department officers what their
 * unit registered inside their jurisdiction, regulators everything inside their division.
 */
export function selectFilings(db: Q, scope: Scope) {
  let q = db
    .selectFrom('filings as f')
    .innerJoin('providers as p', 'p.id', 'f.provider_id')
    .innerJoin('divisions as d', 'd.code', 'p.division_code')
    .leftJoin('divisions as t', 't.code', 'p.township_code')
    .leftJoin('users as m', 'm.id', 'p.manager_user_id');
  if (scope.providerId !== null) q = q.where('p.id', '=', scope.providerId);
  // A township officer (三级联动, the third level) sees the providers sited in its township.
  else if (scope.prefix.length === 9) q = q.where('p.township_code', '=', scope.prefix);
  else q = q.where(inScope(scope, 'f.division_code'));
  if (scope.role === 'department_officer') q = q.where('p.registered_by_unit', '=', scope.unit ?? '');
  return q;
}

const FILING_COLUMNS = [
  'f.id',
  'f.provider_id',
  'f.status',
  'f.data',
  'f.filed_data',
  'f.version',
  'f.filing_number',
  'f.submitted_at',
  'f.due_date',
  'f.filed_at',
  'f.exception_reason',
  'f.return_reason',
  'f.checks',
  'f.updated_at',
  'p.name',
  'p.credit_code',
  'p.kind',
  'p.legal_form',
  'p.division_code',
  'd.name as division_name',
  'p.township_code',
  't.name as township_name',
  'p.address',
  'p.service_forms',
  'p.legal_representative',
  'p.contact_phone',
  'p.registered_by_unit',
  'p.registered_at',
  'm.username as manager_username',
] as const;

export const findFiling = (db: Q, scope: Scope, id: number) =>
  selectFilings(db, scope).select(FILING_COLUMNS).where('f.id', '=', id).executeTakeFirst();

export const findFilingByProvider = (db: Q, scope: Scope, providerId: number) =>
  selectFilings(db, scope).select(FILING_COLUMNS).where('f.provider_id', '=', providerId).executeTakeFirst();

export type FilingRow = NonNullable<Awaited<ReturnType<typeof findFiling>>>;

export async function listFilings(db: Q, scope: Scope, f: FilingListQuery, today: string) {
  let q = selectFilings(db, scope);
  if (f.status) q = q.where('f.status', '=', f.status);
  if (f.divisionCode) q = q.where(inScope({ prefix: divisionPrefix(f.divisionCode) }, 'p.division_code'));
  if (f.q) q = q.where(anyContains(['p.name', 'p.credit_code'], f.q));
  if (f.overdue) {
    q = q.where('f.status', 'in', ['submitted', 'change_submitted']).where('f.due_date', '<', today);
  }
  const [{ total } = { total: 0 }] = await q.select((eb) => eb.fn.countAll<number>().as('total')).execute();
  const items = await q
    .select([
      'f.id',
      'f.provider_id',
      'p.name',
      'p.kind',
      'p.division_code',
      'd.name as division_name',
      'f.status',
      'f.version',
      'f.filing_number',
      'f.submitted_at',
      'f.due_date',
      'f.updated_at',
    ])
    // Pending reviews first, the nearest deadline first; then the most recently changed.
    .orderBy((eb) =>
      eb.case().when('f.status', 'in', ['submitted', 'change_submitted']).then(0).else(1).end(),
    )
    .orderBy('f.due_date')
    .orderBy('f.updated_at', 'desc')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  return { items, total: Number(total) };
}

export const listFilingEvents = (db: Q, filingId: number) =>
  db.selectFrom('filing_events').selectAll().where('filing_id', '=', filingId).orderBy('id').execute();

export async function insertFilingEvent(
  db: Q,
  e: {
    filing_id: number;
    action: string;
    from_status: FilingStatus | null;
    to_status: FilingStatus;
    actor_id: number | null;
    actor_username: string | null;
    actor_name: string | null;
    reason: string | null;
    at: string;
  },
) {
  await db.insertInto('filing_events').values(e).execute();
}

/** Next filing number of a county and year: the counter row is locked by the UPDATE. */
export async function nextFilingSeq(db: Q, countyCode: string, year: number): Promise<number> {
  const bumped = await db
    .updateTable('filing_counters')
    .set((eb) => ({ seq: eb('seq', '+', 1) }))
    .where('county_code', '=', countyCode)
    .where('year', '=', year)
    .returning('seq')
    .executeTakeFirst();
  if (bumped) return bumped.seq;
  await db.insertInto('filing_counters').values({ county_code: countyCode, year, seq: 1 }).execute();
  return 1;
}

export const insertFilingVersion = (
  db: Q,
  v: { filing_id: number; version: number; data: string; filed_at: string; filed_by: string | null },
) => db.insertInto('filing_versions').values(v).execute();

export const listFeeCeilings = (db: Q) => db.selectFrom('fee_ceilings').selectAll().execute();

/** The fee ceilings in the settings page's order: by class type, then service form. */
export const orderedFeeCeilings = (db: Q) =>
  db.selectFrom('fee_ceilings').selectAll().orderBy('class_type').orderBy('service_form').execute();

/** Replaces every fee ceiling with `rows` (none: the table is left empty). */
export async function replaceFeeCeilings(trx: Q, rows: Insertable<FeeCeilingTable>[]) {
  await trx.deleteFrom('fee_ceilings').execute();
  if (rows.length) await trx.insertInto('fee_ceilings').values(rows).execute();
}

// The filing workflow's documents and accepted versions.

/** Those of the given files that belong to the provider (a filing's documents). */
export const listProviderFiles = (db: Q, providerId: number, ids: number[]) =>
  db
    .selectFrom('files')
    .select(['id', 'name', 'size', 'mime'])
    .where('id', 'in', ids)
    .where('provider_id', '=', providerId)
    .execute();

export const listFilingVersions = (db: Q, filingId: number) =>
  db
    .selectFrom('filing_versions')
    .selectAll()
    .where('filing_id', '=', filingId)
    .orderBy('version', 'desc')
    .execute();
