/**
 * Safety incidents (安全事故; SPEC C7, plan (四)2/(四)4/(四)5). Types follow the injury kinds of
 * 《儿童伤害预防指南》/《托育机构婴幼儿伤害预防指南（试行）》 plus the other events a provider must
 * report; codes are stable (stored, exported, used by clients) — never rename one.
 */
import type { LocalizedText } from './provider-kinds';

export const INCIDENT_TYPES = [
  'suffocation',
  'fall',
  'burn',
  'drowning',
  'poisoning',
  'foreign_body',
  'traffic',
  'infectious_disease',
  'abuse_allegation',
  'fire',
  'other',
] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

export const INCIDENT_TYPE_NAMES: Readonly<Record<IncidentType, LocalizedText>> = {
  suffocation: { zh: '窒息', en: 'Suffocation' },
  fall: { zh: '跌倒/跌落', en: 'Fall' },
  burn: { zh: '烧烫伤', en: 'Burn or scald' },
  drowning: { zh: '溺水', en: 'Drowning' },
  poisoning: { zh: '中毒', en: 'Poisoning' },
  foreign_body: { zh: '异物伤害', en: 'Foreign body' },
  traffic: { zh: '交通伤害', en: 'Traffic' },
  infectious_disease: { zh: '传染病', en: 'Infectious disease' },
  abuse_allegation: { zh: '虐待/伤害指控', en: 'Abuse allegation' },
  fire: { zh: '火灾', en: 'Fire' },
  other: { zh: '其他', en: 'Other' },
};

export const INCIDENT_SEVERITIES = ['minor', 'serious', 'critical'] as const;
export type IncidentSeverity = (typeof INCIDENT_SEVERITIES)[number];

export const INCIDENT_SEVERITY_NAMES: Readonly<Record<IncidentSeverity, LocalizedText>> = {
  minor: { zh: '一般', en: 'Minor' },
  serious: { zh: '较重', en: 'Serious' },
  critical: { zh: '严重', en: 'Critical' },
};

/** Serious and critical incidents alert the county at once (SPEC C7: "the county is alerted at once"). */
export const alertsCounty = (severity: IncidentSeverity): boolean => severity !== 'minor';

/**
 * Late report (SPEC C7, param `incidentLateHours`, default 24): reported more than that many hours
 * after it occurred. Exactly the limit is still on time.
 */
export function isLateReport(occurredAt: string, reportedAt: string, lateHours: number): boolean {
  return Date.parse(reportedAt) - Date.parse(occurredAt) > lateHours * 3_600_000;
}

export const INCIDENT_STATUSES = ['open', 'following', 'closed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const INCIDENT_STATUS_NAMES: Readonly<Record<IncidentStatus, LocalizedText>> = {
  open: { zh: '待跟进', en: 'Open' },
  following: { zh: '跟进中', en: 'Following' },
  closed: { zh: '已结案', en: 'Closed' },
};

/** What an entry of an incident's history records: a follow-up, or the closure. */
export const INCIDENT_ACTIONS = ['follow_up', 'close'] as const;
export type IncidentAction = (typeof INCIDENT_ACTIONS)[number];

/**
 * open → following (the first follow-up) → closed (the county closes it, from open or following).
 * Follow-ups keep a following incident following; nothing moves a closed one. Null = not allowed.
 */
export function nextIncidentStatus(from: IncidentStatus, action: IncidentAction): IncidentStatus | null {
  if (from === 'closed') return null;
  if (action === 'follow_up') return 'following';
  return 'closed';
}

/** Kinds of emergency plans (应急预案) a provider keeps (《托育机构管理规范（试行）》 安全管理). */
export const EMERGENCY_PLAN_KINDS = [
  'fire',
  'earthquake',
  'infectious_disease',
  'food_poisoning',
  'missing_child',
  'violence',
  'other',
] as const;
export type EmergencyPlanKind = (typeof EMERGENCY_PLAN_KINDS)[number];

export const EMERGENCY_PLAN_KIND_NAMES: Readonly<Record<EmergencyPlanKind, LocalizedText>> = {
  fire: { zh: '火灾', en: 'Fire' },
  earthquake: { zh: '地震', en: 'Earthquake' },
  infectious_disease: { zh: '传染病', en: 'Infectious disease' },
  food_poisoning: { zh: '食物中毒', en: 'Food poisoning' },
  missing_child: { zh: '幼儿走失', en: 'Missing child' },
  violence: { zh: '暴力侵害', en: 'Violence' },
  other: { zh: '其他', en: 'Other' },
};

/** Months without a drill after which the county sees a provider flagged (brief: 6). */
export const DRILL_OVERDUE_MONTHS = 6;

/** `YYYY-MM-DD` minus whole months (day clamped to the month's end). */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${ny}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * A provider is overdue for a drill when its latest drill is more than six months before `today`
 * (or it has none).
 */
export function drillOverdue(lastDrillOn: string | null, today: string): boolean {
  return !lastDrillOn || lastDrillOn < monthsBefore(today, DRILL_OVERDUE_MONTHS);
}

/** 张小明 → 张*明, 李明 → 李*: a child's name in a regulator's view of an incident (PIPL). */
export function maskPersonName(name: string): string {
  const c = [...name.trim()];
  if (c.length <= 1) return c.join('');
  if (c.length === 2) return `${c[0]}*`;
  return `${c[0]}${'*'.repeat(c.length - 2)}${c[c.length - 1]}`;
}
