/**
 * Calendar dates as `YYYY-MM-DD` strings (ISO 8601 calendar date, proleptic Gregorian calendar).
 *
 * The rules (ages, deadlines, insurance validity) work on civil dates in Beijing time, never on
 * instants: a date string carries no time zone, so no arithmetic here goes through `Date`, whose
 * results depend on the machine's zone. Day numbers are computed with integer arithmetic
 * (H. Hinnant's days-from-civil algorithm).
 */

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Year, month (1–12) and day (1–31) of a calendar date. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1–12) of `year`, February following the Gregorian leap-year rule. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses `YYYY-MM-DD` into its parts; null when the shape is wrong or the date does not exist. */
export function parseIsoDate(s: string): CivilDate | null {
  const m = SHAPE.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Whether `s` is a real calendar date written `YYYY-MM-DD` (ISO 8601). */
export function isValidIsoDate(s: string): boolean {
  return parseIsoDate(s) !== null;
}

/**
 * Days since 1970-01-01 (day 0) of a `YYYY-MM-DD` date; negative before 1970.
 *
 * @throws RangeError when `s` is not a real `YYYY-MM-DD` date.
 */
export function isoDateToDayNumber(s: string): number {
  const d = parseIsoDate(s);
  if (!d) throw new RangeError(`not a YYYY-MM-DD calendar date: ${s}`);
  // Count years from March so the leap day is the last day of the counted year.
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5) + d.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The `YYYY-MM-DD` date of a day number (days since 1970-01-01). */
export function dayNumberToIsoDate(n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`day number must be an integer: ${n}`);
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9999) throw new RangeError(`day number outside years 0000–9999: ${n}`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Day of the week of a day number: 0 Sunday … 6 Saturday (as `Date#getDay`). */
export function dayNumberWeekday(n: number): number {
  // Day 0, 1970-01-01, was a Thursday (4).
  return (((n + 4) % 7) + 7) % 7;
}

/** Day of the week of a `YYYY-MM-DD` date: 0 Sunday … 6 Saturday (as `Date#getDay`). */
export function isoWeekday(s: string): number {
  return dayNumberWeekday(isoDateToDayNumber(s));
}
