import { describe, expect, it } from 'vitest';
import { workingCalendar } from './holiday-calendar';
import {
  JC_TASK_STATUSES,
  type JcTaskAction,
  type JcTaskParty,
  type JcTaskStatus,
  jcLight,
  jcMinutesNo,
  jcNextStatus,
  jcPartyMay,
  jcPlenaryOverdue,
  jcStatusAllows,
  jcTaskActions,
  jcYellowUntil,
} from './joint-conference';
import { isWorkingDay } from './working-days';

describe('the task state machine (issue 12)', () => {
  // [status, action, approve, next] — null: not open from that status.
  const rows: [JcTaskStatus, JcTaskAction, boolean | undefined, JcTaskStatus | null][] = [
    ['open', 'progress', undefined, 'open'],
    ['extension_requested', 'progress', undefined, 'extension_requested'],
    ['completion_requested', 'progress', undefined, null],
    ['done', 'progress', undefined, null],
    ['open', 'extension', undefined, 'extension_requested'],
    ['extension_requested', 'extension', undefined, null],
    ['completion_requested', 'extension', undefined, null],
    ['done', 'extension', undefined, null],
    ['open', 'completion', undefined, 'completion_requested'],
    ['extension_requested', 'completion', undefined, null],
    ['completion_requested', 'completion', undefined, null],
    ['done', 'completion', undefined, null],
    ['open', 'decision', true, null],
    ['extension_requested', 'decision', true, 'open'],
    ['extension_requested', 'decision', false, 'open'],
    ['completion_requested', 'decision', true, 'done'],
    ['completion_requested', 'decision', false, 'open'],
    ['done', 'decision', true, null],
  ];
  it.each(rows)('%s + %s (approve %s) → %s', (status, action, approve, next) => {
    expect(jcNextStatus(status, action, approve)).toBe(next);
  });

  // [action, party, may]
  const parties: [JcTaskAction, JcTaskParty, boolean][] = [
    ['progress', 'lead', true],
    ['progress', 'co', true],
    ['progress', 'office', false],
    ['progress', 'none', false],
    ['extension', 'lead', true],
    ['extension', 'co', false],
    ['completion', 'lead', true],
    ['completion', 'co', false],
    ['completion', 'office', false],
    ['decision', 'office', true],
    ['decision', 'lead', false],
    ['decision', 'co', false],
  ];
  it.each(parties)('%s by %s: %s', (action, party, may) => {
    expect(jcPartyMay(action, party)).toBe(may);
  });

  it('lists the actions open to each party in each status', () => {
    expect(jcTaskActions('open', 'lead')).toEqual(['progress', 'extension', 'completion']);
    expect(jcTaskActions('open', 'co')).toEqual(['progress']);
    expect(jcTaskActions('extension_requested', 'lead')).toEqual(['progress']);
    expect(jcTaskActions('completion_requested', 'office')).toEqual(['decision']);
    expect(jcTaskActions('open', 'office')).toEqual([]);
    for (const s of JC_TASK_STATUSES) expect(jcTaskActions(s, 'none')).toEqual([]);
    expect(jcStatusAllows('decision', 'done')).toBe(false);
  });
});

describe('task lights by working days', () => {
  const plain = (d: string) => isWorkingDay(d);
  it('red when overdue, yellow within 3 working days, green beyond; done has none', () => {
    // Wednesday 2026-03-04: 3 working days ahead is Monday 2026-03-09.
    expect(jcYellowUntil('2026-03-04', plain)).toBe('2026-03-09');
    expect(jcLight({ status: 'open', dueOn: '2026-03-03' }, '2026-03-04', plain)).toBe('red');
    expect(jcLight({ status: 'open', dueOn: '2026-03-04' }, '2026-03-04', plain)).toBe('yellow');
    expect(jcLight({ status: 'open', dueOn: '2026-03-09' }, '2026-03-04', plain)).toBe('yellow');
    expect(jcLight({ status: 'open', dueOn: '2026-03-10' }, '2026-03-04', plain)).toBe('green');
    expect(jcLight({ status: 'extension_requested', dueOn: '2026-03-01' }, '2026-03-04', plain)).toBe('red');
    expect(jcLight({ status: 'done', dueOn: '2026-03-01' }, '2026-03-04', plain)).toBeNull();
  });

  it('skips the weekend and the statutory holidays (国庆节 2026)', () => {
    const cal = workingCalendar();
    const works = (d: string) => isWorkingDay(d, cal);
    // Friday 2026-03-06 + 3 working days → Wednesday 2026-03-11 over the weekend.
    expect(jcYellowUntil('2026-03-06', works)).toBe('2026-03-11');
    // Wednesday 2026-09-30 over 国庆节 (1–3 October, Thursday to Saturday) and the Sunday: 5, 6, 7.
    expect(jcYellowUntil('2026-09-30', works)).toBe('2026-10-07');
    expect(jcYellowUntil('2026-09-30', plain)).toBe('2026-10-05');
    expect(jcLight({ status: 'open', dueOn: '2026-10-07' }, '2026-09-30', works)).toBe('yellow');
    expect(jcLight({ status: 'open', dueOn: '2026-10-07' }, '2026-09-30', plain)).toBe('green');
  });
});

describe('minutes numbers', () => {
  it('numbers 巴托育联纪〔YYYY〕N号', () => {
    expect(jcMinutesNo(2026, 2)).toBe('巴托育联纪〔2026〕2号');
  });
});

describe('the plenary is held 1–2 times a year: warn from Q3 when none is held (annex)', () => {
  // [today, held plenary dates, warn]
  const rows: [string, string[], boolean][] = [
    ['2026-06-30', [], false],
    ['2026-07-01', [], true],
    ['2026-11-30', ['2025-12-20'], true],
    ['2026-11-30', ['2026-03-10'], false],
    ['2026-07-01', ['2026-12-20'], true],
  ];
  it.each(rows)('today %s, held %j → warn %s', (today, held, warn) => {
    expect(jcPlenaryOverdue(today, held)).toBe(warn);
  });
});
