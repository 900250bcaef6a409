/**
 * Safety incidents (安全事故; SPEC C7, plan (四)2/(四)4/(四)5). Types follow the injury kinds of
 * 《儿童伤害预防指南》/《托育机构婴幼儿伤害预防指南（试行）》 plus the other events a provider must
 * report; codes are stable (stored, exported, used by clients) — never rename one.
 */

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

export const INCIDENT_TYPE_ZH: Record<IncidentType, string> = {
  suffocation: '窒息',
  fall: '跌倒/跌落',
  burn: '烧烫伤',
  drowning: '溺水',
  poisoning: '中毒',
  foreign_body: '异物伤害',
  traffic: '交通伤害',
  infectious_disease: '传染病',
  abuse_allegation: '虐待/伤害指控',
  fire: '火灾',
  other: '其他',
};

export const INCIDENT_SEVERITIES = ['minor', 'serious', 'critical'] as const;
export type IncidentSeverity = (typeof INCIDENT_SEVERITIES)[number];

export const INCIDENT_SEVERITY_ZH: Record<IncidentSeverity, string> = {
  minor: '一般',
  serious: '较重',
  critical: '严重',
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
export type IncidentAction = 'follow_up' | 'close';

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

export const EMERGENCY_PLAN_KIND_ZH: Record<EmergencyPlanKind, string> = {
  fire: '火灾',
  earthquake: '地震',
  infectious_disease: '传染病',
  food_poisoning: '食物中毒',
  missing_child: '幼儿走失',
  violence: '暴力侵害',
  other: '其他',
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
