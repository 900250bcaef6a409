/**
 * Working days (工作日) for statutory deadlines — 《托育机构登记和备案办法（试行）》: the county
 * files within 5 working days, tells a non-compliant provider within 15. Monday to Friday are
 * working days, less the official holidays and plus the weekend make-up days (调休) the State
 * Council announces each year.
 */
import { dayNumberToIsoDate, dayNumberWeekday, isoDateToDayNumber } from './calendar-date';

/** A year's holiday arrangement: days off that would be working days, and weekend days worked. */
export interface HolidayCalendar {
  /** Official holidays, `YYYY-MM-DD` (weekend days listed here change nothing). */
  off: readonly string[];
  /** Weekend days that are working days (调休上班), `YYYY-MM-DD`. */
  workdays: readonly string[];
}

/** Plain Monday–Friday weeks. */
export const NO_HOLIDAYS: HolidayCalendar = Object.freeze({ off: [], workdays: [] });

/**
 * 2026 holidays — 《国务院办公厅关于2026年部分节假日安排的通知》 (dated 2025-11-04, published by
 * 新华社). Param: this table must be maintained yearly from the State Council notice and
 * configurable by the city; deadlines running into 2027 need the 2027 table merged in.
 */
export const CN_HOLIDAYS_2026: HolidayCalendar = Object.freeze({
  off: [
    // 元旦 1月1日–3日
    '2026-01-01',
    '2026-01-02',
    '2026-01-03',
    // 春节 2月15日–23日
    '2026-02-15',
    '2026-02-16',
    '2026-02-17',
    '2026-02-18',
    '2026-02-19',
    '2026-02-20',
    '2026-02-21',
    '2026-02-22',
    '2026-02-23',
    // 清明节 4月4日–6日
    '2026-04-04',
    '2026-04-05',
    '2026-04-06',
    // 劳动节 5月1日–5日
    '2026-05-01',
    '2026-05-02',
    '2026-05-03',
    '2026-05-04',
    '2026-05-05',
    // 端午节 6月19日–21日
    '2026-06-19',
    '2026-06-20',
    '2026-06-21',
    // 中秋节 9月25日–27日
    '2026-09-25',
    '2026-09-26',
    '2026-09-27',
    // 国庆节 10月1日–7日
    '2026-10-01',
    '2026-10-02',
    '2026-10-03',
    '2026-10-04',
    '2026-10-05',
    '2026-10-06',
    '2026-10-07',
  ],
  workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
});

/** One calendar made of several (e.g. two years' tables for a deadline across New Year). */
export function mergeHolidayCalendars(...calendars: readonly HolidayCalendar[]): HolidayCalendar {
  return {
    off: calendars.flatMap((c) => c.off),
    workdays: calendars.flatMap((c) => c.workdays),
  };
}

/** A working-day test on day numbers, with the calendar's sets built once. */
function workingDayTest(holidays: HolidayCalendar): (day: number) => boolean {
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
 * returned as it is. Holidays default to none: pass the year's table (e.g. {@link CN_HOLIDAYS_2026}).
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
