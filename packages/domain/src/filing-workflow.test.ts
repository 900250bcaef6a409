import { describe, expect, it } from 'vitest';
import {
  FILING_ACTIONS,
  type FilingAction,
  type FilingState,
  isFilingEditable,
  nextFilingState,
} from './filing-workflow';

const STATES: FilingState[] = [
  'draft',
  'submitted',
  'returned',
  'filed',
  'change_submitted',
  'suspended',
  'deregistered',
];

// Every legal transition of 托育机构登记和备案办法（试行）'s filing process; everything else is illegal.
const LEGAL: [FilingState, FilingAction, FilingState][] = [
  ['draft', 'submit', 'submitted'],
  ['submitted', 'return', 'returned'],
  ['submitted', 'accept', 'filed'],
  ['returned', 'submit', 'submitted'],
  ['filed', 'submit_change', 'change_submitted'],
  ['filed', 'suspend', 'suspended'],
  ['filed', 'deregister', 'deregistered'],
  ['change_submitted', 'accept', 'filed'],
  ['change_submitted', 'return', 'filed'],
  ['suspended', 'resume', 'filed'],
  ['suspended', 'deregister', 'deregistered'],
];

describe('托育机构登记和备案办法（试行）: filing workflow', () => {
  it.each(LEGAL)('%s --%s--> %s', (from, action, to) => {
    expect(nextFilingState(from, action)).toBe(to);
  });

  const illegal = STATES.flatMap((s) =>
    FILING_ACTIONS.filter((a) => !LEGAL.some(([f, act]) => f === s && act === a)).map((a) => [s, a] as const),
  );
  it.each(illegal)('%s --%s--> refused', (from, action) => {
    expect(nextFilingState(from, action)).toBeNull();
  });

  it.each([
    ['draft', true],
    ['returned', true],
    ['filed', true],
    ['submitted', false],
    ['change_submitted', false],
    ['suspended', false],
    ['deregistered', false],
  ] as const)('%s editable: %s', (state, editable) => expect(isFilingEditable(state)).toBe(editable));
});
