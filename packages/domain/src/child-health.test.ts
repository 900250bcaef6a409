import { describe, expect, it } from 'vitest';
import {
  addMonths,
  childYear,
  DEFAULT_CHECKUP_WINDOW,
  dueWindow,
  matchCheckups,
  ratePercent,
  reportingPeriod,
  satisfiesADueDate,
  schedule,
  visitedAsNewborn,
} from './child-health';

const ups = (...dates: string[]) => dates.map((date, i) => ({ id: i + 1, date }));
const MCH_FORM = { windowDays: 30, windowMode: 'after' } as const;

describe('the 4-2-2 schedule (国家基本公共卫生服务规范 第三版)', () => {
  it.each([
    ['2026-01-15', 3, '2026-04-15'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-06-10', 30, '2027-12-10'],
  ])('born %s, due at %i months on %s', (birth, months, due) => {
    expect(addMonths(birth, months)).toBe(due);
  });

  it.each([
    ['±30 days (the platform default)', DEFAULT_CHECKUP_WINDOW, { from: '2026-03-16', to: '2026-05-15' }],
    ['the 妇幼 forms: 满 m 月至 m 月 29 天', MCH_FORM, { from: '2026-04-15', to: '2026-05-14' }],
  ] as const)('window %s', (_, w, expected) => {
    expect(dueWindow('2026-04-15', w)).toEqual(expected);
  });

  it('reports each age as done, due, late, missed or upcoming on a given day', () => {
    // Born 2025-06-10: 3 m 09-10 (done on 09-20), 6 m 12-10 (missed: nothing near), 8 m 2026-02-10
    // (today 2026-02-20: past the date, window open → late), 12 m 06-10 upcoming.
    const rows = schedule('2025-06-10', ups('2025-09-20'), '2026-02-20');
    expect(rows.map((r) => [r.ageMonths, r.status, r.checkupId])).toEqual([
      [3, 'done', 1],
      [6, 'missed', null],
      [8, 'late', null],
      [12, 'upcoming', null],
      [18, 'upcoming', null],
      [24, 'upcoming', null],
      [30, 'upcoming', null],
      [36, 'upcoming', null],
    ]);
    expect(schedule('2025-06-10', [], '2026-02-05')[2]?.status).toBe('due');
  });

  it('lets one check-up satisfy one due date only', () => {
    // 6 m is 2026-01-01, 8 m 2026-03-01: a check-up on 2026-01-31 is inside both windows.
    expect(matchCheckups(['2026-01-01', '2026-03-01'], ups('2026-01-31'))).toEqual([1, null]);
    expect(matchCheckups(['2026-01-01', '2026-03-01'], ups('2026-01-31', '2026-02-05'))).toEqual([1, 2]);
  });

  it.each([
    ['on the due date', '2026-04-15', true],
    ['30 days early', '2026-03-16', true],
    ['31 days early', '2026-03-15', false],
    ['30 days late', '2026-05-15', true],
    ['31 days late', '2026-05-16', false],
  ])('a 3-month check-up %s is on time: %s', (_, date, onTime) => {
    expect(satisfiesADueDate('2026-01-15', [], { id: 9, date })).toBe(onTime);
  });

  it('is not on time when its due date is already satisfied', () => {
    expect(satisfiesADueDate('2026-01-15', ups('2026-04-10'), { id: 9, date: '2026-04-20' })).toBe(false);
  });
});

describe('I-2 (3岁以下儿童系统管理率), the computable rule of standards.md', () => {
  const Y2026 = reportingPeriod(2026);

  it.each([
    ['calendar year', 2026, '01-01', { from: '2026-01-01', to: '2026-12-31' }],
    ['妇幼年报 year', 2026, '10-01', { from: '2025-10-01', to: '2026-09-30' }],
  ])('the %s %i', (_, year, start, expected) => {
    expect(reportingPeriod(year, start)).toEqual(expected);
  });

  it.each([
    // [case, birth, check-ups, period, asOf, required, counted, managed]
    [
      'born 2025-06-10, 8/12/18 m all on time',
      '2025-06-10',
      ['2026-02-12', '2026-06-01', '2026-12-20'],
      Y2026,
      '2026-12-31',
      3,
      true,
      true,
    ],
    ['one of them missed', '2025-06-10', ['2026-02-12', '2026-12-20'], Y2026, '2026-12-31', 3, true, false],
    [
      'the running year: only due dates up to today count',
      '2025-06-10',
      ['2026-02-12'],
      Y2026,
      '2026-03-01',
      1,
      true,
      true,
    ],
    [
      'a check-up in the previous year does not count for this one',
      '2025-10-20',
      ['2025-12-25'],
      Y2026,
      '2026-12-31',
      4,
      true,
      false,
    ],
    [
      'born in December: no due date yet in the year → not counted',
      '2026-12-01',
      [],
      Y2026,
      '2026-12-31',
      0,
      false,
      false,
    ],
    ['turned 3 before the year: not counted', '2022-11-01', [], Y2026, '2026-12-31', 0, false, false],
    [
      'turns 3 in the year, 30 m due in the year',
      '2023-11-15',
      ['2026-05-10'],
      Y2026,
      '2026-12-31',
      1,
      true,
      true,
    ],
    [
      '妇幼 year 2026 counts October 2025',
      '2025-04-05',
      ['2025-10-01', '2025-12-05', '2026-04-05'],
      reportingPeriod(2026, '10-01'),
      '2026-09-30',
      3,
      true,
      true,
    ],
    [
      'the 妇幼 window: 4 days before the due date is too early',
      '2025-04-05',
      ['2025-10-01', '2025-12-05', '2026-04-05'],
      reportingPeriod(2026, '10-01'),
      '2026-09-30',
      3,
      true,
      false,
    ],
  ] as const)('%s', (name, birth, dates, period, asOf, required, counted, managed) => {
    const w = name.includes('妇幼 window') ? MCH_FORM : DEFAULT_CHECKUP_WINDOW;
    const r = childYear(birth, ups(...dates), period, asOf, w);
    expect({ required: r.required, counted: r.counted, managed: r.managed }).toEqual({
      required,
      counted,
      managed,
    });
  });

  it('names the ages missed', () => {
    expect(childYear('2025-06-10', ups('2026-02-12'), Y2026, '2026-12-31').missedAges).toEqual([12, 18]);
  });

  it('rates with one decimal, none without a denominator', () => {
    expect(ratePercent(23, 25)).toBe(92);
    expect(ratePercent(2, 3)).toBe(66.7);
    expect(ratePercent(0, 0)).toBeNull();
  });

  it.each([
    ['a visit on day 7', [{ kind: 'newborn_visit', date: '2026-03-08' }], true],
    ['the one-month check on day 28', [{ kind: 'month_1', date: '2026-03-29' }], true],
    ['a visit on day 29 is too late', [{ kind: 'newborn_visit', date: '2026-03-30' }], false],
    ['a scheduled check-up does not count', [{ kind: 'scheduled', date: '2026-03-10' }], false],
  ] as const)('新生儿访视率: %s', (_, visits, visited) => {
    expect(visitedAsNewborn('2026-03-01', visits)).toBe(visited);
  });
});
