import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, resolveSettings, type Settings } from './settings';

describe('standards.md params (city-configurable settings)', () => {
  it.each([
    ['mixedRatio', 5],
    ['mixedMaxSize', 18],
    ['indoorAreaPerChildM2', 3],
    ['outdoorAreaPerChildM2', 2],
    ['minCctvRetentionDays', 90],
    ['maxFloor', 3],
    ['filingDeadlineWorkingDays', 5],
    ['correctionNoticeWorkingDays', 15],
    ['defaultSamplePercent', 5],
    ['publishResultWorkingDays', 20],
    ['complaintAckWorkingDays', 2],
    ['complaintAnswerWorkingDays', 15],
    ['incidentLateHours', 24],
  ] as const satisfies readonly (readonly [keyof Settings, number])[])('default %s is %i', (key, value) => {
    expect(DEFAULT_SETTINGS[key]).toBe(value);
  });

  it('defaults cannot be changed in place', () => {
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
  });

  it('overrides replace only the given figures', () => {
    const s = resolveSettings({ mixedRatio: 4, maxFloor: 2 });
    expect(s).toEqual({ ...DEFAULT_SETTINGS, mixedRatio: 4, maxFloor: 2 });
    expect(resolveSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
