import { describe, expect, it } from 'vitest';
import { calendarYear, scheduleProblems, statutoryHolidays, workingCalendar } from './holiday-calendar';
import { OFFICIAL_SCHEDULES, SHIPPED_CALENDAR } from './official-schedules';
import { addWorkingDays, isWorkingDay } from './working-days';

const datesOf = (year: number, name: string) =>
  statutoryHolidays(year)
    .filter((d) => d.name.split('、').includes(name))
    .map((d) => d.date);

describe('《全国年节及纪念日放假办法》 (2024 revision) Article 2 — statutory holidays of any year', () => {
  // Lunar and solar-term dates checked against the published calendars (万年历) and, for 2025 and
  // 2026, the State Council notices; 除夕 is the 29th of the 12th month in 2025 and 2027.
  it.each([
    [2025, ['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']],
    [2026, ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19']],
    [2027, ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']],
    [2028, ['2028-01-25', '2028-01-26', '2028-01-27', '2028-01-28']],
    [2030, ['2030-02-02', '2030-02-03', '2030-02-04', '2030-02-05']],
  ])('春节 %i: 4 days, 除夕 to 正月初三', (year, dates) => {
    expect(datesOf(year, '春节')).toEqual(dates);
  });

  it.each([
    [2025, '2025-04-04', '2025-05-31', '2025-10-06'],
    [2026, '2026-04-05', '2026-06-19', '2026-09-25'],
    [2027, '2027-04-05', '2027-06-09', '2027-09-15'],
    [2028, '2028-04-04', '2028-05-28', '2028-10-03'],
  ])(
    '%i: 清明节 %s (the solar term), 端午节 %s (五月初五), 中秋节 %s (八月十五)',
    (year, qingming, duanwu, zhongqiu) => {
      expect(datesOf(year, '清明节')).toEqual([qingming]);
      expect(datesOf(year, '端午节')).toEqual([duanwu]);
      expect(datesOf(year, '中秋节')).toEqual([zhongqiu]);
    },
  );

  it.each([2025, 2027, 2031, 2099])('%i: 元旦 1 Jan, 劳动节 1–2 May, 国庆节 1–3 Oct', (year) => {
    expect(datesOf(year, '元旦')).toEqual([`${year}-01-01`]);
    expect(datesOf(year, '劳动节')).toEqual([`${year}-05-01`, `${year}-05-02`]);
    expect(datesOf(year, '国庆节')).toEqual([`${year}-10-01`, `${year}-10-02`, `${year}-10-03`]);
  });

  it('13 days a year; 中秋 on 3 October 2028 is one day with both names', () => {
    expect(statutoryHolidays(2027)).toHaveLength(13);
    expect(statutoryHolidays(2028)).toHaveLength(12);
    expect(statutoryHolidays(2028).find((d) => d.date === '2028-10-03')?.name).toBe('国庆节、中秋节');
  });

  it.each([2024, 2101, 2025.5])('refuses year %s (the 2024 revision applies from 2025)', (year) => {
    expect(() => statutoryHolidays(year)).toThrow(RangeError);
  });
});

describe('a year without an official schedule counts its statutory holidays only (no make-up days)', () => {
  it('2027 lists the weekday statutory holidays, official: false', () => {
    const y = calendarYear(2027);
    expect(y.official).toBe(false);
    // 2027-02-06/07 (正月初一、初二) are a weekend, so they change nothing and are not listed.
    expect(y.days.map((d) => d.date)).toEqual([
      '2027-01-01',
      '2027-02-05',
      '2027-02-08',
      '2027-04-05',
      '2027-06-09',
      '2027-09-15',
      '2027-10-01',
    ]);
    expect(y.days.every((d) => d.kind === 'holiday')).toBe(true);
  });

  it.each([
    // The bug this fixes: a filing submitted on 2026-12-28 with 5 working days.
    ['across 元旦 2027', '2026-12-28', 5, '2027-01-05'],
    ['across 春节 2027 (除夕 Friday 5 Feb, 初三 Monday 8 Feb)', '2027-02-04', 1, '2027-02-09'],
    ['across 国庆 2027 (1 Oct is a Friday)', '2027-09-30', 1, '2027-10-04'],
  ])('%s: %s + %i → %s', (_label, from, n, due) => {
    expect(addWorkingDays(from, n, SHIPPED_CALENDAR)).toBe(due);
  });
});

describe('State Council schedules shipped: 2025 (国办发明电〔2024〕12号) and 2026', () => {
  it.each([
    ['2025-01-01', false, '元旦'],
    ['2025-01-26', true, '春节调休 Sunday'],
    ['2025-01-28', false, '除夕'],
    ['2025-02-04', false, '春节 last day'],
    ['2025-02-08', true, '春节调休 Saturday'],
    ['2025-04-04', false, '清明节'],
    ['2025-04-27', true, '劳动节调休 Sunday'],
    ['2025-05-05', false, '劳动节 last day'],
    ['2025-06-02', false, '端午节 Monday'],
    ['2025-09-28', true, '国庆节调休 Sunday'],
    ['2025-10-08', false, '国庆节、中秋节 last day'],
    ['2025-10-11', true, '国庆节调休 Saturday'],
    ['2026-01-04', true, '元旦调休 Sunday'],
    ['2026-02-23', false, '春节 last day'],
    ['2026-09-20', true, '国庆节调休 Sunday'],
  ])('%s working: %s (%s)', (date, working) => {
    expect(isWorkingDay(date, SHIPPED_CALENDAR)).toBe(working);
  });

  it('2025 and 2026 each count 248 working days', () => {
    const count = (year: number) => {
      let n = 0;
      for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addWorkingDays(d, 1, SHIPPED_CALENDAR)) {
        if (isWorkingDay(d, SHIPPED_CALENDAR)) n++;
      }
      return n;
    };
    // 261 weekdays − 18 weekday holidays + 5 make-up days in 2025; − 19 + 6 in 2026.
    expect(count(2025)).toBe(248);
    expect(count(2026)).toBe(248);
  });

  it('every shipped schedule passes its own checks', () => {
    for (const [year, days] of OFFICIAL_SCHEDULES) expect(scheduleProblems(year, days)).toEqual([]);
  });
});

describe('checking a schedule the city enters', () => {
  it.each([
    ['a date outside the year', { date: '2028-01-01', kind: 'holiday', name: '元旦' }, 'outside_year'],
    [
      'a make-up workday on a weekday',
      { date: '2027-02-10', kind: 'workday', name: '春节调休上班' },
      'workday_on_weekday',
    ],
  ] as const)('refuses %s', (_label, day, problem) => {
    expect(scheduleProblems(2027, [day])).toEqual([{ index: 0, problem }]);
  });

  it('refuses a date listed twice, naming the second', () => {
    const day = { date: '2027-02-09', kind: 'holiday', name: '春节' } as const;
    expect(scheduleProblems(2027, [day, day])).toEqual([{ index: 1, problem: 'duplicate' }]);
  });

  it('refuses a make-up workday on a statutory holiday that falls on a weekend', () => {
    expect(scheduleProblems(2027, [{ date: '2027-02-06', kind: 'workday', name: 'x' }])).toEqual([
      { index: 0, problem: 'workday_on_statutory_holiday', holiday: '春节' },
    ]);
  });

  it('accepts a holiday on a weekend, which changes nothing', () => {
    const days = [{ date: '2027-01-02', kind: 'holiday', name: '元旦' } as const];
    expect(scheduleProblems(2027, days)).toEqual([]);
    expect(calendarYear(2027, days).days.map((d) => d.date)).not.toContain('2027-01-02');
  });

  it('an entered schedule adds days off and make-up days on top of the statutory ones', () => {
    const cal = workingCalendar(
      new Map([
        [
          2027,
          [
            { date: '2027-01-04', kind: 'holiday', name: '元旦' },
            { date: '2027-01-09', kind: 'workday', name: '元旦调休上班' },
          ] as const,
        ],
      ]),
    );
    expect(cal.year(2027).official).toBe(true);
    expect(isWorkingDay('2027-01-01', cal)).toBe(false); // statutory, even though not entered
    expect(isWorkingDay('2027-01-04', cal)).toBe(false);
    expect(isWorkingDay('2027-01-09', cal)).toBe(true);
    expect(addWorkingDays('2026-12-28', 5, cal)).toBe('2027-01-06');
  });
});
