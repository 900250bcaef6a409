/**
 * The facts behind each provider's risk (packages/domain risk.ts), gathered for a whole set of
 * providers at once: one grouped query per kind of fact, never one query per provider.
 */
import type { RiskFacts } from '@tuoyu/domain';
import type { Db } from '../../db';
import { inScope } from '../../platform/scope';

/** Filing statuses of providers that are open to inspection: filed, changing, or suspended. */
export const INSPECTABLE_STATUSES = ['filed', 'change_submitted', 'suspended'] as const;

export interface RiskWindow {
  /** Beijing dates: facts dated from `since` (12 months back) to `today`. */
  since: string;
  today: string;
  /** ISO instant 90 days back: ratio breaches counted from here. */
  breachesSince: string;
  /** ISO instant of the assessment: a breach still open counts until then. */
  now: string;
}

export interface RiskProviderRow {
  id: number;
  name: string;
  division_code: string;
  township_code: string | null;
  county_name: string;
  township_name: string | null;
  lat: number | null;
  lng: number | null;
  status: string;
  filed_at: string | null;
  filing_id: number;
}

/** The inspectable providers under a division prefix (a 9-digit prefix is a township), by id. */
export function inspectableProviders(db: Db, prefix: string): Promise<RiskProviderRow[]> {
  let q = db
    .selectFrom('providers as p')
    .innerJoin('filings as f', 'f.provider_id', 'p.id')
    .innerJoin('divisions as c', 'c.code', 'p.division_code')
    .leftJoin('divisions as t', 't.code', 'p.township_code')
    .select([
      'p.id',
      'p.name',
      'p.division_code',
      'p.township_code',
      'c.name as county_name',
      't.name as township_name',
      'p.lat',
      'p.lng',
      'f.status',
      'f.filed_at',
      'f.id as filing_id',
    ])
    .where('f.status', 'in', [...INSPECTABLE_STATUSES]);
  q =
    prefix.length === 9
      ? q.where('p.township_code', '=', prefix)
      : q.where(inScope({ prefix }, 'p.division_code'));
  return q.orderBy('p.id').execute();
}

type Partial2 = Map<number, Partial<RiskFacts>>;

function merge(into: Partial2, providerId: number, facts: Partial<RiskFacts>) {
  into.set(providerId, { ...into.get(providerId), ...facts });
}

const num = (v: unknown) => Number(v ?? 0);

/** Submitted inspections of the window and what they found. */
export async function inspectionFacts(db: Db, ids: number[], w: RiskWindow, into: Partial2) {
  if (ids.length === 0) return;
  const inspections = await db
    .selectFrom('inspections')
    .select((eb) => [
      'provider_id',
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number>(eb.case().when('result', '=', 'fail').then(1).else(0).end()).as('failed'),
      eb.fn.sum<number>(eb.case().when('result', '=', 'rectify').then(1).else(0).end()).as('rectify'),
      eb.fn.max('inspected_on').as('last'),
    ])
    .where('provider_id', 'in', ids)
    .where('result', 'is not', null)
    .where('inspected_on', '>=', w.since)
    .groupBy('provider_id')
    .execute();
  for (const r of inspections)
    merge(into, r.provider_id, {
      inspections: num(r.n),
      inspectionsFailed: num(r.failed),
      inspectionsRectify: num(r.rectify),
    });

  const findings = await db
    .selectFrom('inspection_findings as f')
    .innerJoin('inspections as i', 'i.id', 'f.inspection_id')
    .innerJoin('checklist_items as ci', 'ci.id', 'f.item_id')
    .select((eb) => [
      'i.provider_id',
      eb.fn.sum<number>(eb.case().when('ci.risk', '=', 'high').then(1).else(0).end()).as('high'),
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(eb.and([eb('f.status', '=', 'open'), eb('f.deadline', '<', w.today)]))
            .then(1)
            .else(0)
            .end(),
        )
        .as('overdue'),
    ])
    .where('i.provider_id', 'in', ids)
    .where('f.outcome', '=', 'fail')
    .where('i.inspected_on', '>=', w.since)
    .groupBy('i.provider_id')
    .execute();
  for (const r of findings)
    merge(into, r.provider_id, { highRiskFindings: num(r.high), overdueFindings: num(r.overdue) });
}

/** The date of each provider's last submitted inspection (any time). */
export async function lastInspections(db: Db, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('inspections')
    .select((eb) => ['provider_id', eb.fn.max('inspected_on').as('last')])
    .where('provider_id', 'in', ids)
    .where('result', 'is not', null)
    .groupBy('provider_id')
    .execute();
  return new Map(rows.filter((r) => r.last).map((r) => [r.provider_id, String(r.last)]));
}

/** Ratio breaches of the last 90 days: how many and for how long (an open one counts until now). */
export async function breachFacts(db: Db, ids: number[], w: RiskWindow, into: Partial2) {
  if (ids.length === 0) return;
  const rows = await db
    .selectFrom('ratio_breaches')
    .select(['provider_id', 'started_at', 'ended_at'])
    .where('provider_id', 'in', ids)
    .where('started_at', '>=', w.breachesSince)
    .execute();
  const acc = new Map<number, { n: number; minutes: number }>();
  for (const r of rows) {
    const a = acc.get(r.provider_id) ?? { n: 0, minutes: 0 };
    a.n += 1;
    a.minutes += Math.max(
      0,
      Math.round((Date.parse(r.ended_at ?? w.now) - Date.parse(r.started_at)) / 60_000),
    );
    acc.set(r.provider_id, a);
  }
  for (const [id, a] of acc) merge(into, id, { ratioBreaches: a.n, ratioBreachMinutes: a.minutes });
}

/** Complaints received in the window: answered as substantiated or partly, or still pending. */
export async function complaintFacts(db: Db, ids: number[], w: RiskWindow, into: Partial2) {
  if (ids.length === 0) return;
  const rows = await db
    .selectFrom('complaints')
    .select((eb) => [
      'provider_id',
      eb.fn.sum<number>(eb.case().when('outcome', '=', 'substantiated').then(1).else(0).end()).as('yes'),
      eb.fn.sum<number>(eb.case().when('outcome', '=', 'partly').then(1).else(0).end()).as('partly'),
      eb.fn.sum<number>(eb.case().when('status', '!=', 'answered').then(1).else(0).end()).as('pending'),
    ])
    .where('provider_id', 'in', ids)
    .where('received_on', '>=', w.since)
    .groupBy('provider_id')
    .execute();
  for (const r of rows)
    if (r.provider_id !== null)
      merge(into, r.provider_id, {
        complaintsSubstantiated: num(r.yes),
        complaintsPartly: num(r.partly),
        complaintsPending: num(r.pending),
      });
}

/** Incidents that happened in the window: serious or critical ones, and any reported late. */
export async function incidentFacts(db: Db, ids: number[], w: RiskWindow, into: Partial2) {
  if (ids.length === 0) return;
  const rows = await db
    .selectFrom('incidents')
    .select((eb) => [
      'provider_id',
      eb.fn
        .sum<number>(eb.case().when('severity', 'in', ['serious', 'critical']).then(1).else(0).end())
        .as('serious'),
      eb.fn.sum<number>('late').as('late'),
    ])
    .where('provider_id', 'in', ids)
    .where('occurred_at', '>=', `${w.since}T00:00:00.000Z`)
    .groupBy('provider_id')
    .execute();
  for (const r of rows)
    merge(into, r.provider_id, { seriousIncidents: num(r.serious), lateIncidents: num(r.late) });
}

/** Providers on the public blacklist now. */
export async function blacklistFacts(db: Db, ids: number[], into: Partial2) {
  if (ids.length === 0) return;
  const rows = await db
    .selectFrom('blacklist')
    .select('provider_id')
    .where('provider_id', 'in', ids)
    .where('removed_at', 'is', null)
    .execute();
  for (const r of rows) merge(into, r.provider_id, { blacklisted: true });
}
