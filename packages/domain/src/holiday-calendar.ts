/**
 * The working-day calendar of any year: the statutory holidays computed from
 * 《全国年节及纪念日放假办法》 (State Council, 2024 revision, in force from 2025), plus the yearly
 * schedule (调休: extra days off and weekend make-up workdays) the State Council announces and the
 * city enters. A year without an entered schedule counts its statutory holidays only — a schedule
 * is never guessed, because the State Council's choice of bridge days cannot be derived.
 *
 * The lunar dates (除夕, 端午, 中秋) and the 清明 solar term come from tyme4ts (pure TypeScript,
 * astronomical algorithms, no data files).
 */
import { LunarDay, type SolarDay, SolarTerm } from 'tyme4ts';
import { dayNumberToIsoDate, dayNumberWeekday, isoDateToDayNumber } from './calendar-date';
import type { WorkingDayRule } from './working-days';

export const CALENDAR_DAY_KINDS = ['holiday', 'workday'] as const;
/** `holiday`: a day off that would be worked; `workday`: a weekend day worked (调休上班). */
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

export interface CalendarDay {
  date: string;
  kind: CalendarDayKind;
  /** e.g. 春节, 国庆节, 春节调休上班. */
  name: string;
}

/** A year as the API shows it: every weekday holiday and every weekend make-up workday. */
export interface CalendarYear {
  year: number;
  /** True once the State Council's schedule for the year has been entered. */
  official: boolean;
  days: CalendarDay[];
}

/** Years the statutory rule is computed for: the 2024 revision applies from 2025. */
export const CALENDAR_FIRST_YEAR = 2025;
export const CALENDAR_LAST_YEAR = 2100;

const iso = (d: SolarDay) =>
  `${d.getYear()}-${String(d.getMonth()).padStart(2, '0')}-${String(d.getDay()).padStart(2, '0')}`;

/** `count` consecutive dates from `first` (`YYYY-MM-DD`). */
function run(first: string, count: number, name: string): CalendarDay[] {
  const start = isoDateToDayNumber(first);
  return Array.from({ length: count }, (_, i) => ({
    date: dayNumberToIsoDate(start + i),
    kind: 'holiday' as const,
    name,
  }));
}

/**
 * Every statutory holiday of `year` (weekend days included), by date — 《全国年节及纪念日放假办法》
 * (2024 revision) Article 2: 元旦 1 day (1 January); 春节 4 days (除夕 to 正月初三); 清明节 1 day
 * (the 清明 solar term); 劳动节 2 days (1–2 May); 端午节 1 day (五月初五); 中秋节 1 day (八月十五);
 * 国庆节 3 days (1–3 October). When two fall on one date (中秋 on 1–3 October, as in 2028), the
 * names are joined as the notices write them (国庆节、中秋节).
 *
 * @throws RangeError for a year before 2025 or after 2100.
 */
export function statutoryHolidays(year: number): CalendarDay[] {
  if (!Number.isInteger(year) || year < CALENDAR_FIRST_YEAR || year > CALENDAR_LAST_YEAR) {
    throw new RangeError(`no statutory rule for year ${year}`);
  }
  // 除夕 is the day before 正月初一 — the 29th or the 30th of the twelfth lunar month.
  const springEve = LunarDay.fromYmd(year, 1, 1).getSolarDay().next(-1);
  const days = [
    ...run(`${year}-01-01`, 1, '元旦'),
    ...run(iso(springEve), 4, '春节'),
    ...run(iso(SolarTerm.fromName(year, '清明').getSolarDay()), 1, '清明节'),
    ...run(`${year}-05-01`, 2, '劳动节'),
    ...run(iso(LunarDay.fromYmd(year, 5, 5).getSolarDay()), 1, '端午节'),
    ...run(`${year}-10-01`, 3, '国庆节'),
    ...run(iso(LunarDay.fromYmd(year, 8, 15).getSolarDay()), 1, '中秋节'),
  ];
  const byDate = new Map<string, CalendarDay>();
  for (const d of days) {
    const seen = byDate.get(d.date);
    byDate.set(d.date, seen ? { ...seen, name: `${seen.name}、${d.name}` } : d);
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

const isWeekend = (date: string) => {
  const w = dayNumberWeekday(isoDateToDayNumber(date));
  return w === 0 || w === 6;
};

/**
 * The year as it is counted: the statutory holidays, with the official schedule (when entered) on
 * top — its extra days off and its make-up workdays. Only days that change something are listed:
 * weekday holidays and weekend workdays.
 */
export function calendarYear(year: number, official?: readonly CalendarDay[]): CalendarYear {
  const byDate = new Map<string, CalendarDay>();
  for (const d of statutoryHolidays(year)) byDate.set(d.date, d);
  for (const d of official ?? []) byDate.set(d.date, d);
  const days = [...byDate.values()]
    .filter((d) => (d.kind === 'holiday') !== isWeekend(d.date))
    .sort((a, b) => a.date.localeCompare(b.date));
  return { year, official: official !== undefined, days };
}

export type ScheduleProblem =
  | { index: number; problem: 'outside_year' | 'duplicate' | 'workday_on_weekday' }
  | { index: number; problem: 'workday_on_statutory_holiday'; holiday: string };

/**
 * What is wrong with a schedule entered for `year` (dates must be real `YYYY-MM-DD`, checked
 * before): a date outside the year, a date listed twice, a make-up workday on a weekday (it is a
 * working day already, so the row is surely a typo) or on a statutory holiday (the law gives that
 * day off). A holiday on a weekend is accepted and changes nothing (the notices list whole runs
 * such as 1–3 January, weekend included).
 */
export function scheduleProblems(year: number, days: readonly CalendarDay[]): ScheduleProblem[] {
  const statutory = new Map(statutoryHolidays(year).map((d) => [d.date, d.name]));
  const seen = new Set<string>();
  const problems: ScheduleProblem[] = [];
  days.forEach((d, index) => {
    if (!d.date.startsWith(`${year}-`)) problems.push({ index, problem: 'outside_year' });
    else if (seen.has(d.date)) problems.push({ index, problem: 'duplicate' });
    else if (d.kind === 'workday' && !isWeekend(d.date))
      problems.push({ index, problem: 'workday_on_weekday' });
    else if (d.kind === 'workday' && statutory.has(d.date)) {
      problems.push({ index, problem: 'workday_on_statutory_holiday', holiday: statutory.get(d.date) ?? '' });
    }
    seen.add(d.date);
  });
  return problems;
}

/** A calculator for every year: the working-day rule, and each year as the API shows it. */
export interface WorkingCalendar extends WorkingDayRule {
  year(year: number): CalendarYear;
}

/**
 * A working calendar over the official schedules known (`schedules.get(year)`); any other year
 * counts its statutory holidays only. Years are worked out on first use and kept.
 */
export function workingCalendar(
  schedules: ReadonlyMap<number, readonly CalendarDay[]> = new Map(),
): WorkingCalendar {
  const years = new Map<number, { shown: CalendarYear; off: Set<number>; worked: Set<number> }>();
  const yearOf = (y: number) => {
    let entry = years.get(y);
    if (!entry) {
      const shown = calendarYear(y, schedules.get(y));
      const numbers = (kind: CalendarDayKind) =>
        new Set(shown.days.filter((d) => d.kind === kind).map((d) => isoDateToDayNumber(d.date)));
      entry = { shown, off: numbers('holiday'), worked: numbers('workday') };
      years.set(y, entry);
    }
    return entry;
  };
  return {
    year: (y) => yearOf(y).shown,
    worksOn(day) {
      const y = Number(dayNumberToIsoDate(day).slice(0, 4));
      const weekday = dayNumberWeekday(day);
      // Before the 2024 revision there is no rule here: such dates count Monday to Friday.
      if (y < CALENDAR_FIRST_YEAR || y > CALENDAR_LAST_YEAR) return weekday >= 1 && weekday <= 5;
      const { off, worked } = yearOf(y);
      if (worked.has(day)) return true;
      if (off.has(day)) return false;
      return weekday >= 1 && weekday <= 5;
    },
  };
}
