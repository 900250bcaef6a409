import { describe, expect, it } from 'vitest';
import { isoWeekday, isValidIsoDate } from './calendar-date';
import { OFFICIAL_SCHEDULES, SHIPPED_CALENDAR } from './official-schedules';
import {
  addWorkingDays,
  deadlineStatus,
  isWorkingDay,
  NO_HOLIDAYS,
  workingDaysBetween,
} from './working-days';

const CN = SHIPPED_CALENDAR;

describe('托育机构登记和备案办法（试行） — working-day deadlines (5 to file, 15 to notify)', () => {
  describe('addWorkingDays', () => {
    it.each([
      ['Friday + 1 skips the weekend', '2026-01-09', 1, NO_HOLIDAYS, '2026-01-12'],
      ['Friday + 5 is next Friday', '2026-01-09', 5, NO_HOLIDAYS, '2026-01-16'],
      ['Monday + 4 is Friday', '2026-01-05', 4, NO_HOLIDAYS, '2026-01-09'],
      ['Saturday + 1 is Monday', '2026-01-10', 1, NO_HOLIDAYS, '2026-01-12'],
      ['Sunday + 0 stays', '2026-01-11', 0, NO_HOLIDAYS, '2026-01-11'],
      ['across New Year without holidays', '2025-12-31', 2, NO_HOLIDAYS, '2026-01-02'],
      ['across 元旦 onto the make-up Sunday', '2025-12-31', 1, CN, '2026-01-04'],
      ['国庆 without the holiday table', '2026-09-30', 5, NO_HOLIDAYS, '2026-10-07'],
      ['国庆 with the holiday table and the 10-10 make-up Saturday', '2026-09-30', 5, CN, '2026-10-13'],
      ['onto the 09-20 make-up Sunday', '2026-09-18', 1, CN, '2026-09-20'],
      ['春节: onto the 02-14 make-up Saturday', '2026-02-13', 1, CN, '2026-02-14'],
      ['春节: 02-14 + 1 jumps the whole holiday', '2026-02-14', 1, CN, '2026-02-24'],
      ['15 working days over 中秋 and 国庆', '2026-09-21', 15, CN, '2026-10-19'],
      ['劳动节 + the 05-09 make-up Saturday', '2026-04-30', 2, CN, '2026-05-07'],
    ])('%s: %s + %i → %s', (_label, start, n, holidays, due) => {
      expect(addWorkingDays(start, n, holidays)).toBe(due);
    });

    it.each([-1, 1.5, Number.NaN])('throws on n = %s', (n) => {
      expect(() => addWorkingDays('2026-01-05', n)).toThrow(RangeError);
    });

    it('throws on an invalid start date', () => {
      expect(() => addWorkingDays('2026-02-29', 1)).toThrow(RangeError);
    });
  });

  describe('workingDaysBetween (after a, up to and including b)', () => {
    it.each([
      ['Friday to next Friday', '2026-01-09', '2026-01-16', NO_HOLIDAYS, 5],
      ['reversed', '2026-01-16', '2026-01-09', NO_HOLIDAYS, -5],
      ['same day', '2026-01-09', '2026-01-09', NO_HOLIDAYS, 0],
      ['Friday to Saturday', '2026-01-09', '2026-01-10', NO_HOLIDAYS, 0],
      ['Friday to Monday', '2026-01-09', '2026-01-12', NO_HOLIDAYS, 1],
      ['over 国庆', '2026-09-30', '2026-10-13', CN, 5],
      ['国庆 week itself', '2026-09-30', '2026-10-07', CN, 0],
      ['a whole plain year', '2025-12-31', '2026-12-31', NO_HOLIDAYS, 261],
      ['2026 with holidays: 261 − 19 weekday holidays + 6 make-up days', '2025-12-31', '2026-12-31', CN, 248],
    ])('%s: %s → %s = %i', (_label, a, b, holidays, n) => {
      expect(workingDaysBetween(a, b, holidays)).toBe(n);
    });

    it.each([
      ['2026-01-09', 5],
      ['2026-02-13', 3],
      ['2026-09-24', 5],
      ['2026-09-30', 15],
      ['2026-12-25', 4],
    ])('inverts addWorkingDays from %s over %i days', (start, n) => {
      expect(workingDaysBetween(start, addWorkingDays(start, n, CN), CN)).toBe(n);
    });
  });

  describe('isWorkingDay', () => {
    it.each([
      ['2026-01-05', NO_HOLIDAYS, true],
      ['2026-01-10', NO_HOLIDAYS, false],
      ['2026-10-01', NO_HOLIDAYS, true],
      ['2026-10-01', CN, false],
      ['2026-10-10', NO_HOLIDAYS, false],
      ['2026-10-10', CN, true],
      ['2026-10-08', CN, true],
    ])('%s → %s', (date, holidays, working) => {
      expect(isWorkingDay(date, holidays)).toBe(working);
    });
  });

  describe('deadlineStatus', () => {
    it.each([
      ['4 working days before', '2026-01-12', 4, false],
      ['on the due date', '2026-01-16', 0, false],
      ['the Saturday after', '2026-01-17', 0, true],
      ['the Monday after', '2026-01-19', -1, true],
      ['a week late', '2026-01-23', -5, true],
    ])('due 2026-01-16, %s (%s): %i left, overdue %s', (_label, today, remaining, overdue) => {
      expect(deadlineStatus('2026-01-16', today)).toEqual({ remainingWorkingDays: remaining, overdue });
    });

    it('counts holidays when given', () => {
      expect(deadlineStatus('2026-10-13', '2026-09-30', CN)).toEqual({
        remainingWorkingDays: 5,
        overdue: false,
      });
    });
  });

  describe('the shipped 2026 schedule (国务院办公厅关于2026年部分节假日安排的通知)', () => {
    const S = OFFICIAL_SCHEDULES.get(2026) ?? [];
    const workdays = S.filter((d) => d.kind === 'workday').map((d) => d.date);
    it('lists 33 holiday dates and 6 make-up days, all real dates', () => {
      expect(S.filter((d) => d.kind === 'holiday')).toHaveLength(33);
      expect(workdays).toHaveLength(6);
      for (const d of S) expect(isValidIsoDate(d.date)).toBe(true);
    });

    it('every make-up working day is a weekend day', () => {
      for (const d of workdays) expect([0, 6]).toContain(isoWeekday(d));
    });

    // Weekdays as printed in the notice; a mistyped date would land on another weekday.
    it.each([
      ['2026-01-01', 4],
      ['2026-01-03', 6],
      ['2026-01-04', 0],
      ['2026-02-14', 6],
      ['2026-02-15', 0],
      ['2026-02-23', 1],
      ['2026-02-28', 6],
      ['2026-04-04', 6],
      ['2026-04-06', 1],
      ['2026-05-01', 5],
      ['2026-05-05', 2],
      ['2026-05-09', 6],
      ['2026-06-19', 5],
      ['2026-09-20', 0],
      ['2026-09-25', 5],
      ['2026-10-01', 4],
      ['2026-10-07', 3],
      ['2026-10-10', 6],
    ])('%s falls on weekday %i', (date, weekday) => {
      expect(isoWeekday(date)).toBe(weekday);
      expect(S.map((d) => d.date)).toContain(date);
    });
  });

  it('a fixed table knows only its own days; the calendar knows every year', () => {
    const table = { off: ['2026-10-01'], workdays: [] };
    expect(isWorkingDay('2026-10-01', table)).toBe(false);
    expect(isWorkingDay('2027-01-01', table)).toBe(true);
    expect(isWorkingDay('2027-01-01', CN)).toBe(false);
  });
});
