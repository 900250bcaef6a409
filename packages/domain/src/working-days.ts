/**
 * Working days (工作日) for statutory deadlines — 《托育机构登记和备案办法（试行）》: the county
 * files within 5 working days, tells a non-compliant provider within 15. Monday to Friday are
 * working days, less the official holidays and plus the weekend make-up days (调休) the State
 * Council announces each year (holiday-calendar.ts builds that calendar for any year).
 */
import { dayNumberToIsoDate, dayNumberWeekday, isoDateToDayNumber } from './calendar-date';

/** A fixed holiday table: days off that would be working days, and weekend days worked. */
export interface HolidayTable {
  /** Official holidays, `YYYY-MM-DD` (weekend days listed here change nothing). */
  off: readonly string[];
  /** Weekend days that are working days (调休上班), `YYYY-MM-DD`. */
  workdays: readonly string[];
}

/** A rule for any day: whether day number `day` (days since 1970-01-01) is a working day. */
export interface WorkingDayRule {
  worksOn(day: number): boolean;
}

/**
 * What the deadline functions count with: a fixed table, or a rule that knows every year (the
 * platform's calendar, holiday-calendar.ts: statutory holidays plus the official schedules).
 */
export type HolidayCalendar = HolidayTable | WorkingDayRule;

/** Plain Monday–Friday weeks. */
export const NO_HOLIDAYS: HolidayCalendar = Object.freeze({ off: [], workdays: [] });

/** A working-day test on day numbers, with the calendar's sets built once. */
function workingDayTest(holidays: HolidayCalendar): (day: number) => boolean {
  if ('worksOn' in holidays) return (day) => holidays.worksOn(day);
  const off = new Set(holidays.off.map(isoDateToDayNumber));
  const worked = new Set(holidays.workdays.map(isoDateToDayNumber));
  return (day) => {
    if (worked.has(day)) return true;
    if (off.has(day)) return false;
    const weekday = dayNumberWeekday(day);
    return weekday >= 1 && weekday <= 5;
  };
}

/** Whether `date` (`YYYY-MM-DD`) is a working day under `holidays`. */
export function isWorkingDay(date: string, holidays: HolidayCalendar = NO_HOLIDAYS): boolean {
  return workingDayTest(holidays)(isoDateToDayNumber(date));
}

/**
 * The date `n` working days after `startDate`, the start itself not counted: a filing submitted on
 * Friday 2026-01-09 with 5 working days is due Friday 2026-01-16. With n = 0 the start date is
 * returned as it is. Holidays default to none: pass the platform's calendar.
 *
 * @throws RangeError when `startDate` is not a real date or `n` not a non-negative integer.
 */
export function addWorkingDays(
  startDate: string,
  n: number,
  holidays: HolidayCalendar = NO_HOLIDAYS,
): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer: ${n}`);
  const isWorking = workingDayTest(holidays);
  let day = isoDateToDayNumber(startDate);
  for (let left = n; left > 0; ) {
    day += 1;
    if (isWorking(day)) left -= 1;
  }
  return dayNumberToIsoDate(day);
}

/**
 * Working days after `a` up to and including `b`; negative (the same count, reversed) when `b` is
 * before `a`. So `workingDaysBetween(a, addWorkingDays(a, n)) === n`.
 *
 * @throws RangeError when either date is not a real `YYYY-MM-DD` date.
 */
export function workingDaysBetween(a: string, b: string, holidays: HolidayCalendar = NO_HOLIDAYS): number {
  const from = isoDateToDayNumber(a);
  const to = isoDateToDayNumber(b);
  const isWorking = workingDayTest(holidays);
  const forward = from <= to;
  const [lo, hi] = forward ? [from, to] : [to, from];
  let count = 0;
  for (let day = lo + 1; day <= hi; day++) {
    if (isWorking(day)) count += 1;
  }
  // 0 − count, not −1 × count, so no working days is +0 and not −0.
  return forward ? count : 0 - count;
}

export interface DeadlineStatus {
  /**
   * Working days after today up to and including the due date; 0 on the due date. Once past, it is
   * minus the working days elapsed since the due date (0 if only non-working days have passed).
   */
  remainingWorkingDays: number;
  /** Today is after the due date (the due date itself is still in time). */
  overdue: boolean;
}

/** Where `today` stands against `dueDate` (both `YYYY-MM-DD`), counted in working days. */
export function deadlineStatus(
  dueDate: string,
  today: string,
  holidays: HolidayCalendar = NO_HOLIDAYS,
): DeadlineStatus {
  return {
    remainingWorkingDays: workingDaysBetween(today, dueDate, holidays),
    overdue: isoDateToDayNumber(today) > isoDateToDayNumber(dueDate),
  };
}
