/**
 * 公民身份号码 — GB 11643-1999 (citizen identity number), check character by ISO 7064 MOD 11-2.
 *
 * Layout: 6-digit division code, 8-digit birth date YYYYMMDD, 3-digit sequence (odd = male),
 * 1 check character (digit or X).
 */

import type { LocalizedText } from './provider-kinds';

/** ISO 7064 MOD 11-2 weights for positions 1..17 (GB 11643-1999). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;

/** Check character indexed by the weighted sum mod 11 (GB 11643-1999). */
const CHECK_CHARS = '10X98765432';

/** The earliest birth date accepted; anything earlier is a typo, not a living person. */
const MIN_BIRTH_DATE = '1900-01-01';

const SHAPE = /^\d{17}[\dX]$/;
const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** From the sequence (the 17th digit): odd male, even female. */
export const SEXES = ['male', 'female'] as const;
export type Sex = (typeof SEXES)[number];

export const SEX_NAMES: Readonly<Record<Sex, LocalizedText>> = {
  male: { zh: '男', en: 'Male' },
  female: { zh: '女', en: 'Female' },
};

export interface ResidentIdInfo {
  /** Birth date as YYYY-MM-DD. */
  birthDate: string;
  /** From the 17th digit: odd = male, even = female. */
  sex: Sex;
  /** The first 6 digits: administrative division code of first registration. */
  divisionCode: string;
}

/** Check character for the 17-digit body (caller guarantees 17 ASCII digits). */
function checkChar(body17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += (body17.charCodeAt(i) - 48) * (WEIGHTS[i] ?? 0);
  }
  return CHECK_CHARS.charAt(sum % 11);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when year/month/day form a real Gregorian calendar date. */
function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12) return false;
  return day >= 1 && day <= daysInMonth(year, month);
}

/** Local calendar date of `d` as YYYY-MM-DD: a birth date is a civil date, not an instant. */
function toIsoDate(d: Date): string {
  const y = String(d.getFullYear()).padStart(4, '0');
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/** Upper-cases a trailing x: people often type the check character in lowercase. */
function normalise(s: string): string {
  return s.toUpperCase();
}

/**
 * Whether `s` is a valid 公民身份号码 under GB 11643-1999: 17 digits plus a check character
 * (ISO 7064 MOD 11-2; lowercase x accepted), and characters 7–14 form a real date between
 * 1900-01-01 and `today` (default: now, local calendar date) inclusive.
 */
export function isValidResidentId(s: string, today: Date = new Date()): boolean {
  return parseResidentId(s, today) !== null;
}

/**
 * Reads birth date, sex and division code out of a 公民身份号码 (GB 11643-1999).
 * Returns null when the number is not valid (see {@link isValidResidentId}).
 */
export function parseResidentId(s: string, today: Date = new Date()): ResidentIdInfo | null {
  const id = normalise(s);
  if (!SHAPE.test(id)) return null;
  if (checkChar(id.slice(0, 17)) !== id.charAt(17)) return null;

  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  if (!isCalendarDate(year, month, day)) return null;

  // ISO date strings of equal length compare correctly as strings.
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (birthDate < MIN_BIRTH_DATE || birthDate > toIsoDate(today)) return null;

  const sexDigit = Number(id.charAt(16));
  return {
    birthDate,
    sex: sexDigit % 2 === 1 ? 'male' : 'female',
    divisionCode: id.slice(0, 6),
  };
}

/**
 * Masks a 公民身份号码 (GB 11643-1999) for lists: first 6 + 8 asterisks + last 4,
 * e.g. `150802********123X`. Input that is not 18 characters is masked entirely, so a
 * malformed value never leaks in full.
 */
export function maskResidentId(s: string): string {
  const id = normalise(s);
  if (id.length !== 18) return '*'.repeat(id.length);
  return `${id.slice(0, 6)}********${id.slice(14)}`;
}

/**
 * Builds a 公民身份号码 with the correct GB 11643-1999 check character, for demo data and tests.
 * `birthDate` is YYYY-MM-DD and must be a real calendar date; it is not checked against today,
 * so tests can build numbers with future birth dates. `seq` (0..999) is the 3-digit sequence
 * whose last digit gives the sex (odd = male).
 *
 * @throws RangeError when an argument is malformed.
 */
export function makeResidentId(divisionCode: string, birthDate: string, seq: number): string {
  if (!/^\d{6}$/.test(divisionCode)) throw new RangeError(`divisionCode must be 6 digits: ${divisionCode}`);
  const m = DATE_SHAPE.exec(birthDate);
  if (!m || !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
    throw new RangeError(`birthDate must be a real YYYY-MM-DD date: ${birthDate}`);
  }
  if (!Number.isInteger(seq) || seq < 0 || seq > 999) throw new RangeError(`seq must be 0..999: ${seq}`);

  const body = `${divisionCode}${m[1]}${m[2]}${m[3]}${String(seq).padStart(3, '0')}`;
  return body + checkChar(body);
}
