import { describe, expect, it } from 'vitest';
import {
  type ComplaintAction,
  type ComplaintStatus,
  complaintActionAllowed,
  complaintAnsweredOnTime,
  complaintDeadlines,
  complaintOverdue,
  formatTrackingCode,
  parseTrackingCode,
  TRACKING_ALPHABET,
  trackingCodeFromBytes,
} from './complaints';
import { SHIPPED_CALENDAR as CN } from './official-schedules';
import { DEFAULT_SETTINGS } from './settings';
import { NO_HOLIDAYS } from './working-days';

// City parameters (SPEC C6): complaintAckWorkingDays = 2, complaintAnswerWorkingDays = 15.
const P = {
  complaintAckWorkingDays: DEFAULT_SETTINGS.complaintAckWorkingDays,
  complaintAnswerWorkingDays: DEFAULT_SETTINGS.complaintAnswerWorkingDays,
};

describe('SPEC C6 — complaint clocks: acknowledge within complaintAckWorkingDays (2), answer within complaintAnswerWorkingDays (15)', () => {
  it('uses the city defaults 2 and 15', () => {
    expect(P).toEqual({ complaintAckWorkingDays: 2, complaintAnswerWorkingDays: 15 });
  });
  it.each([
    [
      'Friday: the clock runs over the weekend',
      '2026-11-27',
      NO_HOLIDAYS,
      '2026-11-27',
      '2026-12-01',
      '2026-12-18',
    ],
    ['Saturday counts from Monday', '2026-11-28', NO_HOLIDAYS, '2026-11-30', '2026-12-02', '2026-12-21'],
    [
      'eve of 国庆 (国务院办公厅 2026 holiday table)',
      '2026-09-30',
      CN,
      '2026-09-30',
      '2026-10-09',
      '2026-10-27',
    ],
    [
      'the same day without the holiday table',
      '2026-09-30',
      NO_HOLIDAYS,
      '2026-09-30',
      '2026-10-02',
      '2026-10-21',
    ],
    [
      'received during 国庆: counts from 10-08, the 10-10 make-up Saturday is worked',
      '2026-10-03',
      CN,
      '2026-10-08',
      '2026-10-10',
      '2026-10-28',
    ],
    ['eve of 春节: the whole holiday is skipped', '2026-02-13', CN, '2026-02-13', '2026-02-24', '2026-03-12'],
  ])('%s', (_why, received, holidays, start, ack, answer) => {
    expect(complaintDeadlines(received, P, holidays)).toEqual({
      clockStart: start,
      acknowledgeBy: ack,
      answerBy: answer,
    });
  });
  it('follows a changed city parameter', () => {
    expect(
      complaintDeadlines('2026-11-27', { complaintAckWorkingDays: 1, complaintAnswerWorkingDays: 5 })
        .answerBy,
    ).toBe('2026-12-04');
  });
});

describe('SPEC C6 — overdue cases (escalated to the city)', () => {
  const clock = {
    acknowledgeBy: '2026-12-01',
    answerBy: '2026-12-18',
    acknowledgedOn: null,
    answeredOn: null,
  };
  it.each([
    ['not acknowledged, on the due date: in time', clock, '2026-12-01', false],
    ['not acknowledged, the day after: overdue', clock, '2026-12-02', true],
    [
      'acknowledged in time, before the answer date',
      { ...clock, acknowledgedOn: '2026-11-30' },
      '2026-12-10',
      false,
    ],
    [
      'acknowledged late: no longer overdue for that step',
      { ...clock, acknowledgedOn: '2026-12-03' },
      '2026-12-04',
      false,
    ],
    ['acknowledged, answer date passed', { ...clock, acknowledgedOn: '2026-11-30' }, '2026-12-19', true],
    ['answered: never overdue again', { ...clock, answeredOn: '2026-12-20' }, '2027-01-10', false],
  ])('%s', (_why, c, today, overdue) => {
    expect(complaintOverdue(c, today)).toBe(overdue);
  });
  it.each([
    ['on the due date', '2026-12-18', true],
    ['a day late', '2026-12-19', false],
    ['not answered', null, false],
  ])('answered on time: %s', (_why, answeredOn, onTime) => {
    expect(complaintAnsweredOnTime({ answerBy: '2026-12-18', answeredOn })).toBe(onTime);
  });
});

describe('complaint state machine received → acknowledged → (assigned) → answered', () => {
  it.each<[ComplaintStatus, ComplaintAction, boolean]>([
    ['received', 'acknowledge', true],
    ['received', 'assign', false],
    ['received', 'answer', false],
    ['acknowledged', 'acknowledge', false],
    ['acknowledged', 'assign', true],
    ['acknowledged', 'answer', true],
    ['assigned', 'assign', true],
    ['assigned', 'answer', true],
    ['answered', 'answer', false],
    ['answered', 'assign', false],
    ['answered', 'note', true],
  ])('%s + %s → %s', (status, action, ok) => {
    expect(complaintActionAllowed(status, action)).toBe(ok);
  });
});

describe('tracking codes: 11 random symbols + a Luhn mod 32 check, no look-alikes', () => {
  const code = trackingCodeFromBytes(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
  it('fixed vector', () => {
    expect(code).toBe('23456789ABCD');
    expect(formatTrackingCode(code)).toBe('TS-2345-6789-ABCD');
  });
  it('has no look-alike symbols', () => {
    expect(TRACKING_ALPHABET).toHaveLength(32);
    for (const ch of '01OI') expect(TRACKING_ALPHABET).not.toContain(ch);
  });
  it.each([
    ['grouped with prefix', 'TS-2345-6789-ABCD'],
    ['lower case, spaces', 'ts 2345 6789 abcd'],
    ['bare', '23456789ABCD'],
  ])('reads a code typed %s', (_why, typed) => {
    expect(parseTrackingCode(typed)).toEqual({ ok: true, code });
  });
  it('tells a mistyped code (check fails) from a malformed one', () => {
    for (let i = 0; i < 12; i++) {
      for (const ch of TRACKING_ALPHABET) {
        if (ch === code[i]) continue;
        const typo = code.slice(0, i) + ch + code.slice(i + 1);
        expect(parseTrackingCode(typo)).toEqual({ ok: false, reason: 'checksum' });
      }
    }
    const swapped = `3245${code.slice(4)}`;
    expect(parseTrackingCode(swapped)).toEqual({ ok: false, reason: 'checksum' });
    expect(parseTrackingCode('TS-2345-6789')).toEqual({ ok: false, reason: 'malformed' });
    expect(parseTrackingCode('TS-2345-6789-ABC0')).toEqual({ ok: false, reason: 'malformed' });
  });
});
