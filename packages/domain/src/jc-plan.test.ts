import { describe, expect, it } from 'vitest';
import { type JcPlanCell, type JcPlanStatus, jcPlanCell, jcPlanDoneRate } from './jc-plan';

describe('the plan-task matrix (issue 12 item 5)', () => {
  // [responsible units, unit, reported, cell]
  const rows: [string[], string, JcPlanStatus | undefined, JcPlanCell][] = [
    [['hrss', 'health'], 'hrss', 'done', 'done'],
    [['hrss', 'health'], 'health', undefined, 'unreported'],
    [['hrss', 'health'], 'health', 'in_progress', 'in_progress'],
    [['hrss'], 'finance', undefined, null],
    // A report by a unit no longer responsible shows nothing.
    [['hrss'], 'finance', 'done', null],
  ];
  it.each(rows)('responsible %j, unit %s, reported %s → %s', (resp, unit, reported, cell) => {
    expect(jcPlanCell(resp, unit, reported)).toBe(cell);
  });

  it('a unit’s done rate counts only its own cells, rounded', () => {
    expect(jcPlanDoneRate([null, 'done', 'unreported', 'in_progress'])).toBe(33);
    expect(jcPlanDoneRate([null, null])).toBe(0);
    expect(jcPlanDoneRate(['done', 'done'])).toBe(100);
  });
});
