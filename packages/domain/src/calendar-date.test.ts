import { describe, expect, it } from 'vitest';
import {
  dayNumberToIsoDate,
  daysInMonth,
  isoDateToDayNumber,
  isoWeekday,
  isValidIsoDate,
  parseIsoDate,
} from './calendar-date';

/** Independent oracle: the platform's UTC calendar via Date.UTC (fine for years ≥ 100). */
function utcDay(s: string): number {
  const [y, m, d] = s.split('-').map(Number);
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) / 86_400_000;
}

describe('ISO 8601 calendar dates (YYYY-MM-DD, Gregorian)', () => {
  describe('parseIsoDate / isValidIsoDate', () => {
    it.each([
      ['2024-02-29', { year: 2024, month: 2, day: 29 }],
      ['2000-02-29', { year: 2000, month: 2, day: 29 }],
      ['2026-12-31', { year: 2026, month: 12, day: 31 }],
      ['1970-01-01', { year: 1970, month: 1, day: 1 }],
    ])('parses %s', (s, parts) => {
      expect(parseIsoDate(s)).toEqual(parts);
      expect(isValidIsoDate(s)).toBe(true);
    });

    it.each([
      ['Feb 29 in non-leap 2023', '2023-02-29'],
      ['Feb 29 in century non-leap 1900', '1900-02-29'],
      ['April 31', '2026-04-31'],
      ['month 13', '2026-13-01'],
      ['month 0', '2026-00-10'],
      ['day 0', '2026-01-00'],
      ['no padding', '2026-1-5'],
      ['slashes', '2026/01/05'],
      ['with time', '2026-01-05T00:00'],
      ['empty', ''],
    ])('rejects %s: %s', (_label, s) => {
      expect(parseIsoDate(s)).toBeNull();
      expect(isValidIsoDate(s)).toBe(false);
    });
  });

  describe('daysInMonth', () => {
    it.each([
      [2024, 2, 29],
      [2023, 2, 28],
      [1900, 2, 28],
      [2000, 2, 29],
      [2026, 4, 30],
      [2026, 12, 31],
    ])('%i-%i has %i days', (y, m, n) => {
      expect(daysInMonth(y, m)).toBe(n);
    });
  });

  describe('day numbers', () => {
    it.each([
      ['1970-01-01', 0],
      ['1970-01-02', 1],
      ['1969-12-31', -1],
    ])('%s is day %i', (s, n) => {
      expect(isoDateToDayNumber(s)).toBe(n);
    });

    it.each([
      '1900-03-01',
      '2000-02-29',
      '2000-03-01',
      '2024-02-29',
      '2024-03-01',
      '2025-12-31',
      '2026-01-01',
      '2100-03-01',
    ])('%s agrees with Date.UTC and round-trips', (s) => {
      expect(isoDateToDayNumber(s)).toBe(utcDay(s));
      expect(dayNumberToIsoDate(isoDateToDayNumber(s))).toBe(s);
    });

    it('round-trips every day of 2023–2025', () => {
      const start = isoDateToDayNumber('2023-01-01');
      for (let n = start; n < start + 3 * 366; n++) {
        expect(isoDateToDayNumber(dayNumberToIsoDate(n))).toBe(n);
      }
    });

    it('throws on an invalid date', () => {
      expect(() => isoDateToDayNumber('2023-02-29')).toThrow(RangeError);
    });
  });

  describe('isoWeekday', () => {
    it.each([
      ['1970-01-01', 4],
      ['2026-01-01', 4],
      ['2026-10-01', 4],
      ['2026-01-10', 6],
      ['2026-01-11', 0],
      ['2024-02-29', 4],
    ])('%s → %i (0 Sunday)', (s, weekday) => {
      expect(isoWeekday(s)).toBe(weekday);
      expect(new Date(utcDay(s) * 86_400_000).getUTCDay()).toBe(weekday);
    });
  });
});
