/**
 * Console times are Beijing time whatever the device's zone (issue 13 item 9): a laptop set to
 * New York or London shows the instant the platform stored as the wall clock of 巴彦淖尔.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditApiQuery } from '../audit/queries';
import { formatDate } from '../providers/labels';
import { beijingToday, beijingTodayValue, beijingWallClock, instantFromBeijing } from './beijing';
import { formatDateTime, formatDateTimeShort } from './format';

const ZONES = ['America/New_York', 'Europe/London', 'Asia/Shanghai', 'Pacific/Auckland'];
let saved: string | undefined;
beforeEach(() => {
  saved = process.env.TZ;
});
afterEach(() => {
  process.env.TZ = saved;
  vi.useRealTimers();
});

describe.each(ZONES)('on a device in %s', (zone) => {
  beforeEach(() => {
    process.env.TZ = zone;
  });

  it('shows a stored instant in Beijing time', () => {
    // 00:30 UTC is 08:30 in Beijing, the same calendar day.
    expect(formatDateTime('2026-11-29T00:30:05.000Z')).toBe('2026-11-29 08:30:05');
    // 17:10 UTC is 01:10 the next day in Beijing.
    expect(formatDateTimeShort('2026-11-29T17:10:00.000Z')).toBe('2026-11-30 01:10');
    expect(formatDate('2026-11-29T17:10:00.000Z')).toBe('2026-11-30');
    expect(formatDate('2026-11-29')).toBe('2026-11-29');
  });

  it('takes "today" from the Beijing calendar, for pickers too', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-29T18:00:00.000Z')); // 02:00 on the 30th in Beijing
    expect(beijingToday()).toBe('2026-11-30');
    expect(beijingTodayValue().format('YYYY-MM-DD')).toBe('2026-11-30');
    const wall = beijingWallClock();
    expect(wall.format('YYYY-MM-DD HH:mm')).toBe('2026-11-30 02:00');
    expect(instantFromBeijing(wall)).toBe('2026-11-29T18:00:00.000Z');
  });

  it('filters the audit log by whole Beijing days', () => {
    expect(auditApiQuery({ from: '2026-11-29', to: '2026-11-29' })).toMatchObject({
      from: '2026-11-28T16:00:00.000Z',
      to: '2026-11-29T15:59:59.999Z',
    });
  });
});
