/** Table types of the working-day calendar (migration 2026120201_calendar). */
import type { CalendarDayKind } from '@tuoyu/domain';

/** A year whose State Council schedule has been entered; its days are in calendar_days. */
export interface CalendarYearTable {
  year: number;
  /** Raised by every change, so caches compare one cheap figure (calendar/service.ts). */
  revision: number;
  updated_at: string;
  /** Username of who entered it; null for the schedules the migration shipped. */
  updated_by: string | null;
}

export interface CalendarDayTable {
  date: string;
  year: number;
  kind: CalendarDayKind;
  name: string;
}

export interface CalendarTables {
  calendar_years: CalendarYearTable;
  calendar_days: CalendarDayTable;
}
