/**
 * 工作进展通报 (issue 12 item 6): how the office counts each lead unit's agreed tasks for a period, the
 * bulletins' numbers, and the enums of the expert committee and the industry association registers.
 * Pure: the task's events come in, the counts go out.
 */
import { beijingDate } from './beijing-time';
import type { LocalizedText } from './provider-kinds';

export const JC_BULLETIN_STATUSES = ['draft', 'issued'] as const;
export type JcBulletinStatus = (typeof JC_BULLETIN_STATUSES)[number];
export const JC_BULLETIN_STATUS_NAMES: Readonly<Record<JcBulletinStatus, LocalizedText>> = {
  draft: { zh: '草稿', en: 'Draft' },
  issued: { zh: '已签发', en: 'Issued' },
};

/** Where a task stands in a bulletin. */
export const JC_BULLETIN_OUTCOMES = ['on_time', 'late', 'overdue', 'open'] as const;
export type JcBulletinOutcome = (typeof JC_BULLETIN_OUTCOMES)[number];
export const JC_BULLETIN_OUTCOME_NAMES: Readonly<Record<JcBulletinOutcome, LocalizedText>> = {
  on_time: { zh: '按期办结', en: 'Done on time' },
  late: { zh: '逾期办结', en: 'Done late' },
  overdue: { zh: '逾期未办结', en: 'Overdue' },
  open: { zh: '未到期在办', en: 'Open, not due' },
};

/** The steps of a task that the count reads (progress and reminders do not matter to it). */
export interface JcBulletinEvent {
  kind: 'progress' | 'extension' | 'completion' | 'decision' | 'reminder';
  /** ISO instant (UTC). */
  at: string;
  /** On a decision: approved (true) or rejected (false). */
  approve: boolean | null;
  /** On an approved extension's decision: the new due date. */
  dueOn: string | null;
}

export interface JcBulletinTask {
  leadUnit: string;
  /** The due date the task row holds now (the original, or the last approved extension's). */
  dueOn: string;
  /** In the order they happened. */
  events: readonly JcBulletinEvent[];
}

/**
 * The counting rule. A task is done once the office approved its completion (销号) on or before
 * `asOf`; its done date is the day (Beijing) the lead unit asked to complete in the request the
 * office approved, so the office's review time is not held against the unit. It is on time when
 * that day is on or before the due date in effect then — the last extension the office approved
 * before it, else the task's due date. A task not done by `asOf` is overdue when its due date in
 * effect is before `asOf`, and open otherwise. An extension asked but not approved changes nothing.
 */
export function jcBulletinOutcome(task: JcBulletinTask, asOf: string): JcBulletinOutcome {
  let due: string | null = null;
  let pending: JcBulletinEvent | null = null;
  let done: string | null = null;
  for (const e of task.events) {
    if (beijingDate(e.at) > asOf) break;
    if (e.kind === 'extension' || e.kind === 'completion') pending = e;
    else if (e.kind === 'decision' && pending) {
      if (e.approve && pending.kind === 'extension' && e.dueOn) due = e.dueOn;
      if (e.approve && pending.kind === 'completion') done = beijingDate(pending.at);
      pending = null;
    }
    if (done) break;
  }
  const inEffect = due ?? task.dueOn;
  if (done) return done <= inEffect ? 'on_time' : 'late';
  return inEffect < asOf ? 'overdue' : 'open';
}

export interface JcBulletinCounts {
  assigned: number;
  onTime: number;
  late: number;
  overdue: number;
  open: number;
}

export interface JcBulletinRow extends JcBulletinCounts {
  unitCode: string;
}

const zero = (): JcBulletinCounts => ({ assigned: 0, onTime: 0, late: 0, overdue: 0, open: 0 });
const FIELD: Readonly<Record<JcBulletinOutcome, keyof JcBulletinCounts>> = {
  on_time: 'onTime',
  late: 'late',
  overdue: 'overdue',
  open: 'open',
};

/**
 * The bulletin's table: one row per lead unit with tasks, in the order of `unitOrder` (units not in
 * it last, by code), and the totals. Each task counts once, for its lead unit.
 */
export function jcBulletinFigures(
  tasks: readonly JcBulletinTask[],
  asOf: string,
  unitOrder: readonly string[] = [],
): { rows: JcBulletinRow[]; totals: JcBulletinCounts } {
  const byUnit = new Map<string, JcBulletinCounts>();
  const totals = zero();
  for (const t of tasks) {
    const c = byUnit.get(t.leadUnit) ?? zero();
    const f = FIELD[jcBulletinOutcome(t, asOf)];
    c.assigned += 1;
    c[f] += 1;
    totals.assigned += 1;
    totals[f] += 1;
    byUnit.set(t.leadUnit, c);
  }
  const rank = (u: string) => {
    const i = unitOrder.indexOf(u);
    return i < 0 ? unitOrder.length : i;
  };
  const rows = [...byUnit.entries()]
    .map(([unitCode, c]) => ({ unitCode, ...c }))
    .sort((a, b) => rank(a.unitCode) - rank(b.unitCode) || a.unitCode.localeCompare(b.unitCode));
  return { rows, totals };
}

/** The period a bulletin covers: a whole year, or from–to. */
export function jcBulletinPeriod(p: { year?: number | null; from?: string | null; to?: string | null }) {
  if (p.from && p.to) return { from: p.from, to: p.to };
  const year = p.year ?? 0;
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The figures are as of the period's end, or today while the period runs. */
export const jcBulletinAsOf = (periodTo: string, today: string) => (periodTo < today ? periodTo : today);

/** 工作进展通报 numbers: 巴托育联通〔2026〕1号, counted per year of issue from 1. */
export const jcBulletinNo = (year: number, seq: number) => `巴托育联通〔${year}〕${seq}号`;

// The registers of issue 12 item 1.
export const JC_EXPERT_FIELDS = [
  'pediatrics',
  'childcare',
  'nutrition',
  'psychology',
  'safety',
  'law',
  'other',
] as const;
export type JcExpertField = (typeof JC_EXPERT_FIELDS)[number];
export const JC_EXPERT_FIELD_NAMES: Readonly<Record<JcExpertField, LocalizedText>> = {
  pediatrics: { zh: '儿科', en: 'Paediatrics' },
  childcare: { zh: '保育', en: 'Childcare' },
  nutrition: { zh: '营养', en: 'Nutrition' },
  psychology: { zh: '心理', en: 'Psychology' },
  safety: { zh: '安全', en: 'Safety' },
  law: { zh: '法律', en: 'Law' },
  other: { zh: '其他', en: 'Other' },
};

export const JC_ASSOCIATION_ROLES = ['president', 'vice_president', 'council', 'member'] as const;
export type JcAssociationRole = (typeof JC_ASSOCIATION_ROLES)[number];
export const JC_ASSOCIATION_ROLE_NAMES: Readonly<Record<JcAssociationRole, LocalizedText>> = {
  president: { zh: '会长单位', en: 'President' },
  vice_president: { zh: '副会长单位', en: 'Vice-president' },
  council: { zh: '理事单位', en: 'Council member' },
  member: { zh: '会员单位', en: 'Member' },
};
