/**
 * A provider's supervision risk tier (standards.md, Supervision: the draw takes "a higher share for
 * providers with many complaints, abnormal status or serious violations"; SPEC C5). The tier is the
 * stratum a provider falls in when a "双随机" plan is published:
 * - `high`: abnormal status (suspended, blacklisted), or a risk score of {@link HIGH_RISK_SCORE} or
 *   more from the last 12 months' findings, complaints, incidents and ratio breaches;
 * - `low`: a long clean record — filed for {@link LOW_RISK_MIN_FILED_MONTHS} months or more,
 *   inspected at least once, and nothing against it in the window;
 * - `normal`: the rest.
 * The weights are the platform's (no national figure exists); they are listed here so the county
 * can explain a tier to a provider, reason by reason.
 */
import type { LocalizedText } from './provider-kinds';

export const RISK_TIERS = ['high', 'normal', 'low'] as const;
export type RiskTier = (typeof RISK_TIERS)[number];

export const RISK_TIER_NAMES: Readonly<Record<RiskTier, LocalizedText>> = {
  high: { zh: '高风险', en: 'High risk' },
  normal: { zh: '一般风险', en: 'Normal' },
  low: { zh: '低风险', en: 'Low risk' },
};

/** An inspection plan's strata are the risk tiers: each drawn at its own rate. */
export const STRATUM_NAMES = RISK_TIERS;
export type StratumName = RiskTier;

/** What the platform knows about a provider over the last 12 months (ratio breaches: 90 days). */
export interface RiskFacts {
  suspended: boolean;
  blacklisted: boolean;
  /** Months since the provider was first filed (0 when never filed). */
  filedMonths: number;
  inspections: number;
  /** Inspections with result 不合格 / 限期整改. */
  inspectionsFailed: number;
  inspectionsRectify: number;
  /** Failed findings on high-risk checklist items. */
  highRiskFindings: number;
  /** Failed findings still open after their rectification deadline. */
  overdueFindings: number;
  /** Complaints answered as substantiated / partly substantiated. */
  complaintsSubstantiated: number;
  complaintsPartly: number;
  /** Complaints received and not yet answered. */
  complaintsPending: number;
  /** Serious or critical incidents; and incidents of any severity reported late. */
  seriousIncidents: number;
  lateIncidents: number;
  /** Ratio breaches in the last 90 days, and their total minutes. */
  ratioBreaches: number;
  ratioBreachMinutes: number;
}

/** Why a tier is what it is: a stable code, the points it adds, and the count behind it. */
export interface RiskReason {
  code: RiskReasonCode;
  points: number;
  count: number;
}

export const RISK_REASON_CODES = [
  'suspended',
  'blacklisted',
  'inspection_failed',
  'inspection_rectify',
  'high_risk_finding',
  'overdue_finding',
  'complaint_substantiated',
  'complaint_partly',
  'complaint_pending',
  'serious_incident',
  'late_incident',
  'ratio_breach',
  'clean_record',
] as const;
export type RiskReasonCode = (typeof RISK_REASON_CODES)[number];

/** What each reason code means (the console and the spreadsheet say the same). */
export const RISK_REASON_NAMES: Readonly<Record<RiskReasonCode, LocalizedText>> = {
  suspended: { zh: '暂停/异常状态', en: 'Suspended' },
  blacklisted: { zh: '列入黑名单', en: 'Blacklisted' },
  inspection_failed: { zh: '检查不合格', en: 'Failed inspection' },
  inspection_rectify: { zh: '限期整改', en: 'Rectification order' },
  high_risk_finding: { zh: '高风险项不合格', en: 'High-risk item failed' },
  overdue_finding: { zh: '逾期未整改', en: 'Rectification overdue' },
  complaint_substantiated: { zh: '投诉属实', en: 'Complaint substantiated' },
  complaint_partly: { zh: '投诉部分属实', en: 'Complaint partly substantiated' },
  complaint_pending: { zh: '投诉办理中', en: 'Complaint pending' },
  serious_incident: { zh: '较大及以上事故', en: 'Serious incident' },
  late_incident: { zh: '事故迟报', en: 'Incident reported late' },
  ratio_breach: { zh: '师幼比不达标', en: 'Ratio breaches' },
  clean_record: { zh: '长期无不良记录', en: 'Long clean record' },
};

export interface RiskAssessment {
  tier: RiskTier;
  score: number;
  reasons: RiskReason[];
}

/** Score from which a provider is high risk without an abnormal status. */
export const HIGH_RISK_SCORE = 6;
/**
 * Months on file before a clean record counts as long: a full year (the city's providers are young —
 * most were filed after the 2021 plan — so two years would leave the low tier nearly empty).
 */
export const LOW_RISK_MIN_FILED_MONTHS = 12;
/** Ratio breaches shorter than this many minutes in 90 days are noise (a carer stepping out). */
export const RATIO_BREACH_MINUTES_FLOOR = 30;

/** Points per counted event, in the order a county officer would read them. */
const WEIGHTS: readonly [
  Exclude<RiskReasonCode, 'suspended' | 'blacklisted' | 'clean_record' | 'ratio_breach'>,
  keyof RiskFacts,
  number,
][] = [
  ['inspection_failed', 'inspectionsFailed', 4],
  ['inspection_rectify', 'inspectionsRectify', 2],
  ['high_risk_finding', 'highRiskFindings', 2],
  ['overdue_finding', 'overdueFindings', 3],
  ['complaint_substantiated', 'complaintsSubstantiated', 3],
  ['complaint_partly', 'complaintsPartly', 1],
  ['complaint_pending', 'complaintsPending', 1],
  ['serious_incident', 'seriousIncidents', 4],
  ['late_incident', 'lateIncidents', 2],
];

/** Points for ratio breaches: one per started hour of breach above the floor, at most 4. */
function ratioPoints(f: RiskFacts): number {
  if (f.ratioBreachMinutes < RATIO_BREACH_MINUTES_FLOOR) return 0;
  return Math.min(4, Math.ceil(f.ratioBreachMinutes / 60));
}

export function assessRisk(f: RiskFacts): RiskAssessment {
  const reasons: RiskReason[] = [];
  if (f.suspended) reasons.push({ code: 'suspended', points: 0, count: 1 });
  if (f.blacklisted) reasons.push({ code: 'blacklisted', points: 0, count: 1 });
  for (const [code, fact, weight] of WEIGHTS) {
    const count = f[fact] as number;
    if (count > 0) reasons.push({ code, points: weight * count, count });
  }
  const ratio = ratioPoints(f);
  if (ratio > 0) reasons.push({ code: 'ratio_breach', points: ratio, count: f.ratioBreaches });
  const score = reasons.reduce((sum, r) => sum + r.points, 0);

  if (f.suspended || f.blacklisted || score >= HIGH_RISK_SCORE) return { tier: 'high', score, reasons };
  const clean =
    score === 0 && f.ratioBreaches === 0 && f.filedMonths >= LOW_RISK_MIN_FILED_MONTHS && f.inspections > 0;
  if (clean)
    return { tier: 'low', score, reasons: [{ code: 'clean_record', points: 0, count: f.inspections }] };
  return { tier: 'normal', score, reasons };
}

/** Facts of a provider with nothing recorded against it (a starting point for callers and tests). */
export const NO_RISK_FACTS: Readonly<RiskFacts> = Object.freeze({
  suspended: false,
  blacklisted: false,
  filedMonths: 0,
  inspections: 0,
  inspectionsFailed: 0,
  inspectionsRectify: 0,
  highRiskFindings: 0,
  overdueFindings: 0,
  complaintsSubstantiated: 0,
  complaintsPartly: 0,
  complaintsPending: 0,
  seriousIncidents: 0,
  lateIncidents: 0,
  ratioBreaches: 0,
  ratioBreachMinutes: 0,
});
