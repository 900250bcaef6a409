/**
 * Each provider's supervision risk (SPEC C5; issue 5 item 7): the facts of the last 12 months
 * (queries.ts) weighed by the domain rule (packages/domain risk.ts). The tier decides the
 * provider's stratum when the next "双随机" plan is published, and the county's risk view lists
 * and maps it.
 */
import type { ProviderRiskItem, RiskList, RiskQuery } from '@tuoyu/contracts';
import { assessRisk, NO_RISK_FACTS, type RiskFacts, type RiskReason, type RiskTier } from '@tuoyu/domain';
import type { Db } from '../../db';
import type { AppContext, SessionUser } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { divisionPrefix, isInScope, scopeOf } from '../../platform/scope';
import { beijingDate, nowIso } from '../../platform/time';
import {
  blacklistFacts,
  breachFacts,
  complaintFacts,
  incidentFacts,
  inspectableProviders,
  inspectionFacts,
  lastInspections,
  type RiskWindow,
} from './queries';

export { INSPECTABLE_STATUSES } from './queries';
export type { RiskTier };

export interface ProviderRisk {
  providerId: number;
  name: string;
  divisionCode: string;
  tier: RiskTier;
  score: number;
  reasons: RiskReason[];
}

const DAY = 86_400_000;

function windowAt(now: string): RiskWindow {
  const today = beijingDate(now);
  const since = new Date(Date.parse(`${today}T00:00:00Z`) - 365 * DAY).toISOString().slice(0, 10);
  return { since, today, breachesSince: new Date(Date.parse(now) - 90 * DAY).toISOString(), now };
}

const monthsBetween = (fromIso: string, toIso: string) =>
  Math.max(0, Math.floor((Date.parse(toIso) - Date.parse(fromIso)) / (30.44 * DAY)));

async function assess(db: Db, prefix: string, now: string) {
  const w = windowAt(now);
  const providers = await inspectableProviders(db, prefix);
  const ids = providers.map((p) => p.id);
  const facts = new Map<number, Partial<RiskFacts>>();
  await inspectionFacts(db, ids, w, facts);
  await breachFacts(db, ids, w, facts);
  await complaintFacts(db, ids, w, facts);
  await incidentFacts(db, ids, w, facts);
  await blacklistFacts(db, ids, facts);
  const assessed = providers.map((p) => {
    const f: RiskFacts = {
      ...NO_RISK_FACTS,
      ...facts.get(p.id),
      suspended: p.status === 'suspended',
      filedMonths: p.filed_at ? monthsBetween(p.filed_at, now) : 0,
    };
    return { row: p, risk: assessRisk(f) };
  });
  return { window: w, ids, assessed };
}

/**
 * The inspectable providers under `prefix` (a division prefix), ordered by id, with their risk:
 * what a "双随机" plan freezes as its candidates when it is published.
 */
export async function providerRisks(db: Db, prefix: string, now = nowIso()): Promise<ProviderRisk[]> {
  const { assessed } = await assess(db, prefix, now);
  return assessed.map(({ row, risk }) => ({
    providerId: row.id,
    name: row.name,
    divisionCode: row.division_code,
    tier: risk.tier,
    score: risk.score,
    reasons: risk.reasons,
  }));
}

/** The risk view of the caller's area (or a division inside it): list, counts, and map points. */
export async function riskList(ctx: AppContext, caller: SessionUser, query: RiskQuery): Promise<RiskList> {
  const scope = scopeOf(caller);
  let prefix = scope.prefix;
  if (query.divisionCode) {
    if (!isInScope(scope, query.divisionCode) && !(prefix.length === 9 && query.divisionCode === prefix))
      throw notFound();
    prefix = query.divisionCode.length === 9 ? query.divisionCode : divisionPrefix(query.divisionCode);
  }
  const now = nowIso();
  const { window, ids, assessed } = await assess(ctx.db, prefix, now);
  const last = await lastInspections(ctx.db, ids);
  const counts = { high: 0, normal: 0, low: 0 };
  const items: ProviderRiskItem[] = [];
  for (const { row, risk } of assessed) {
    counts[risk.tier] += 1;
    if (query.tier && query.tier !== risk.tier) continue;
    if (query.providerId !== undefined && query.providerId !== row.id) continue;
    items.push({
      providerId: row.id,
      filingId: row.filing_id,
      name: row.name,
      divisionCode: row.division_code,
      countyName: row.county_name,
      townshipName: row.township_name,
      lat: row.lat,
      lng: row.lng,
      filingStatus: row.status,
      tier: risk.tier,
      score: risk.score,
      reasons: risk.reasons,
      lastInspectedOn: last.get(row.id) ?? null,
    });
  }
  // Highest risk first: that is the order a county works in.
  items.sort(
    (a, b) => b.score - a.score || tierOrder[a.tier] - tierOrder[b.tier] || a.providerId - b.providerId,
  );
  return { since: window.since, counts, items };
}

const tierOrder: Record<RiskTier, number> = { high: 0, normal: 1, low: 2 };
