/** SQL of incidents, emergency plans and drills (Kysely only; scope applied by the caller's filter). */
import type { IncidentSeverity, IncidentStatus, IncidentType } from '@tuoyu/domain';
import type { Insertable, Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../../db/schema';
import type {
  DrillTable,
  EmergencyPlanTable,
  IncidentTable,
  IncidentUpdateTable,
} from '../../db/schema-incidents';
import { inScope, type Scope } from '../../platform/scope';

export interface IncidentFilter {
  scope: Scope;
  severity?: IncidentSeverity | undefined;
  type?: IncidentType | undefined;
  status?: IncidentStatus | undefined;
  late?: boolean | undefined;
  providerId?: number | undefined;
  /** Only unacknowledged alerts. */
  alertsOnly?: boolean;
}

/**
 * Who sees which incidents: a provider user its own provider's, a township officer its township's,
 * everyone else its division's (county or city) — the one place this rule lives for incidents.
 */
export function incidentQuery(db: Kysely<Database>, f: IncidentFilter) {
  let q = db
    .selectFrom('incidents as i')
    .innerJoin('providers as p', 'p.id', 'i.provider_id')
    .innerJoin('divisions as d', 'd.code', 'i.division_code');
  if (f.scope.providerId !== null) q = q.where('i.provider_id', '=', f.scope.providerId);
  else q = q.where(inScope(f.scope, f.scope.prefix.length === 9 ? 'i.township_code' : 'i.division_code'));
  if (f.severity) q = q.where('i.severity', '=', f.severity);
  if (f.type) q = q.where('i.type', '=', f.type);
  if (f.status) q = q.where('i.status', '=', f.status);
  if (f.late !== undefined) q = q.where('i.late', '=', f.late ? 1 : 0);
  if (f.providerId) q = q.where('i.provider_id', '=', f.providerId);
  if (f.alertsOnly) q = q.where('i.alert', '=', 1).where('i.acknowledged_at', 'is', null);
  return q;
}

const LIST_COLUMNS = [
  'i.id',
  'i.provider_id',
  'p.name as provider_name',
  'i.division_code',
  'd.name as division_name',
  'i.type',
  'i.severity',
  'i.status',
  'i.occurred_at',
  'i.reported_at',
  'i.late',
  'i.alert',
  'i.acknowledged_at',
] as const;

export async function countIncidents(db: Kysely<Database>, f: IncidentFilter) {
  const r = await incidentQuery(db, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

export function pageIncidents(db: Kysely<Database>, f: IncidentFilter, limit: number, offset: number) {
  return incidentQuery(db, f)
    .select([
      ...LIST_COLUMNS,
      sql<number>`(select count(*) from incident_children c where c.incident_id = i.id)`.as('child_count'),
    ])
    .orderBy('i.reported_at', 'desc')
    .orderBy('i.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}
export type IncidentRow = Awaited<ReturnType<typeof pageIncidents>>[number];

export const findIncident = (db: Kysely<Database>, scope: Scope, id: number) =>
  incidentQuery(db, { scope })
    .select([
      ...LIST_COLUMNS,
      sql<number>`(select count(*) from incident_children c where c.incident_id = i.id)`.as('child_count'),
      'i.township_code',
      'i.description',
      'i.actions_taken',
      'i.guardians_notified_at',
      'i.closed_at',
      'i.close_summary',
    ])
    .where('i.id', '=', id)
    .executeTakeFirst();

export const incidentChildren = (db: Kysely<Database>, id: number) =>
  db
    .selectFrom('incident_children as ic')
    .innerJoin('children as c', 'c.id', 'ic.child_id')
    .select(['c.id', 'c.name', 'c.resident_id_masked'])
    .where('ic.incident_id', '=', id)
    .orderBy('c.id')
    .execute();

export const incidentUpdates = (db: Kysely<Database>, id: number) =>
  db
    .selectFrom('incident_updates')
    .select(['id', 'at', 'author_name', 'author_role', 'kind', 'text'])
    .where('incident_id', '=', id)
    .orderBy('id')
    .execute();

/** Providers in scope with their plan count and latest drill (for the county's preparedness list). */
export function preparednessQuery(db: Kysely<Database>, scope: Scope) {
  let q = db
    .selectFrom('providers as p')
    .innerJoin('filings as f', 'f.provider_id', 'p.id')
    .innerJoin('divisions as d', 'd.code', 'p.division_code')
    .where('f.filing_number', 'is not', null);
  if (scope.providerId !== null) q = q.where('p.id', '=', scope.providerId);
  else q = q.where(inScope(scope, scope.prefix.length === 9 ? 'p.township_code' : 'p.division_code'));
  return q;
}

export function pagePreparedness(
  db: Kysely<Database>,
  scope: Scope,
  cutoff: string,
  overdue: boolean | undefined,
  limit: number,
  offset: number,
) {
  const lastDrill = sql<string | null>`(select max(dr.held_on) from drills dr where dr.provider_id = p.id)`;
  let q = preparednessQuery(db, scope);
  if (overdue === true)
    q = q.where(
      sql<boolean>`not exists (select 1 from drills dr where dr.provider_id = p.id and dr.held_on >= ${cutoff})`,
    );
  if (overdue === false)
    q = q.where(
      sql<boolean>`exists (select 1 from drills dr where dr.provider_id = p.id and dr.held_on >= ${cutoff})`,
    );
  return {
    count: q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    rows: q
      .select([
        'p.id',
        'p.name',
        'd.name as division_name',
        lastDrill.as('last_drill_on'),
        sql<number>`(select count(*) from emergency_plans ep where ep.provider_id = p.id)`.as('plans'),
      ])
      .orderBy(sql`case when ${lastDrill} is null then 0 else 1 end`)
      .orderBy(lastDrill)
      .orderBy('p.id')
      .limit(limit)
      .offset(offset)
      .execute(),
  };
}

/** Which of these children are the provider's. */
export function providerChildIds(db: Kysely<Database>, providerId: number, ids: number[]) {
  return db
    .selectFrom('children')
    .select('id')
    .where('provider_id', '=', providerId)
    .where('id', 'in', ids)
    .execute();
}

export function providerPlace(db: Kysely<Database>, providerId: number) {
  return db
    .selectFrom('providers')
    .select(['division_code', 'township_code'])
    .where('id', '=', providerId)
    .executeTakeFirstOrThrow();
}

export function insertIncident(trx: Kysely<Database>, values: Insertable<IncidentTable>) {
  return trx.insertInto('incidents').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function insertIncidentChild(trx: Kysely<Database>, incidentId: number, childId: number) {
  await trx.insertInto('incident_children').values({ incident_id: incidentId, child_id: childId }).execute();
}

export async function markAcknowledged(trx: Kysely<Database>, id: number, by: number, at: string) {
  await trx
    .updateTable('incidents')
    .set({ acknowledged_at: at, acknowledged_by: by, updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function insertIncidentUpdate(trx: Kysely<Database>, values: Insertable<IncidentUpdateTable>) {
  await trx.insertInto('incident_updates').values(values).execute();
}

/** Moves the incident to its next status; closing also records who closed it and the summary. */
export async function setIncidentStatus(
  trx: Kysely<Database>,
  id: number,
  status: IncidentStatus,
  at: string,
  close: { by: number; summary: string } | null,
) {
  await trx
    .updateTable('incidents')
    .set({
      status,
      updated_at: at,
      ...(close ? { closed_at: at, closed_by: close.by, close_summary: close.summary } : {}),
    })
    .where('id', '=', id)
    .execute();
}

/** Which of these files are the provider's own uploads. */
export function providerFileIds(db: Kysely<Database>, providerId: number, ids: number[]) {
  return db
    .selectFrom('files')
    .select('id')
    .where('id', 'in', ids)
    .where('provider_id', '=', providerId)
    .execute();
}

export function providerDivisionCode(db: Kysely<Database>, providerId: number) {
  return db.selectFrom('providers').select('division_code').where('id', '=', providerId).executeTakeFirst();
}

export function planRows(db: Kysely<Database>, providerId: number) {
  return db
    .selectFrom('emergency_plans')
    .selectAll()
    .where('provider_id', '=', providerId)
    .orderBy('effective_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export function insertPlan(trx: Kysely<Database>, values: Insertable<EmergencyPlanTable>) {
  return trx.insertInto('emergency_plans').values(values).returning('id').executeTakeFirstOrThrow();
}

export function drillRows(db: Kysely<Database>, providerId: number) {
  return db
    .selectFrom('drills')
    .selectAll()
    .where('provider_id', '=', providerId)
    .orderBy('held_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export function insertDrill(trx: Kysely<Database>, values: Insertable<DrillTable>) {
  return trx.insertInto('drills').values(values).returning('id').executeTakeFirstOrThrow();
}
