import { describe, expect, it } from 'vitest';
import {
  type FindingAction,
  type FindingOutcome,
  type FindingStatus,
  type InspectionResult,
  isInspectionClosed,
  isPublishedLate,
  missingItems,
  nextFindingStatus,
  publishDueDate,
  submissionProblems,
} from './inspections';
import { SHIPPED_CALENDAR } from './official-schedules';

const items = [1, 2, 3];
const sub = (
  result: InspectionResult,
  outcomes: FindingOutcome[],
  deadlines: [number, string][] = [],
  inspectedOn = '2026-11-10',
) =>
  submissionProblems({
    inspectedOn,
    result,
    itemIds: items,
    findings: outcomes.map((outcome, i) => ({ itemId: i + 1, outcome })),
    deadlines: new Map(deadlines),
  }).map((p) => p.code);

describe('SPEC C5 — a finding per checklist item', () => {
  it('lists the items still without a finding', () => {
    expect(missingItems(items, [{ itemId: 2 }])).toEqual([1, 3]);
    expect(missingItems(items, [{ itemId: 1 }, { itemId: 2 }, { itemId: 3 }])).toEqual([]);
  });
  it('refuses an incomplete submission', () => {
    expect(sub('pass', ['pass', 'na'])).toEqual(['incomplete']);
  });
});

describe('SPEC C5 — result rules (合格 / 限期整改 / 不合格)', () => {
  it.each([
    ['no fail ⇒ 合格 is fine', 'pass', ['pass', 'na', 'pass'], [], []],
    ['a fail forbids 合格', 'pass', ['pass', 'fail', 'pass'], [], ['pass_with_failures']],
    [
      '限期整改 without a failed item',
      'rectify',
      ['pass', 'pass', 'na'],
      [],
      ['failure_without_failed_item'],
    ],
    ['不合格 without a failed item', 'fail', ['pass', 'pass', 'pass'], [], ['failure_without_failed_item']],
    [
      '限期整改 with deadlines',
      'rectify',
      ['fail', 'pass', 'fail'],
      [
        [1, '2026-11-30'],
        [3, '2026-12-10'],
      ],
      [],
    ],
    [
      '限期整改 needs every deadline',
      'rectify',
      ['fail', 'pass', 'fail'],
      [[1, '2026-11-30']],
      ['deadline_missing'],
    ],
    [
      'a deadline on the inspection day',
      'rectify',
      ['fail', 'pass', 'pass'],
      [[1, '2026-11-10']],
      ['deadline_not_after_inspection'],
    ],
    [
      'a deadline before the inspection',
      'fail',
      ['fail', 'pass', 'pass'],
      [[1, '2026-11-01']],
      ['deadline_not_after_inspection'],
    ],
    ['不合格 may go without deadlines', 'fail', ['fail', 'fail', 'na'], [], []],
  ] as const)('%s', (_label, result, outcomes, deadlines, problems) => {
    expect(
      sub(
        result,
        [...outcomes],
        deadlines.map(([i, d]) => [i, d] as [number, string]),
      ),
    ).toEqual(problems);
  });
});

describe('SPEC C5 — rectification: open → rectified → verified', () => {
  it.each([
    ['open', 'reply', 'rectified'],
    ['rectified', 'accept', 'verified'],
    ['rectified', 'reject', 'open'],
    ['open', 'accept', null],
    ['open', 'reject', null],
    ['rectified', 'reply', null],
    ['verified', 'reply', null],
    ['verified', 'reject', null],
    [null, 'reply', null],
  ] as const)('%s + %s → %s', (from, action, to) => {
    expect(nextFindingStatus(from as FindingStatus | null, action as FindingAction)).toBe(to);
  });

  it.each([
    ['passed', 'pass', [], true],
    ['not submitted', null, [], false],
    ['all verified', 'rectify', ['verified', 'verified'], true],
    ['one still rectified', 'rectify', ['verified', 'rectified'], false],
    ['不合格 fixed', 'fail', ['verified'], true],
    ['open', 'fail', ['open'], false],
  ] as const)('closed when %s', (_l, result, statuses, closed) => {
    expect(isInspectionClosed(result, [...statuses])).toBe(closed);
  });
});

describe('standards.md Supervision — published within 20 working days (param)', () => {
  it.each([
    ['plain weeks', '2026-11-02', 20, '2026-11-30'],
    ['across 中秋 and 国庆 (holidays and make-up days)', '2026-09-21', 20, '2026-10-26'],
    ['a shorter city parameter', '2026-11-02', 5, '2026-11-09'],
  ])('%s: %s + %i working days → %s', (_l, on, days, due) => {
    expect(publishDueDate(on, days, SHIPPED_CALENDAR)).toBe(due);
  });
  it('is late only after the due date', () => {
    expect(isPublishedLate('2026-10-26', '2026-10-26')).toBe(false);
    expect(isPublishedLate('2026-10-26', '2026-10-27')).toBe(true);
  });
});
