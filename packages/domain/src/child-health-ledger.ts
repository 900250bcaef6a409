/**
 * I-2 kept incrementally (issue 11, item 8). For a child and a reporting year the rule of
 * `childYear` depends on the evaluation date only through two dates: the first due date in the
 * year (the child is counted from then on) and the first due date in the year left unsatisfied
 * (the child is no longer managed from then on). Storing those two per child and year, and per
 * day how many children enter and fail, lets the rate at any date be two sums.
 */
import {
  addMonths,
  type CheckupKind,
  type CheckupWindow,
  type DatedCheckup,
  DEFAULT_CHECKUP_WINDOW,
  matchCheckups,
  reportingPeriod,
  SCHEDULE_AGES,
  visitedAsNewborn,
  type YearStart,
} from './child-health';

export interface ChildYearDates {
  year: number;
  /** The first due date inside the year: the child counts in the denominator from this date. */
  firstDue: string;
  /** The first due date inside the year not satisfied (null: all are): not managed from this date. */
  firstUnsatisfied: string | null;
}

/** The reporting year (named as `reportingPeriod` names it) that contains a date. */
export function reportingYearOf(date: string, yearStart: YearStart = '01-01'): number {
  const y = Number(date.slice(0, 4));
  if (yearStart === '01-01') return y;
  return date.slice(5) >= yearStart ? y + 1 : y;
}

/** The child's years with at least one due date, and their two dates (for `childYear` in any year). */
export function childYearDates(
  birthDate: string,
  checkups: readonly DatedCheckup[],
  w: CheckupWindow = DEFAULT_CHECKUP_WINDOW,
  yearStart: YearStart = '01-01',
): ChildYearDates[] {
  const dueDates = SCHEDULE_AGES.map((m) => addMonths(birthDate, m));
  const years = [...new Set(dueDates.map((d) => reportingYearOf(d, yearStart)))];
  return years.map((year) => {
    const period = reportingPeriod(year, yearStart);
    const inYear = checkups.filter((c) => c.date >= period.from && c.date <= period.to);
    const matched = matchCheckups(dueDates, inYear, w);
    const dues = dueDates
      .map((due, i) => ({ due, ok: matched[i] !== null }))
      .filter((d) => d.due >= period.from && d.due <= period.to);
    return {
      year,
      firstDue: dues[0]?.due as string,
      firstUnsatisfied: dues.find((d) => !d.ok)?.due ?? null,
    };
  });
}

/** Whether a child-year counts and is managed at an evaluation date (`childYear`'s answer). */
export function managedAsOf(d: ChildYearDates, asOf: string): { counted: boolean; managed: boolean } {
  const counted = d.firstDue <= asOf;
  return { counted, managed: counted && (d.firstUnsatisfied === null || d.firstUnsatisfied > asOf) };
}

/** One day's addition to the indicator sums of a township. */
export interface RateCell {
  year: number;
  divisionCode: string;
  day: string;
  entering: number;
  failing: number;
  births: number;
  visited: number;
}

export interface LedgerChild {
  divisionCode: string;
  birthDate: string;
  /** Only children on the register (active) count: moved out of the city or died, they leave it. */
  active: boolean;
  visits: readonly { kind: CheckupKind; date: string }[];
}

/** What a child adds to the sums: its child-years, its birth and whether it was visited as a newborn. */
export function rateCells(
  child: LedgerChild,
  years: readonly ChildYearDates[],
  yearStart: YearStart = '01-01',
): RateCell[] {
  if (!child.active) return [];
  const cell = (year: number, day: string): RateCell => ({
    year,
    divisionCode: child.divisionCode,
    day,
    entering: 0,
    failing: 0,
    births: 0,
    visited: 0,
  });
  const cells: RateCell[] = [];
  for (const y of years) {
    cells.push({ ...cell(y.year, y.firstDue), entering: 1 });
    if (y.firstUnsatisfied) cells.push({ ...cell(y.year, y.firstUnsatisfied), failing: 1 });
  }
  const birth = cell(reportingYearOf(child.birthDate, yearStart), child.birthDate);
  cells.push({ ...birth, births: 1, visited: visitedAsNewborn(child.birthDate, child.visits) ? 1 : 0 });
  return cells;
}

/** The difference between two sets of cells, merged per (year, division, day), without zero rows. */
export function cellDelta(before: readonly RateCell[], after: readonly RateCell[]): RateCell[] {
  const byKey = new Map<string, RateCell>();
  const add = (c: RateCell, sign: 1 | -1) => {
    const key = `${c.year}|${c.divisionCode}|${c.day}`;
    const cur = byKey.get(key) ?? { ...c, entering: 0, failing: 0, births: 0, visited: 0 };
    cur.entering += sign * c.entering;
    cur.failing += sign * c.failing;
    cur.births += sign * c.births;
    cur.visited += sign * c.visited;
    byKey.set(key, cur);
  };
  for (const c of before) add(c, -1);
  for (const c of after) add(c, 1);
  return [...byKey.values()].filter((c) => c.entering || c.failing || c.births || c.visited);
}
