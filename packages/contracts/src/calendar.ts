/** The working-day calendar (节假日安排): issue 9, item 2. */
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR } from '@tuoyu/domain';
import { z } from 'zod';
import { IsoDate } from './common';
import { CalendarDayKind } from './enums';

export const CalendarYearParam = z.object({
  year: z.coerce.number().int().min(CALENDAR_FIRST_YEAR).max(CALENDAR_LAST_YEAR),
});

export const CalendarDay = z.object({
  date: IsoDate,
  kind: CalendarDayKind,
  /** e.g. 春节, 国庆节, 春节调休上班. */
  name: z.string().trim().min(1).max(30),
});
export type CalendarDay = z.infer<typeof CalendarDay>;

export const CalendarYear = z.object({
  year: z.number().int(),
  /** False while only the statutory rule is known (no State Council schedule entered). */
  official: z.boolean(),
  /** Every weekday holiday and every weekend make-up workday, by date. */
  days: z.array(CalendarDay),
  /** When the official schedule was last entered (ISO time), null while not entered. */
  updatedAt: z.string().nullable(),
});
export type CalendarYear = z.infer<typeof CalendarYear>;

/** An Excel import: the year as saved, and how many rows the file had. */
export const CalendarImported = CalendarYear.extend({ imported: z.number().int() });

/** A holiday on a weekend is accepted and changes nothing; a make-up workday must be a weekend day. */
export const PutCalendarBody = z.object({ days: z.array(CalendarDay).max(200) });
export type PutCalendarBody = z.infer<typeof PutCalendarBody>;

const inCalendarYears = (d: string) => {
  const year = Number(d.slice(0, 4));
  return year >= CALENDAR_FIRST_YEAR && year <= CALENDAR_LAST_YEAR;
};

/** The `add`-th working day after `from` (the start itself not counted), within 2025–2100. */
export const WorkingDaysQuery = z.object({
  from: IsoDate.refine(inCalendarYears, {
    message: `日期须在 ${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR} 年之间 / a date from ${CALENDAR_FIRST_YEAR} to ${CALENDAR_LAST_YEAR}`,
  }),
  add: z.coerce.number().int().min(0).max(366),
});
export const WorkingDaysAnswer = z.object({ from: z.string(), add: z.number().int(), date: z.string() });
export type WorkingDaysAnswer = z.infer<typeof WorkingDaysAnswer>;

/** From 1 November (Beijing) while next year's official schedule is missing. */
export const CalendarWarning = z.object({
  warning: z.object({ year: z.number().int() }).nullable(),
});
export type CalendarWarning = z.infer<typeof CalendarWarning>;
