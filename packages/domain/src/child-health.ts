/**
 * Child health management of children under 3 (国家基本公共卫生服务规范, 第三版; standards.md, child
 * health): the 4-2-2 check-up schedule, which check-up satisfies which due date, and the computable
 * rule of I-2 (3岁以下儿童系统管理率) for a reporting year. Dates are ISO calendar dates (Beijing).
 */
import { dayNumberToIsoDate, daysInMonth, isoDateToDayNumber, parseIsoDate } from './calendar-date';
import type { LocalizedText } from './provider-kinds';

/** The ages in months whose check-ups I-2 counts ("4-2-2": 4 in the first year, 2, 2). */
export const SCHEDULE_AGES = [3, 6, 8, 12, 18, 24, 30] as const;
/** Scheduled check-up ages a record may name: the counted ones and the 36-month exit check. */
export const CHECKUP_AGES = [...SCHEDULE_AGES, 36] as const;
export type CheckupAge = (typeof CHECKUP_AGES)[number];

export const CHECKUP_KINDS = ['newborn_visit', 'month_1', 'scheduled'] as const;
export type CheckupKind = (typeof CHECKUP_KINDS)[number];
export const CHECKUP_KIND_NAMES: Readonly<Record<CheckupKind, LocalizedText>> = {
  newborn_visit: { zh: '新生儿家庭访视', en: 'Newborn home visit' },
  month_1: { zh: '满月健康管理', en: 'One-month check' },
  scheduled: { zh: '健康检查', en: 'Check-up' },
};

export const DEVELOPMENT_RESULTS = ['normal', 'suspect', 'abnormal'] as const;
export type DevelopmentResult = (typeof DEVELOPMENT_RESULTS)[number];
export const DEVELOPMENT_RESULT_NAMES: Readonly<Record<DevelopmentResult, LocalizedText>> = {
  normal: { zh: '正常', en: 'Normal' },
  suspect: { zh: '可疑', en: 'Suspect' },
  abnormal: { zh: '异常', en: 'Abnormal' },
};

export const HEALTH_CHILD_STATUSES = ['active', 'moved_out', 'died'] as const;
export type HealthChildStatus = (typeof HEALTH_CHILD_STATUSES)[number];
export const HEALTH_CHILD_STATUS_NAMES: Readonly<Record<HealthChildStatus, LocalizedText>> = {
  active: { zh: '在册', en: 'Active' },
  moved_out: { zh: '已迁出', en: 'Moved out' },
  died: { zh: '已死亡', en: 'Died' },
};

export const DUE_STATUSES = ['done', 'late', 'missed', 'due', 'upcoming'] as const;
export type DueStatus = (typeof DUE_STATUSES)[number];
export const DUE_STATUS_NAMES: Readonly<Record<DueStatus, LocalizedText>> = {
  done: { zh: '已完成', en: 'Done' },
  late: { zh: '已逾期', en: 'Overdue' },
  missed: { zh: '已错过', en: 'Missed' },
  due: { zh: '待检查', en: 'Due' },
  upcoming: { zh: '未到期', en: 'Upcoming' },
};

/**
 * How near its due date a check-up must be (city parameters). `around`: within ±windowDays (the
 * platform's default, ±30); `after`: from the due date to windowDays − 1 days after — the 妇幼
 * forms' filling notes ("满 m 月至 m 月 29 天") are `{ windowDays: 30, windowMode: 'after' }`.
 */
export interface CheckupWindow {
  windowDays: number;
  windowMode: 'around' | 'after';
}
export const DEFAULT_CHECKUP_WINDOW: Readonly<CheckupWindow> = Object.freeze({
  windowDays: 30,
  windowMode: 'around',
});

/** The date `months` calendar months after `birth`, on the last day of a shorter month (31 Jan + 1 → 28/29 Feb). */
export function addMonths(birth: string, months: number): string {
  const d = parseIsoDate(birth);
  if (!d) throw new RangeError(`not a date: ${birth}`);
  const total = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(d.day, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export const addDays = (date: string, n: number) => dayNumberToIsoDate(isoDateToDayNumber(date) + n);
const dayDiff = (a: string, b: string) => isoDateToDayNumber(a) - isoDateToDayNumber(b);

/** The window `[from, to]` (inclusive) in which a check-up satisfies a due date. */
export function dueWindow(
  due: string,
  w: CheckupWindow = DEFAULT_CHECKUP_WINDOW,
): { from: string; to: string } {
  return w.windowMode === 'after'
    ? { from: due, to: addDays(due, w.windowDays - 1) }
    : { from: addDays(due, -w.windowDays), to: addDays(due, w.windowDays) };
}

export interface DatedCheckup {
  id: number;
  date: string;
}

/**
 * Which check-up satisfies which due date: one check-up at most one due date. Due dates in order,
 * each takes the earliest unused check-up inside its window — with windows of equal length this
 * satisfies as many due dates as any assignment can.
 */
export function matchCheckups(
  dueDates: readonly string[],
  checkups: readonly DatedCheckup[],
  w: CheckupWindow = DEFAULT_CHECKUP_WINDOW,
): (number | null)[] {
  const sorted = [...checkups].sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
  const used = new Set<number>();
  return dueDates.map((due) => {
    const { from, to } = dueWindow(due, w);
    const hit = sorted.find((c) => !used.has(c.id) && c.date >= from && c.date <= to);
    if (!hit) return null;
    used.add(hit.id);
    return hit.id;
  });
}

export interface ScheduleEntry {
  ageMonths: CheckupAge;
  dueFrom: string;
  dueTo: string;
  /** The due date itself (birth + ageMonths). */
  dueOn: string;
  status: DueStatus;
  checkupId: number | null;
}

/**
 * A child's schedule as of `today`: the counted ages and the 36-month exit check. done: satisfied;
 * due: the window is open and the due date not passed; late: past the due date, the window still
 * open; missed: the window closed unsatisfied; upcoming: the window not yet open.
 */
export function schedule(
  birthDate: string,
  checkups: readonly DatedCheckup[],
  today: string,
  w: CheckupWindow = DEFAULT_CHECKUP_WINDOW,
): ScheduleEntry[] {
  const dueDates = CHECKUP_AGES.map((m) => addMonths(birthDate, m));
  const matched = matchCheckups(dueDates, checkups, w);
  return CHECKUP_AGES.map((ageMonths, i) => {
    const dueOn = dueDates[i] as string;
    const { from, to } = dueWindow(dueOn, w);
    const checkupId = matched[i] ?? null;
    const status: DueStatus =
      checkupId !== null
        ? 'done'
        : today > to
          ? 'missed'
          : today < from
            ? 'upcoming'
            : today > dueOn
              ? 'late'
              : 'due';
    return { ageMonths, dueFrom: from, dueTo: to, dueOn, status, checkupId };
  });
}

/** Whether a new check-up on `date` satisfies a due date the others have not (the answer's `onTime`). */
export function satisfiesADueDate(
  birthDate: string,
  others: readonly DatedCheckup[],
  added: DatedCheckup,
  w: CheckupWindow = DEFAULT_CHECKUP_WINDOW,
): boolean {
  const dueDates = SCHEDULE_AGES.map((m) => addMonths(birthDate, m)).concat(addMonths(birthDate, 36));
  return matchCheckups(dueDates, [...others, added], w).includes(added.id);
}

/** The reporting year's start, `MM-DD` (city parameter: `01-01` by default, `10-01` for the 妇幼年报). */
export type YearStart = string;

/**
 * Reporting year `year`: from its start to the day before the next. A year starting on 10-01 is
 * named by the calendar year it ends in (妇幼年报 2026 = 2025-10-01 … 2026-09-30).
 */
export function reportingPeriod(year: number, yearStart: YearStart = '01-01'): { from: string; to: string } {
  const startYear = yearStart === '01-01' ? year : year - 1;
  const from = `${startYear}-${yearStart}`;
  return { from, to: addDays(`${startYear + 1}-${yearStart}`, -1) };
}

export interface ChildYear {
  /** Due dates in the period up to the evaluation date (`required(c, Y)`). */
  required: number;
  satisfied: number;
  /** Counted in the denominator: under 3 at some time in the period, with required ≥ 1. */
  counted: boolean;
  /** Counted and every required due date satisfied. */
  managed: boolean;
  /** The schedule ages of required due dates not satisfied. */
  missedAges: number[];
}

/**
 * standards.md's rule for I-2 in year Y, for one child resident in the division: a check-up is due
 * at birth + m months for m in 3, 6, 8, 12, 18, 24, 30; required = due dates inside Y and not after
 * `asOf` (Y's end for a past year, today for the running one); a check-up inside Y within the window
 * of a due date satisfies it (one check-up one due date); managed when every required one is.
 */
export function childYear(
  birthDate: string,
  checkups: readonly DatedCheckup[],
  period: { from: string; to: string },
  asOf: string,
  w: CheckupWindow = DEFAULT_CHECKUP_WINDOW,
): ChildYear {
  const until = asOf < period.to ? asOf : period.to;
  const underThreeInPeriod = birthDate <= period.to && addMonths(birthDate, 36) > period.from;
  const dueDates = SCHEDULE_AGES.map((m) => addMonths(birthDate, m));
  const inYear = checkups.filter((c) => c.date >= period.from && c.date <= period.to);
  const matched = matchCheckups(dueDates, inYear, w);
  let required = 0;
  let satisfied = 0;
  const missedAges: number[] = [];
  dueDates.forEach((due, i) => {
    if (due < period.from || due > until) return;
    required++;
    if (matched[i] !== null) satisfied++;
    else missedAges.push(SCHEDULE_AGES[i] as number);
  });
  const counted = underThreeInPeriod && required >= 1;
  return { required, satisfied, counted, managed: counted && satisfied === required, missedAges };
}

/** 新生儿访视: a newborn visit or one-month check within 28 days of birth counts. */
export function visitedAsNewborn(
  birthDate: string,
  visits: readonly { kind: CheckupKind; date: string }[],
): boolean {
  return visits.some(
    (v) => v.kind !== 'scheduled' && dayDiff(v.date, birthDate) >= 0 && dayDiff(v.date, birthDate) <= 28,
  );
}

/** Age in whole days on a date. */
export const ageInDays = (birthDate: string, on: string) => dayDiff(on, birthDate);

/** A rate in percent with one decimal, or null without a denominator. */
export const ratePercent = (numerator: number, denominator: number): number | null =>
  denominator === 0 ? null : Math.round((numerator / denominator) * 1000) / 10;

/** The plan's 2025 target for I-2 (≥ 92 %). */
export const HEALTH_MANAGEMENT_TARGET = 92;
