import { describe, expect, it } from 'vitest';
import {
  type JcBulletinEvent,
  type JcBulletinOutcome,
  jcBulletinAsOf,
  jcBulletinFigures,
  jcBulletinNo,
  jcBulletinOutcome,
  jcBulletinPeriod,
} from './joint-conference-bulletin';

/** An event at noon Beijing time (04:00 UTC) of the day. */
const at = (day: string, utc = '04:00') => `${day}T${utc}:00.000Z`;
const ask = (day: string, kind: 'extension' | 'completion' = 'completion'): JcBulletinEvent => ({
  kind,
  at: at(day),
  approve: null,
  dueOn: null,
});
const decide = (day: string, approve: boolean, dueOn: string | null = null): JcBulletinEvent => ({
  kind: 'decision',
  at: at(day),
  approve,
  dueOn,
});
const progress = (day: string): JcBulletinEvent => ({
  kind: 'progress',
  at: at(day),
  approve: null,
  dueOn: null,
});

describe('the bulletin counting rule: on time = asked to complete on or before the due date in effect, approved (issue 12 item 6)', () => {
  const asOf = '2026-11-30';
  // [rule, due date, events, outcome]
  const rows: [string, string, JcBulletinEvent[], JcBulletinOutcome][] = [
    ['done before the due date', '2026-06-30', [ask('2026-06-20'), decide('2026-06-22', true)], 'on_time'],
    ['done on the due date itself', '2026-06-30', [ask('2026-06-30'), decide('2026-07-03', true)], 'on_time'],
    [
      'the office’s review after the due date does not make it late',
      '2026-06-30',
      [ask('2026-06-29'), decide('2026-07-10', true)],
      'on_time',
    ],
    ['done after the due date', '2026-06-30', [ask('2026-07-01'), decide('2026-07-01', true)], 'late'],
    [
      'done after the original due date but within an approved extension',
      '2026-08-31',
      [
        ask('2026-06-10', 'extension'),
        decide('2026-06-11', true, '2026-08-31'),
        ask('2026-08-20'),
        decide('2026-08-21', true),
      ],
      'on_time',
    ],
    [
      'an extension asked and rejected leaves the due date',
      '2026-06-30',
      [
        ask('2026-06-10', 'extension'),
        decide('2026-06-11', false),
        ask('2026-07-15'),
        decide('2026-07-16', true),
      ],
      'late',
    ],
    [
      'a rejected completion is not done; the later approved one counts',
      '2026-06-30',
      [ask('2026-06-20'), decide('2026-06-21', false), ask('2026-07-05'), decide('2026-07-06', true)],
      'late',
    ],
    ['open past its due date is overdue', '2026-06-30', [progress('2026-06-01')], 'overdue'],
    ['open with the due date still ahead', '2026-12-31', [], 'open'],
    ['due on the as-of day is not yet overdue', asOf, [], 'open'],
    [
      'asked to complete but not yet approved is still open (overdue when past due)',
      '2026-06-30',
      [ask('2026-06-29')],
      'overdue',
    ],
    [
      'an extension asked but not decided does not move the due date',
      '2026-06-30',
      [ask('2026-06-25', 'extension')],
      'overdue',
    ],
    [
      'approved after the as-of day: not done yet at that day',
      '2026-12-31',
      [ask('2026-11-29'), decide('2026-12-02', true)],
      'open',
    ],
    [
      'Beijing time decides the day: 17:00 UTC on 30 June is 1 July in Beijing',
      '2026-06-30',
      [
        { kind: 'completion', at: at('2026-06-30', '17:00'), approve: null, dueOn: null },
        decide('2026-07-01', true),
      ],
      'late',
    ],
  ];
  it.each(rows)('%s', (_rule, dueOn, events, outcome) => {
    expect(jcBulletinOutcome({ leadUnit: 'hrss', dueOn, events }, asOf)).toBe(outcome);
  });
});

describe('the bulletin table: per lead unit, in the units’ order, with totals', () => {
  it('counts each task once for its lead unit', () => {
    const t = (leadUnit: string, dueOn: string, events: JcBulletinEvent[] = []) => ({
      leadUnit,
      dueOn,
      events,
    });
    const done = [ask('2026-03-01'), decide('2026-03-02', true)];
    const { rows, totals } = jcBulletinFigures(
      [
        t('hrss', '2026-04-01', done),
        t('hrss', '2026-02-01', done),
        t('edu', '2026-01-01'),
        t('zz', '2027-01-01'),
        t('hrss', '2027-01-01'),
      ],
      '2026-11-30',
      ['edu', 'hrss'],
    );
    expect(rows).toEqual([
      { unitCode: 'edu', assigned: 1, onTime: 0, late: 0, overdue: 1, open: 0 },
      { unitCode: 'hrss', assigned: 3, onTime: 1, late: 1, overdue: 0, open: 1 },
      { unitCode: 'zz', assigned: 1, onTime: 0, late: 0, overdue: 0, open: 1 },
    ]);
    expect(totals).toEqual({ assigned: 5, onTime: 1, late: 1, overdue: 1, open: 2 });
  });
  it('no tasks: no rows, zero totals', () => {
    expect(jcBulletinFigures([], '2026-11-30')).toEqual({
      rows: [],
      totals: { assigned: 0, onTime: 0, late: 0, overdue: 0, open: 0 },
    });
  });
});

describe('the bulletin’s period, as-of day and number', () => {
  it.each([
    [{ year: 2026 }, { from: '2026-01-01', to: '2026-12-31' }],
    [
      { from: '2026-01-01', to: '2026-11-30' },
      { from: '2026-01-01', to: '2026-11-30' },
    ],
  ])('period of %o', (input, period) => expect(jcBulletinPeriod(input)).toEqual(period));
  it.each([
    ['2026-12-31', '2026-12-03', '2026-12-03'],
    ['2026-11-30', '2026-12-03', '2026-11-30'],
  ])('as of: period to %s, today %s → %s', (to, today, asOf) => expect(jcBulletinAsOf(to, today)).toBe(asOf));
  it.each([
    [2026, 1, '巴托育联通〔2026〕1号'],
    [2027, 12, '巴托育联通〔2027〕12号'],
  ])('%i no. %i → %s', (year, seq, no) => expect(jcBulletinNo(year, seq)).toBe(no));
});
