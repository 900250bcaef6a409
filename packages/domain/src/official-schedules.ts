/**
 * The State Council's holiday schedules (部分节假日安排) shipped with the platform, as entered by
 * the city: days off (weekend days of a run included, as the notices list them) and weekend
 * make-up workdays. Later years are entered by the city (PUT /api/calendar/:year); the database is
 * the living copy, seeded from these.
 */
import { dayNumberToIsoDate, isoDateToDayNumber } from './calendar-date';
import { type CalendarDay, type WorkingCalendar, workingCalendar } from './holiday-calendar';

/** Days off from `first` to `last` (`YYYY-MM-DD`, inclusive). */
function off(first: string, last: string, name: string): CalendarDay[] {
  const days: CalendarDay[] = [];
  for (let d = isoDateToDayNumber(first); d <= isoDateToDayNumber(last); d++) {
    days.push({ date: dayNumberToIsoDate(d), kind: 'holiday', name });
  }
  return days;
}
const work = (date: string, name: string): CalendarDay => ({
  date,
  kind: 'workday',
  name: `${name}调休上班`,
});

/** 《国务院办公厅关于2025年部分节假日安排的通知》（国办发明电〔2024〕12号）. */
const SCHEDULE_2025: readonly CalendarDay[] = [
  ...off('2025-01-01', '2025-01-01', '元旦'),
  work('2025-01-26', '春节'),
  ...off('2025-01-28', '2025-02-04', '春节'),
  work('2025-02-08', '春节'),
  ...off('2025-04-04', '2025-04-06', '清明节'),
  work('2025-04-27', '劳动节'),
  ...off('2025-05-01', '2025-05-05', '劳动节'),
  ...off('2025-05-31', '2025-06-02', '端午节'),
  work('2025-09-28', '国庆节'),
  ...off('2025-10-01', '2025-10-08', '国庆节、中秋节'),
  work('2025-10-11', '国庆节'),
];

/** 《国务院办公厅关于2026年部分节假日安排的通知》 (dated 2025-11-04, published by 新华社). */
const SCHEDULE_2026: readonly CalendarDay[] = [
  ...off('2026-01-01', '2026-01-03', '元旦'),
  work('2026-01-04', '元旦'),
  work('2026-02-14', '春节'),
  ...off('2026-02-15', '2026-02-23', '春节'),
  work('2026-02-28', '春节'),
  ...off('2026-04-04', '2026-04-06', '清明节'),
  ...off('2026-05-01', '2026-05-05', '劳动节'),
  work('2026-05-09', '劳动节'),
  ...off('2026-06-19', '2026-06-21', '端午节'),
  work('2026-09-20', '国庆节'),
  ...off('2026-09-25', '2026-09-27', '中秋节'),
  ...off('2026-10-01', '2026-10-07', '国庆节'),
  work('2026-10-10', '国庆节'),
];

export const OFFICIAL_SCHEDULES: ReadonlyMap<number, readonly CalendarDay[]> = new Map([
  [2025, SCHEDULE_2025],
  [2026, SCHEDULE_2026],
]);

/**
 * The calendar of the shipped schedules, for code that runs without the database (demo data,
 * tests). The server counts with the database's schedules (modules/calendar).
 */
export const SHIPPED_CALENDAR: WorkingCalendar = workingCalendar(OFFICIAL_SCHEDULES);
